package org.diplomacykg.serve;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.system.Txn;
import org.diplomacykg.serve.pages.BrowsePage;
import org.diplomacykg.serve.pages.Category;
import org.diplomacykg.serve.pages.KgView;
import org.diplomacykg.serve.pages.ValueRenderer;

/**
 * Serves {@code /browse/{people|organisations|countries|places|events|commitments|projects|articles}}:
 * lists for people to browse; {@code /browse/events} is the timeline.
 */
public final class BrowseServlet extends HttpServlet {
    private final transient SiteContext site;

    public BrowseServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Links.pathOf(req);
        Links links = Links.forRequest(req, site.baseUrl());
        String slug = path.length() > "/browse/".length() ? path.substring("/browse/".length()) : "";
        Optional<Category> category = Category.bySlug(slug);
        if (category.isEmpty()) {
            ResourceServlet.notFound(resp, RdfFormat.HTML, links, path, null);
            return;
        }
        String html = Txn.calculateRead(site.dsg(), () -> {
            KgView view = new KgView(site.dsg(), site.ontology().graph(site.dsg()));
            return new BrowsePage(view, new ValueRenderer(view.labels(), links)).render(category.get());
        });
        Responses.send(resp, 200, "text/html; charset=utf-8", Responses.utf8(html));
    }
}
