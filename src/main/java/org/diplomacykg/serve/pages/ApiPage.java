package org.diplomacykg.serve.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.diplomacykg.query.QueryParam;
import org.diplomacykg.query.QueryUsageException;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;

/**
 * The page at {@code /api/}: how to call the saved queries as a web API, and for each query its
 * summary, its parameters (type, required or optional, default, example), calls with the
 * examples filled in (JSON, CSV), a link to its page with a form and one that opens it in the
 * SPARQL editor.
 *
 * <pre>{@code
 * String html = new ApiPage(values).render(savedQueries);
 * }</pre>
 */
public final class ApiPage {
    private final ValueRenderer values;

    public ApiPage(ValueRenderer values) {
        this.values = values;
    }

    public String render(SavedQueries queries) {
        var links = values.links();
        Html h = new Html();
        h.el("h1", "Saved queries as a web API");
        h.open("p").text("Every saved query answers ").el("code", "GET " + links.absolute("api/NAME?parameter=value…"))
         .text(". Parameters go in the query string and are bound as RDF terms (an IRI or a typed literal), exactly as ")
         .el("code", "dkg query NAME --param parameter=value").text(" binds them: a value is never pasted into the query "
                 + "text. IRIs may be written as prefixed names (").el("code", "id:person/to-lam")
         .text("). An empty value counts as not given.").close("p");
        h.open("p").text("Formats: ").el("code", "?format=json|xml|csv|tsv")
         .text(" for SELECT queries (the SPARQL result formats), ").el("code", "turtle|jsonld")
         .text(" for CONSTRUCT; or the Accept header. A value that does not fit, an unknown parameter or a missing "
                 + "required one answers 400 with one line saying which.").close("p");
        h.open("p").text("Machine-readable: ").a(links.local("api/openapi.json"), "OpenAPI 3 description (JSON)")
         .text(", also what ").el("code", "/api/").text(" answers a client that does not ask for HTML.").close("p");
        h.open("ul", "list");
        for (String name : queries.names()) {
            h.open("li").a("#" + name, name);
            try {
                h.text(" — " + queries.get(name).summary());
            } catch (QueryUsageException e) {
                h.text(" (does not parse)");
            }
            h.close("li");
        }
        h.close("ul");
        for (String name : queries.names()) {
            SavedQuery q;
            try {
                q = queries.get(name);
            } catch (QueryUsageException e) {
                h.raw("<section class=\"term\" id=\"").text(name).raw("\">").el("h3", name)
                 .el("p", "error", "This query file does not parse: " + e.getMessage()).raw("</section>");
                continue;
            }
            query(h, q, queries.text(name).orElse(q.query().serialize()));
        }
        return PageLayout.page("Web API", links, h.toString());
    }

    private void query(Html h, SavedQuery q, String text) {
        var links = values.links();
        h.raw("<section class=\"term\" id=\"").text(q.name()).raw("\">");
        h.el("h3", "GET api/" + q.name());
        h.el("p", q.summary());
        if (!q.params().isEmpty()) {
            h.raw("<table class=\"props params\"><thead><tr><th>Parameter</th><th>Meaning</th><th>Type</th>")
             .raw("<th>Example</th><th>Default</th></tr></thead>");
            for (QueryParam p : q.params()) {
                h.raw("<tr><td>").el("code", p.name()).raw("</td>");
                QueryPage.describe(h, p);
                h.raw("</tr>");
            }
            h.raw("</table>");
        }
        Map<String, String> example = new LinkedHashMap<>();
        for (QueryParam p : q.params())
            if (p.example() != null && (p.mustBeGiven() || p.defaultValue() == null))
                example.put(p.name(), p.example());
        boolean graph = q.query().isConstructType() || q.query().isDescribeType();
        h.open("p").text("Example: ");
        String call = call(q.name(), example, null);
        h.a(links.local(call), "GET " + links.absolute(call));
        h.text(" · ").a(links.local(call(q.name(), example, graph ? "jsonld" : "csv")), graph ? "as JSON-LD" : "as CSV");
        h.close("p");
        h.open("p").a(links.local("queries/" + QueryPage.pathSegment(q.name())), "Its page (form and table)")
         .text(" · ").a(FusekiEditor.href(links, text), "open in the SPARQL editor").close("p");
        h.raw("</section>");
    }

    /**
     * The server path (no leading "/") of an API call: {@code api/NAME?name=value&…}, values
     * encoded, empty ones left out, and {@code format} when given. Pass it to {@code Links.local}.
     */
    public static String call(String name, Map<String, String> params, String format) {
        Map<String, String> all = new LinkedHashMap<>(params);
        if (format != null)
            all.put("format", format);
        return "api/" + QueryPage.pathSegment(name) + queryString(all);
    }

    /** {@code ?name=value&…} with the values encoded (':' and '/' kept readable) and empty ones left out; "" for none. */
    public static String queryString(Map<String, String> params) {
        StringJoiner qs = new StringJoiner("&", "?", "").setEmptyValue("");
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank())
                qs.add(encode(k) + "=" + encode(v));
        });
        return qs.toString();
    }

    private static String encode(String s) {
        // ':' and '/' stay readable in prefixed names and IRIs; both are allowed in a query string
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":").replace("%2F", "/");
    }
}
