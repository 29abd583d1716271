package org.diplomacykg.serve;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.serve.pages.ArticlePage;
import org.diplomacykg.serve.pages.KgView;
import org.diplomacykg.serve.pages.NotFoundPage;
import org.diplomacykg.serve.pages.OntologyPage;
import org.diplomacykg.serve.pages.ResourcePage;
import org.diplomacykg.serve.pages.ValueRenderer;

/**
 * Dereferences minted IRIs: {@code /id/…}, {@code /article/…}, {@code /graph/…} and {@code /ontology} answer
 * with the resource in the negotiated format (see {@link ContentNegotiation}), with
 * {@code Vary: Accept} and {@code Link: rel="alternate"} headers; an unknown IRI gets a 404
 * (a helpful page for browsers). A resource is known when some graph says something about it.
 *
 * <p>Example: {@code GET /id/person/to-lam} with {@code Accept: text/turtle} returns the
 * triples about {@code https://w3id.org/diplomacy-kg/id/person/to-lam}.
 */
public final class ResourceServlet extends HttpServlet {
    private final transient SiteContext site;
    private final transient ResourceDescriber describer;

    public ResourceServlet(SiteContext site) {
        this.site = site;
        this.describer = new ResourceDescriber(site.ontology());
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Links.pathOf(req);
        Node iri = Links.iriForPath(path);
        Links links = Links.forRequest(req, site.baseUrl());
        Optional<RdfFormat> chosen = ContentNegotiation.choose(req);
        if (chosen.isEmpty()) {
            String forced = req.getParameter("format");
            if (forced != null)
                Responses.text(resp, 400, "Unknown format '" + forced + "'. Known: " + ContentNegotiation.knownFormats());
            else
                Responses.text(resp, 406, "Not acceptable. This resource is offered as: " + ContentNegotiation.knownFormats());
            return;
        }
        RdfFormat f = chosen.get();
        ContentNegotiation.alternates(resp, links.absolute(path.substring(1)), f);
        byte[] body = Txn.calculateRead(site.dsg(), () -> render(iri, f, links));
        if (body == null) {
            notFound(resp, f, links, path, iri);
            return;
        }
        Responses.send(resp, 200, Responses.contentType(f), body);
    }

    /** The body, or null when nothing is known about {@code iri}. */
    private byte[] render(Node iri, RdfFormat f, Links links) {
        Graph described = describer.describe(site.dsg(), iri);
        if (described.isEmpty())
            return null;
        if (f.isRdf())
            return Responses.rdf(described, f);
        Graph ontology = site.ontology().graph(site.dsg());
        KgView view = new KgView(site.dsg(), ontology);
        ValueRenderer values = new ValueRenderer(view.labels(), links);
        if (iri.equals(KgTerms.ONTOLOGY_GRAPH))
            return Responses.utf8(new OntologyPage(view, values).render());
        if (KG.isArticleGraph(iri) || view.hasType(iri, KgTerms.ARTICLE))
            return Responses.utf8(new ArticlePage(view, values).render(iri, site.articles().of(view.union(), iri)));
        return Responses.utf8(new ResourcePage(view, values).render(iri, ViewSections.of(site, view, values, iri)));
    }

    static void notFound(HttpServletResponse resp, RdfFormat f, Links links, String path, Node iri) throws IOException {
        String iriText = iri == null ? null : iri.getURI();
        if (f == RdfFormat.HTML)
            Responses.send(resp, 404, "text/html; charset=utf-8", Responses.utf8(NotFoundPage.render(links, path, iriText)));
        else
            Responses.text(resp, 404, "Not found: nothing in this knowledge graph is called <"
                    + (iriText == null ? path : iriText) + ">. Start at " + links.absolute("") + " or query "
                    + links.absolute("kg/sparql") + ".");
    }
}
