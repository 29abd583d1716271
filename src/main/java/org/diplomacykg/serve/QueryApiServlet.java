package org.diplomacykg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.system.Txn;
import org.diplomacykg.query.ParameterBinder;
import org.diplomacykg.query.QueryFailedException;
import org.diplomacykg.query.QueryResult;
import org.diplomacykg.query.QueryRunner;
import org.diplomacykg.query.QueryUsageException;
import org.diplomacykg.query.ResultPage;
import org.diplomacykg.query.ResultPrinter;
import org.diplomacykg.query.SavedQuery;
import org.diplomacykg.serve.pages.ApiPage;
import org.diplomacykg.serve.pages.KgView;
import org.diplomacykg.serve.pages.ValueRenderer;

/**
 * The saved queries as a web API, as grlc offers a repository of queries:
 * <ul>
 * <li>{@code GET /api/NAME?param=value…} runs a saved query with its parameters bound exactly as
 *     {@code dkg query --param} binds them ({@link RequestValues}, {@link ParameterBinder}: each value
 *     one RDF term in the parsed query, never text pasted into it) and answers in the format that
 *     {@code ?format=} or the {@code Accept} header asks for ({@link ApiResultFormat}), written by the
 *     same {@link ResultPrinter} as {@code dkg query}, so both give the same bytes;</li>
 * <li>{@code GET /api/openapi.json}: the OpenAPI 3 description ({@link OpenApiDescription});</li>
 * <li>{@code GET /api/}: the page listing every query with its parameters and example calls for a
 *     browser, the OpenAPI description for any other client.</li>
 * </ul>
 * Problems are one line of text: 400 for a value that does not fit, an unknown or repeated
 * parameter, a missing required one or a format that cannot hold the answer; 404 for an unknown
 * query; 406 when the Accept header allows no format; 503 when the query outlives the time limit.
 *
 * <p>Example: {@code curl 'http://127.0.0.1:3030/api/person-meetings?person=id:person/to-lam&format=csv'}.
 */
public final class QueryApiServlet extends HttpServlet {
    /** Where the API lives, relative to the server root. */
    static final String PATH = "api";
    /** The query-string name that picks the format; never a query parameter. */
    static final String FORMAT = "format";
    static final String OPENAPI = "openapi.json";

    private final transient SiteContext site;

