package org.diplomacykg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.diplomacykg.query.ParameterBinder;
import org.diplomacykg.query.QueryResult;
import org.diplomacykg.query.QueryRunner;
import org.diplomacykg.query.SavedQuery;

/**
 * The rows of a saved SELECT query, for the views drawn from it ({@code /timeline}, {@code /network},
 * commitment trails): values bound exactly as the API and {@code dkg query} bind them, run on the
 * served store under the server's time limit, each row a map from variable name to RDF term
 * (unbound variables absent).
 *
 * <p>Example: {@code SavedQueryRows.run(site, "network", Map.of("kind", "dip:Person"))}.
 */
final class SavedQueryRows {
    private SavedQueryRows() {}

    /**
     * @throws org.diplomacykg.query.QueryUsageException when a value does not fit its parameter, or the query does not parse
     * @throws org.diplomacykg.query.QueryFailedException when the query outlives the time limit
     */
    static List<Map<String, Node>> run(SiteContext site, String name, Map<String, String> values) {
        SavedQuery q = site.queries().get(name);
        Query query = q.bound(ParameterBinder.bind(q, values), null);
        QueryResult result = QueryRunner.local(site.dsg(), site.config().timeout()).run(query);
        List<Map<String, Node>> rows = new ArrayList<>();
        if (!(result instanceof QueryResult.Rows r))
            return rows;
        ResultSetRewindable rs = r.resultSet();
        rs.reset();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, Node> row = new LinkedHashMap<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                if (n != null)
                    row.put(v, n.asNode());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The text of a row's value: a literal's lexical form, an IRI, or "" when unbound. */
    static String text(Map<String, Node> row, String var) {
        Node n = row.get(var);
        if (n == null)
            return "";
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
