package org.diplomacykg.serve.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplomacykg.serve.SavedQuery;

/**
 * The page of a saved query: its summary and text, a link that opens it at the SPARQL endpoint,
 * and, for a query without parameters, its results as a table of linked labels.
 *
 * <pre>{@code
 * String html = new QueryPage(values).render(query, vars, rows, null);
 * }</pre>
 */
public final class QueryPage {
    private final ValueRenderer values;

    public QueryPage(ValueRenderer values) {
        this.values = values;
    }

    /**
     * @param vars    result variables, or null when the query was not run
     * @param rows    result rows (may be truncated)
     * @param problem why the results are missing (parameters, timeout, error), or null
     */
    public String render(SavedQuery q, List<Var> vars, List<Binding> rows, String problem) {
        var links = values.links();
        Html h = new Html();
        h.el("h1", q.name());
        if (!q.summary().isEmpty())
            h.el("p", q.summary());
        h.raw("<pre class=\"query\">").text(q.text()).raw("</pre>");
        String run = links.local("kg/sparql") + "?query=" + URLEncoder.encode(q.text(), StandardCharsets.UTF_8);
        h.open("p").a(run, "Run at the SPARQL endpoint").text(" (results as SPARQL JSON/XML)").close("p");
        if (problem != null)
            h.el("p", "muted", problem);
        if (vars != null) {
            h.el("h2", "Results (" + rows.size() + ")");
            h.raw("<table class=\"props\"><tr>");
            for (Var v : vars)
                h.el("th", v.getVarName());
            h.raw("</tr>");
            for (Binding b : rows) {
                h.raw("<tr>");
                for (Var v : vars) {
                    h.open("td");
                    Node n = b.get(v);
                    if (n != null)
                        values.write(h, n);
                    h.close("td");
                }
                h.raw("</tr>");
            }
            h.raw("</table>");
        }
        return PageLayout.page(q.name(), links, h.toString());
    }
}
