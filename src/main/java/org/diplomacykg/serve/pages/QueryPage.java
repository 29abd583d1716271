package org.diplomacykg.serve.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.diplomacykg.query.QueryParam;
import org.diplomacykg.query.SavedQuery;

/**
 * The page of a saved query: its summary and description, a form with one field per
 * parameter, the results as a table of linked labels (once every required parameter has a
 * value), the query text and a link that runs it at the SPARQL endpoint.
 *
 * <pre>{@code
 * String html = new QueryPage(values).render(query, text, Map.of("person", "id:person/to-lam"),
 *         boundQueryText, new QueryPage.Results(vars, rows, false), null, null);
 * }</pre>
 */
public final class QueryPage {
    /**
     * The rows a query returned.
     *
     * @param vars      result variables
     * @param rows      result rows
     * @param truncated whether there were more rows than shown
     * @param firstRow  the number of the first row shown (1 on the first page)
     * @param previous  the link to the page before, or null
     * @param next      the link to the page after, or null
     */
    public record Results(List<Var> vars, List<Binding> rows, boolean truncated, long firstRow, String previous,
                          String next) {
        /** Rows of a query without pages. */
        public Results(List<Var> vars, List<Binding> rows, boolean truncated) {
            this(vars, rows, truncated, 1, null, null);
        }
    }

    private final ValueRenderer values;

    public QueryPage(ValueRenderer values) {
        this.values = values;
    }

    /**
     * @param q        the parsed saved query
     * @param text     the query file's text, shown as is
     * @param given    the parameter values from the request (the form shows them, else the defaults)
     * @param runnable the query to open at the endpoint: bound with the values when they bind, else the file's text
     * @param results  the results, or null when the query was not run
     * @param note     why the results are missing or incomplete (parameters, timeout, not a SELECT), or null
     * @param error    the one-line problem with the given values, or null
     */
    public String render(SavedQuery q, String text, Map<String, String> given, String runnable, Results results,
                         String note, String error) {
        var links = values.links();
        Html h = new Html();
        h.el("h1", q.name());
        if (!q.summary().isEmpty())
            h.el("p", q.summary());
        String description = q.header().description();
        if (description != null && !description.isBlank())
            h.el("p", "muted", description.strip());
        if (!q.params().isEmpty())
            form(h, q, given);
        if (error != null)
            h.el("p", "error", error);
        if (note != null)
            h.el("p", "muted", note);
        if (results != null)
            table(h, results);
        h.el("h2", "Query");
        h.raw("<pre class=\"query\">").text(text).raw("</pre>");
        h.open("p").a(FusekiEditor.href(links, runnable), "Run at the SPARQL endpoint")
         .text(" (opens the query editor with this query, its values bound) · ")
         .a(links.local(ApiPage.call(q.name(), apiValues(q, given), null)), "the same as a web API call").close("p");
        return PageLayout.page(q.name(), links, h.toString());
    }

    /** The values for the API link: those given, and a required one's example where none is given (a link must answer). */
    private static Map<String, String> apiValues(SavedQuery q, Map<String, String> given) {
        Map<String, String> values = new LinkedHashMap<>(given);
        for (QueryParam p : q.params()) {
            String v = values.get(p.name());
            if (p.mustBeGiven() && (v == null || v.isBlank()) && p.example() != null) {
                values.put(p.name(), p.example());
            }
        }
        return values;
    }

    /** The page of a query file that does not parse: the problem and the text. */
    public String renderUnreadable(String name, String text, String problem) {
        Html h = new Html();
        h.el("h1", name);
        h.el("p", "error", "This query file does not parse: " + problem);
        h.el("h2", "Query");
        h.raw("<pre class=\"query\">").text(text).raw("</pre>");
        return PageLayout.page(name, values.links(), h.toString());
    }

    private void form(Html h, SavedQuery q, Map<String, String> given) {
        h.el("h2", "Parameters");
        // GET to this same page: the values end up in its query string, so results can be linked to
        h.raw("<form class=\"params\" method=\"get\" action=\"").text(values.links().local("queries/" + pathSegment(q.name())))
         .raw("\">");
        h.raw("<table class=\"props params\"><thead><tr><th>Parameter</th><th>Value</th><th>Meaning</th><th>Type</th>")
         .raw("<th>Example</th><th>Default</th></tr></thead>");
        for (QueryParam p : q.params()) {
            String id = "param-" + p.name();
            String value = given.containsKey(p.name()) ? given.get(p.name()) : p.defaultValue();
            h.raw("<tr><td><label for=\"").text(id).raw("\">").text(p.name()).raw("</label></td><td>");
            h.raw("<input type=\"text\" id=\"").text(id).raw("\" name=\"").text(p.name()).raw("\"");
            if (p.example() != null)
                h.raw(" placeholder=\"").text(p.example()).raw("\"");
            if (value != null)
                h.raw(" value=\"").text(value).raw("\"");
            if (p.mustBeGiven())
                h.raw(" required");
            h.raw("></td>");
            describe(h, p);
            h.raw("</tr>");
        }
        h.raw("</table><p><button type=\"submit\">Run</button></p></form>");
    }

    /** A parameter's meaning, type, example and default: four cells, the same on this page and the API page. */
    static void describe(Html h, QueryParam p) {
        // data-label names the column when a phone shows the cells one under the other
        h.el("td", p.description() == null ? "" : p.description());
        h.raw("<td data-label=\"Type\">").text(p.type().headerName()
                + (p.optional() ? ", optional" : p.mustBeGiven() ? ", required" : "")).raw("</td>");
        h.raw("<td data-label=\"Example\">");
        if (p.example() != null)
            h.el("code", p.example());
        h.raw("</td><td data-label=\"Default\">");
        if (p.defaultValue() != null)
            h.el("code", p.defaultValue());
        h.raw("</td>");
    }

    private void table(Html h, Results r) {
        boolean paged = r.previous() != null || r.next() != null || r.firstRow() > 1;
        h.el("h2", paged ? "Results, rows " + r.firstRow() + "–" + (r.firstRow() + r.rows().size() - 1)
                : "Results (" + r.rows().size() + (r.truncated() ? "+" : "") + ")");
        if (paged)
            pageLinks(h, r);
        h.raw("<table class=\"props results\"><tr>");
        for (Var v : r.vars())
            h.el("th", v.getVarName());
        h.raw("</tr>");
        for (Binding b : r.rows()) {
            h.raw("<tr>");
            for (Var v : r.vars()) {
                h.open("td");
                Node n = b.get(v);
                if (n != null)
                    values.write(h, n);
                h.close("td");
            }
            h.raw("</tr>");
        }
        h.raw("</table>");
        if (paged)
            pageLinks(h, r);
    }

    private static void pageLinks(Html h, Results r) {
        h.open("p", "pages");
        if (r.previous() != null)
            h.raw("<a rel=\"prev\" href=\"").text(r.previous()).raw("\">← previous page</a>");
        if (r.previous() != null && r.next() != null)
            h.text(" · ");
        if (r.next() != null)
            h.raw("<a rel=\"next\" href=\"").text(r.next()).raw("\">next page →</a>");
        h.close("p");
    }

    /** A query name as one path segment ({@code /queries/NAME}). */
    static String pathSegment(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