    public QueryApiServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String info = req.getPathInfo();
        if (info == null) {
            resp.setStatus(HttpServletResponse.SC_FOUND);
            resp.setHeader("Location", req.getContextPath() + "/" + PATH + "/");
            return;
        }
        String name = info.substring(1);
        if (name.isEmpty()) {
            String accept = req.getHeader("Accept");
            if (accept != null && accept.contains("text/html"))
                index(req, resp);
            else
                openApi(req, resp);
            return;
        }
        if (name.equals(OPENAPI)) {
            openApi(req, resp);
            return;
        }
        run(name, req, resp);
    }

    private void index(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Links links = Links.forRequest(req, site.baseUrl());
        String html = Txn.calculateRead(site.dsg(), () -> {
            KgView view = new KgView(site.dsg(), site.ontology().graph(site.dsg()));
            return new ApiPage(new ValueRenderer(view.labels(), links)).render(site.queries());
        });
        Responses.send(resp, 200, "text/html; charset=utf-8", Responses.utf8(html));
    }

    private void openApi(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        var doc = OpenApiDescription.of(site.queries(), Links.publicBase(req, site.baseUrl()));
        Responses.send(resp, 200, "application/json; charset=utf-8", Responses.utf8(JSON.toString(doc)));
    }

    private void run(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (site.queries().text(name).isEmpty()) {
            Responses.text(resp, 404, "no saved query '" + name + "' (GET " + Links.publicBase(req, site.baseUrl())
                    + PATH + "/ lists them)");
            return;
        }
        SavedQuery saved;
        try {
            saved = site.queries().get(name);
        } catch (QueryUsageException e) {
            Responses.text(resp, 500, "the saved query " + name + " does not parse: " + e.getMessage());
            return;
        }
        RequestValues values = RequestValues.read(saved, req.getParameterMap(), Set.of(FORMAT, ResultPage.LIMIT, ResultPage.OFFSET));
        if (values.error() != null) {
            Responses.text(resp, 400, values.error());
            return;
        }
        Query query;
        ResultPage page = null;
        try {
            Map<Var, Node> bindings = ParameterBinder.bind(saved, values.toBind());
            if (saved.pageSize() > 0)
                page = ResultPage.fromRequest(saved.pageSize(), req.getParameter(ResultPage.LIMIT),
                        req.getParameter(ResultPage.OFFSET), ResultPage.MAX_LIMIT);
            query = saved.bound(bindings, page);
        } catch (QueryUsageException e) {
            Responses.text(resp, 400, RequestValues.webMessage(e.getMessage()));
            return;
        }
        Optional<ApiResultFormat> format = chooseFormat(req, resp, saved, query);
        if (format.isEmpty())
            return;
        QueryResult result;
        try {
            result = QueryRunner.local(site.dsg(), site.config().timeout()).run(query);
        } catch (QueryFailedException e) {
            Responses.text(resp, 503, "the query " + name + " took longer than the server's limit of "
                    + site.config().timeout().toSeconds() + " s");
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
        new ResultPrinter(saved.query().getPrefixMapping()).print(result, format.get().output(), out);
        out.flush();
        resp.setHeader("Vary", "Accept");
        if (page != null)
            pageLinks(req, resp, page, result);
        Responses.send(resp, 200, format.get().mediaType() + "; charset=utf-8", body.toByteArray());
    }

    /**
     * {@code Link} headers to the neighbouring pages of a listing (RFC 8288, as GitHub's API pages):
     * {@code rel="next"} when this page is full, {@code rel="prev"} unless it is the first.
     */
    private static void pageLinks(HttpServletRequest req, HttpServletResponse resp, ResultPage page, QueryResult result) {
        boolean full = result instanceof QueryResult.Rows rows && rows.size() >= page.limit();
        if (full)
            resp.addHeader("Link", "<" + Links.withPage(req, page.next()) + ">; rel=\"next\"");
        if (page.previous() != null)
            resp.addHeader("Link", "<" + Links.withPage(req, page.previous()) + ">; rel=\"prev\"");
    }

    /** The format asked for, or empty after answering 400 or 406. */
    private static Optional<ApiResultFormat> chooseFormat(HttpServletRequest req, HttpServletResponse resp, SavedQuery saved,
                                                         Query query) throws IOException {
        String offered = ApiResultFormat.offeredFor(query).stream().map(ApiResultFormat::shortName)
                .collect(Collectors.joining(", "));
        String[] forced = req.getParameterValues(FORMAT);
        if (forced != null && forced.length > 0 && !forced[0].isBlank()) {
            Optional<ApiResultFormat> f = ApiResultFormat.byName(forced[0]);
            if (f.isEmpty()) {
                Responses.text(resp, 400, "format '" + forced[0] + "' is not one of " + offered);
                return Optional.empty();
            }
            if (!f.get().fits(query)) {
                Responses.text(resp, 400, "format " + f.get().shortName() + " does not fit " + saved.name() + ", a "
                        + query.queryType() + " query (use " + offered + ")");
                return Optional.empty();
            }
            return f;
        }
        Optional<ApiResultFormat> f = ApiResultFormat.fromAccept(req, query);
        if (f.isEmpty())
            Responses.text(resp, 406, "the Accept header allows none of the formats of " + saved.name() + ": "
                    + ApiResultFormat.offeredFor(query).stream().map(ApiResultFormat::mediaType).collect(Collectors.joining(", ")));
        return f;
    }
}
