package org.diplomacykg.serve.pages;

import org.diplomacykg.serve.Links;

/**
 * The 404 page: says which IRI is unknown and where to look instead.
 *
 * <pre>{@code
 * String html = NotFoundPage.render(links, "/id/person/nobody", "https://w3id.org/diplomacy-kg/id/person/nobody");
 * }</pre>
 */
public final class NotFoundPage {
    private NotFoundPage() {}

    public static String render(Links links, String path, String iri) {
        Html h = new Html();
        h.el("h1", "Not found");
        h.open("p").text("Nothing in this knowledge graph is called ").el("code", iri == null ? path : iri).text(".").close("p");
        h.el("p", "The IRI may be misspelt, or the article that mentions it has not been loaded yet. You can:");
        h.open("ul", "list");
        h.open("li").a(links.local(""), "start from the home page").close("li");
        h.open("li").text("browse ").a(links.local("browse/people"), "people").text(", ")
         .a(links.local("browse/organisations"), "organisations").text(", ")
         .a(links.local("browse/events"), "events").text(" or ")
         .a(links.local("browse/commitments"), "commitments").close("li");
        h.open("li").a(links.local("ui/#/dataset/kg/query"), "search with SPARQL").close("li");
        h.close("ul");
        return PageLayout.page("Not found", links, h.toString());
    }
}
