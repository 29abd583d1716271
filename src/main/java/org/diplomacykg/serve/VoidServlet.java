package org.diplomacykg.serve;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.system.Txn;
import org.diplomacykg.serve.pages.Html;
import org.diplomacykg.serve.pages.PageLayout;

/**
 * Serves {@code /.well-known/void}: the {@link VoidDescription} in the negotiated RDF format
 * (Turtle by default); a browser gets the Turtle inside a page.
 */
public final class VoidServlet extends HttpServlet {
    private final transient SiteContext site;

    public VoidServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Links links = Links.forRequest(req, site.baseUrl());
        Optional<RdfFormat> chosen = ContentNegotiation.choose(req);
        if (chosen.isEmpty()) {
            Responses.text(resp, 400, "Unknown format. Known: " + ContentNegotiation.knownFormats());
            return;
        }
        RdfFormat f = chosen.get();
        ContentNegotiation.alternates(resp, links.absolute(".well-known/void"), f);
        Graph g = Txn.calculateRead(site.dsg(), () -> VoidDescription.build(site.dsg(), links.absolute("")));
        if (f.isRdf()) {
            Responses.send(resp, 200, Responses.contentType(f), Responses.rdf(g, f));
            return;
        }
        Html h = new Html();
        h.el("h1", "Dataset description (VoID / DCAT)");
        h.raw("<pre class=\"query\">").text(new String(Responses.rdf(g, RdfFormat.TURTLE), java.nio.charset.StandardCharsets.UTF_8)).raw("</pre>");
        Responses.send(resp, 200, "text/html; charset=utf-8", Responses.utf8(PageLayout.page("Dataset description", links, h.toString())));
    }
}
