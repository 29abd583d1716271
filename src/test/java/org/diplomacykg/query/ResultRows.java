package org.diplomacykg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;

/** A SELECT answer as tests compare it: one map per row, IRIs in full, literals as their text, unbound as "". */
public final class ResultRows {
    private ResultRows() {
    }

    public static List<Map<String, String>> of(QueryResult result) {
        ResultSetRewindable rs = ((QueryResult.Rows) result).resultSet();
        List<Map<String, String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new LinkedHashMap<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                row.put(v, n == null ? "" : n.isURIResource() ? n.asResource().getURI()
                        : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            out.add(row);
        }
        return out;
    }
}
