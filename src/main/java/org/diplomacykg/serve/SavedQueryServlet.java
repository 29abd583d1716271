package org.diplomacykg.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.diplomacykg.query.ParameterBinder;
import org.diplomacykg.query.QueryRunner;
import org.diplomacykg.query.QueryUsageException;
import org.diplomacykg.query.ResultPage;
import org.diplomacykg.query.SavedQuery;
import org.diplomacykg.serve.pages.KgView;
import org.diplomacykg.serve.pages.QueryPage;
import org.diplomacykg.serve.pages.ValueRenderer;

/**
 * Serves {@code /queries/{name}}: a saved query with a form for its parameters and, once every
 * required parameter has a value (from the query string, or its default), its first
 * {@value #MAX_ROWS} results (SELECT only), run under the server's query timeout.
 *
 * <p>Values are bound as on the command line ({@link ParameterBinder}): each becomes one RDF
 * term in the query's syntax tree, never text pasted into the query. Empty fields count as not
 * given. A value that does not fit its parameter, or an unknown parameter, answers 400 with the
 * one-line problem on the page.
 *
 * <p>Example: {@code GET /queries/timeline?country2=id:country/cambodia}.
 */
public final class SavedQueryServlet extends HttpServlet {
    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");
    static final int MAX_ROWS = 500;
    private final transient SiteContext site;

    public SavedQueryServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Links.pathOf(req);
        Links links = Links.forRequest(req, site.baseUrl());
        // the servlet is mapped at /queries/*: the path info is "/NAME", decoded
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Optional<String> text = site.queries().text(name);
        if (text.isEmpty()) {
            ResourceServlet.notFound(resp, RdfFormat.HTML, links, path, null);
            return;
        }
        Page page = Txn.calculateRead(site.dsg(), () -> render(name, text.get(), req, links));
        Responses.send(resp, page.status(), "text/html; charset=utf-8", Responses.utf8(page.html()));
    }

    private record Page(int status, String html) {}

    private Page render(String name, String text, HttpServletRequest req, Links links) {
        Map<String, String[]> parameters = req.getParameterMap();
        KgView view = new KgView(site.dsg(), site.ontology().graph(site.dsg()));
        QueryPage page = new QueryPage(new ValueRenderer(view.labels(), links));
        SavedQuery sq;
        try {
            sq = site.queries().get(name);
        } catch (QueryUsageException e) {
            return new Page(500, page.renderUnreadable(name, text, e.getMessage()));
        }

        RequestValues values = RequestValues.read(sq, parameters, Set.of(ResultPage.LIMIT, ResultPage.OFFSET));
        Map<String, String> given = values.given();
        Map<String, String> toBind = values.toBind();
        List<String> missing = values.missing();
        String error = values.error();

        Map<Var, Node> bindings = null;
        ResultPage resultPage = null;
        if (error == null) {
            try {
                if (sq.pageSize() > 0)
                    resultPage = ResultPage.fromRequest(sq.pageSize(), req.getParameter(ResultPage.LIMIT),
                            req.getParameter(ResultPage.OFFSET), ResultPage.MAX_LIMIT);
                if (missing.isEmpty()) {
                    bindings = ParameterBinder.bind(sq, toBind);
                } else {
                    // not runnable yet; still say at once when a name is not one of the query's
                    Map<String, String> unknown = new LinkedHashMap<>(toBind);
                    unknown.keySet().removeIf(n -> sq.param(n) != null);
                    if (!unknown.isEmpty())
                        ParameterBinder.bind(sq, unknown);
                }
            } catch (QueryUsageException e) {
                error = RequestValues.webMessage(e.getMessage());
            }
        }
        if (error != null)
            return new Page(400, page.render(sq, text, given, text, null, null, error));
        if (bindings == null) {
            String note = "Give a value for " + String.join(", ", missing) + " to run the query.";
            return new Page(200, page.render(sq, text, given, text, null, note, null));
        }

        Query query = sq.bound(bindings, resultPage);
        String runnable = sq.params().isEmpty() && resultPage == null ? text : query.serialize();
        if (!query.isSelectType())
            return new Page(200, page.render(sq, text, given, runnable, null,
                    "Only SELECT queries are shown as a table; run this one at the SPARQL endpoint.", null));
        long started = System.nanoTime();
        try (QueryExec exec = QueryExec.dataset(site.dsg()).query(query)
                .timeout(site.config().timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
            RowSet rows = exec.select();
            List<Var> vars = rows.getResultVars();
            List<Binding> out = new ArrayList<>();
            while (rows.hasNext() && out.size() < MAX_ROWS)
                out.add(rows.next());
            boolean truncated = rows.hasNext();
            QueryPage.Results results = resultPage == null ? new QueryPage.Results(vars, out, truncated)
                    : new QueryPage.Results(vars, out, truncated, resultPage.offset() + 1,
                            resultPage.previous() == null ? null : Links.withPage(req, resultPage.previous()),
                            out.size() >= resultPage.limit() ? Links.withPage(req, resultPage.next()) : null);
            return new Page(200, page.render(sq, text, given, runnable, results,
                    truncated ? "Showing the first " + MAX_ROWS + " rows." : null, null));
        } catch (QueryCancelledException e) {
            return new Page(200, page.render(sq, text, given, runnable, null, "The query was stopped at the server's time limit ("
                    + site.config().timeout().toSeconds() + " s).", null));
        } catch (NullPointerException e) {
            // Jena 5.6 closing a hash join its time limit cancelled: the failure is the timeout
            if (!QueryRunner.stoppedAtTimeLimit(started, site.config().timeout()))
                throw e;
            return new Page(200, page.render(sq, text, given, runnable, null, "The query was stopped at the server's time limit ("
                    + site.config().timeout().toSeconds() + " s).", null));
        } catch (QueryException e) {
            return new Page(500, page.render(sq, text, given, runnable, null, null,
                    "The query failed: " + firstLine(e.getMessage())));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : LINE_BREAK.split(s.strip(), 2)[0];
    }
}
