package org.diplomacykg.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.diplomacykg.serve.pages.KgView;
import org.diplomacykg.serve.pages.QueryPage;
import org.diplomacykg.serve.pages.ValueRenderer;

/**
 * Serves {@code /queries/{name}}: a saved query's text and, when it has no parameters and is a
 * SELECT, its first {@value #MAX_ROWS} results, run under the server's query timeout.
 */
public final class SavedQueryServlet extends HttpServlet {
    static final int MAX_ROWS = 500;
    private final transient SiteContext site;

    public SavedQueryServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Links.pathOf(req);
        Links links = Links.forRequest(req, site.baseUrl());
        String name = path.substring(path.indexOf("/queries/") + "/queries/".length());
        Optional<SavedQuery> q = SavedQuery.find(site.config().queriesDir(), name);
        if (q.isEmpty()) {
            ResourceServlet.notFound(resp, RdfFormat.HTML, links, path, null);
            return;
        }
        String html = Txn.calculateRead(site.dsg(), () -> render(q.get(), links));
        Responses.send(resp, 200, "text/html; charset=utf-8", Responses.utf8(html));
    }

    private String render(SavedQuery sq, Links links) {
        KgView view = new KgView(site.dsg(), site.ontology().graph(site.dsg()));
        QueryPage page = new QueryPage(new ValueRenderer(view.labels(), links));
        if (sq.hasParameters())
            return page.render(sq, null, List.of(), "This query takes parameters (?_name); bind them in the SPARQL editor.");
        Query query;
        try {
            query = QueryFactory.create(sq.text());
        } catch (QueryException e) {
            return page.render(sq, null, List.of(), "The query does not parse: " + e.getMessage());
        }
        if (!query.isSelectType())
            return page.render(sq, null, List.of(), "Only SELECT queries are shown as a table; run the others at the endpoint.");
        try (QueryExec exec = QueryExec.dataset(site.dsg()).query(query)
                .timeout(site.config().timeout().toMillis(), TimeUnit.MILLISECONDS).build()) {
            RowSet rows = exec.select();
            List<Var> vars = rows.getResultVars();
            List<Binding> out = new ArrayList<>();
            while (rows.hasNext() && out.size() < MAX_ROWS)
                out.add(rows.next());
            return page.render(sq, vars, out, out.size() == MAX_ROWS ? "Showing the first " + MAX_ROWS + " rows." : null);
        } catch (QueryCancelledException e) {
            return page.render(sq, null, List.of(), "The query was stopped at the server's time limit ("
                    + site.config().timeout().toSeconds() + " s).");
        }
    }
}
