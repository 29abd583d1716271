package org.diplomacykg.query;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.diplomacykg.store.Prefixes;

/**
 * Writes a {@link QueryResult}. The table is for reading: one column per variable, IRIs written
 * short with the usual prefixes ({@code id:person/to-lam}), literals as their text (no quotes,
 * no datatypes), long cells cut at {@link #MAX_CELL} characters, and a row count at the end.
 * The other formats are the standard SPARQL result formats and RDF syntaxes, unchanged.
 *
 * <pre>
 * new ResultPrinter(query.getPrefixMapping()).print(result, OutputFormat.table, out);
 * </pre>
 */
public final class ResultPrinter {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Widest table cell, in characters; full values are in the other formats. */
    public static final int MAX_CELL = 80;

    private final PrefixMapping prefixes;

    public ResultPrinter(PrefixMapping queryPrefixes) {
        this.prefixes = PrefixMapping.Factory.create();
        prefixes.setNsPrefixes(Prefixes.STANDARD);
        if (queryPrefixes != null) {
            prefixes.setNsPrefixes(queryPrefixes);
        }
    }

    /**
     * Writes the result in the format.
     *
     * @throws QueryUsageException when the format cannot hold that kind of result
     */
    public void print(QueryResult result, OutputFormat format, PrintWriter out) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (result instanceof QueryResult.Rows rows) {
            ResultSetRewindable rs = rows.resultSet();
            rs.reset();
            switch (format) {
                case table -> table(rs, out);
                case csv -> ResultSetFormatter.outputAsCSV(bytes, rs);
                case tsv -> ResultSetFormatter.outputAsTSV(bytes, rs);
                case json -> ResultSetFormatter.outputAsJSON(bytes, rs);
                case xml -> ResultSetFormatter.outputAsXML(bytes, rs);
                case turtle, jsonld -> throw wrongFormat(format, "SELECT");
            }
        } else if (result instanceof QueryResult.Bool b) {
            switch (format) {
                case table -> out.println(b.value() ? "true" : "false");
                case csv -> ResultSetFormatter.outputAsCSV(bytes, b.value());
                case tsv -> ResultSetFormatter.outputAsTSV(bytes, b.value());
                case json -> ResultSetFormatter.outputAsJSON(bytes, b.value());
                case xml -> ResultSetFormatter.outputAsXML(bytes, b.value());
                case turtle, jsonld -> throw wrongFormat(format, "ASK");
            }
        } else if (result instanceof QueryResult.Triples t) {
            Model m = t.model();
            m.setNsPrefixes(prefixes);
            switch (format) {
                case table, turtle -> RDFDataMgr.write(bytes, m, RDFFormat.TURTLE_PRETTY);
                case jsonld -> RDFDataMgr.write(bytes, m, RDFFormat.JSONLD11);
                case csv, tsv, json, xml -> throw wrongFormat(format, "CONSTRUCT or DESCRIBE");
            }
        }
        if (bytes.size() > 0) {
            out.print(bytes.toString(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    private static QueryUsageException wrongFormat(OutputFormat format, String form) {
        return new QueryUsageException("--format " + format + " cannot hold the answer of a " + form + " query"
                + (form.equals("SELECT") || form.equals("ASK") ? " (use table, csv, tsv, json or xml)" : " (use turtle or jsonld)"));
    }

    private void table(ResultSetRewindable rs, PrintWriter out) {
        List<String> vars = rs.getResultVars();
        List<String[]> rows = new ArrayList<>();
        int[] width = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            width[i] = vars.get(i).length();
        }
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) {
                row[i] = cell(s.get(vars.get(i)));
                width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
            }
            rows.add(row);
        }
        out.println(line(vars.toArray(String[]::new), width));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(width[i]));
        }
        out.println(rule);
        rows.forEach(r -> out.println(line(r, width)));
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append("  ");
            }
            sb.append(cells[i]);
            if (i < cells.length - 1) {
                sb.append(" ".repeat(width[i] - cells[i].codePointCount(0, cells[i].length())));
            }
        }
        return sb.toString().stripTrailing();
    }

    /** How one value reads in the table. */
    String cell(RDFNode value) {
        if (value == null) {
            return "";
        }
        Node n = value.asNode();
        String text;
        if (n.isURI()) {
            String shortForm = prefixes.qnameFor(n.getURI());
            text = shortForm != null ? shortForm : shortIri(n.getURI());
        } else if (n.isLiteral()) {
            text = n.getLiteralLexicalForm();
        } else {
            text = n.toString();
        }
        text = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (text.codePointCount(0, text.length()) > MAX_CELL) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_CELL - 1)) + "…";
        }
        return text;
    }

    private String shortIri(String iri) {
        // qnameFor refuses local parts with '/', which every id/{kind}/{slug} IRI has
        String best = null;
        for (var e : prefixes.getNsPrefixMap().entrySet()) {
            if (iri.startsWith(e.getValue()) && iri.length() > e.getValue().length()
                    && (best == null || e.getValue().length() > prefixes.getNsPrefixURI(best).length())) {
                best = e.getKey();
            }
        }
        return best == null ? "<" + iri + ">" : best + ":" + iri.substring(prefixes.getNsPrefixURI(best).length());
    }
}
