package org.diplomacykg.serve.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diplomacykg.query.QueryUsageException;
import org.diplomacykg.query.SavedQueries;

/**
 * The front page: what the dataset is, how big it is, where to browse (people, organisations,
 * the events timeline, commitments, projects), the SPARQL endpoint and UI, every saved query,
 * and the machine-readable ways in (VoID, dump).
 *
 * <pre>{@code
 * String html = new LandingPage(view, values).render(savedQueries, totalQuads);
 * }</pre>
 */
public final class LandingPage {
    private final KgView view;
    private final ValueRenderer values;

    public LandingPage(KgView view, ValueRenderer values) {
        this.view = view;
        this.values = values;
    }

    public String render(SavedQueries queries, long quads) {
        var links = values.links();
        Html h = new Html();
        h.el("h1", "Diplomacy knowledge graph");
        h.el("p", "Who met whom, what they agreed and which projects they named: actors, roles, events, "
                + "commitments and projects extracted from diplomatic news articles. Every fact links back to "
                + "the sentence it was read from.");
        h.raw("<ul class=\"cards\">");
        List<String> gazetteer = new ArrayList<>();
        for (Category c : Category.values()) {
            int n = c.members(view).size();
            h.raw("<li>").raw("<span class=\"n\">").text(String.valueOf(n)).raw("</span>")
             .a(links.local("browse/" + c.slug()), c == Category.EVENTS ? "Events (timeline)" : c.title())
             .raw("</li>");
            int more = view.gazetteerOnly(c.classes(view));
            if (more > 0)
                gazetteer.add(more + " " + c.title().toLowerCase(Locale.ROOT));
        }
        h.raw("<li><span class=\"n\">").text(String.valueOf(quads)).raw("</span>statements (quads)</li>");
        h.raw("</ul>");
        // say what is counted, so that these figures and a SPARQL COUNT over the whole store can be reconciled
        h.open("p", "muted counted").text("Counted: the distinct things the articles mention (typed in an article's "
                + "own graph), as the dataset description's subset “mentioned in articles” counts them. ");
        if (!gazetteer.isEmpty())
            h.text("The gazetteer in the ontology graph also names " + String.join(", ", gazetteer.subList(0, gazetteer.size() - 1))
                    + (gazetteer.size() > 1 ? " and " : "") + gazetteer.get(gazetteer.size() - 1)
                    + " that no article mentions; a SPARQL count over the whole store and the description's own "
                    + "class partitions include them. ");
        h.text("Statements are every quad in the store, the ontology graph and the load records included.");
        h.close("p");

        h.el("h2", "Views");
        h.open("ul", "list");
        h.open("li").a(links.local("timeline"), "Timeline").text(": the events between two countries on a time axis, by type").close("li");
        h.open("li").a(links.local("network"), "Network").text(": who shares events with whom, weighted by how many").close("li");
        h.close("ul");

        h.el("h2", "Query");
        h.open("ul", "list");
        h.open("li").a(links.local("ui/#/dataset/kg/query"), "SPARQL query editor").text(" (Fuseki UI)").close("li");
        h.open("li").text("SPARQL endpoint: ").el("code", links.absolute("kg/sparql")).close("li");
        h.open("li").a(links.local("api/"), "Saved queries as a web API").text(" (CSV, JSON, TSV, XML; OpenAPI description)").close("li");
        h.open("li").a(links.local("ontology"), "The ontology").text(": every class and property, documented").close("li");
        h.close("ul");

        if (!queries.names().isEmpty()) {
            h.el("h2", "Saved queries");
            h.open("ul", "list");
            for (String name : queries.names()) {
                h.open("li").a(links.local("queries/" + QueryPage.pathSegment(name)), name);
                try {
                    String summary = queries.get(name).summary();
                    if (!summary.isEmpty())
                        h.text(" — " + summary);
                } catch (QueryUsageException e) {
                    // one broken file must not hide the others: its page shows why
                    h.text(" ").el("span", "muted", "(this file does not parse; see its page)");
                }
                h.close("li");
            }
            h.close("ul");
        }

        h.el("h2", "Data");
        h.open("ul", "list");
        h.open("li").a(links.local(".well-known/void"), "Dataset description").text(" (VoID / DCAT, Turtle)").close("li");
        h.open("li").a(links.local("dump/diplomacy-kg.nq.gz"), "Full dump").text(" (N-Quads, gzip; one graph per article)").close("li");
        h.open("li").text("Every resource is served in HTML, Turtle, JSON-LD, N-Triples and RDF/XML: "
                + "ask with an Accept header or add ?format=ttl|jsonld|nt|rdf|html.").close("li");
        h.close("ul");
        return PageLayout.page("Home", links, h.toString());
    }

}
