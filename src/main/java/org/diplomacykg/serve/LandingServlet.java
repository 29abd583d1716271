package org.diplomacykg.serve;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.Txn;
import org.diplomacykg.serve.pages.KgView;
import org.diplomacykg.serve.pages.LandingPage;
import org.diplomacykg.serve.pages.ValueRenderer;

/**
 * Serves the landing page at {@code /} (mapped to the context root only, so every other path
 * falls through to Fuseki and the static UI files).
 *
 * <p>Example: {@code GET /} → the HTML front page with counts and browse links.
 */
public final class LandingServlet extends HttpServlet {
    private final transient SiteContext site;

    public LandingServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Links links = Links.forRequest(req, site.baseUrl());
        List<SavedQuery> queries = SavedQuery.readAll(site.config().queriesDir());
        String html = Txn.calculateRead(site.dsg(), () -> {
            KgView view = new KgView(site.dsg(), site.ontology().graph(site.dsg()));
            long quads = Iter.count(site.dsg().find());
            return new LandingPage(view, new ValueRenderer(view.labels(), links)).render(queries, quads);
        });
        Responses.send(resp, 200, "text/html; charset=utf-8", Responses.utf8(html));
    }
}
