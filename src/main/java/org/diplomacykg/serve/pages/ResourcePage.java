package org.diplomacykg.serve.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.serve.KgTerms;
import org.diplomacykg.serve.RdfFormat;

/**
 * The page of one entity, event, commitment or project: its label and types at the top, the
 * evidence quotes with links into their articles, its properties with linked labels, the
 * resources that link to it, and the articles it comes from.
 *
 * <pre>{@code
 * String html = new ResourcePage(view, values).render(eventIri);
 * }</pre>
 */
public final class ResourcePage {
    private static final int MAX_INCOMING = 300;
    private static final Set<Node> SHOWN_ELSEWHERE = Set.of(RDF.type.asNode(), KgTerms.EVIDENCE);

    private final KgView view;
    private final ValueRenderer values;

    public ResourcePage(KgView view, ValueRenderer values) {
        this.view = view;
        this.values = values;
    }

    public String render(Node s) {
        return render(s, "");
    }

    /** The page with {@code sections} (ready markup: views, commitment trail) after the properties. */
    public String render(Node s, String sections) {
        Labels labels = view.labels();
        Html h = new Html();
        header(h, s, labels.of(s), view.types(s));
        evidence(h, s);
        properties(h, s);
        h.raw(sections);
        incoming(h, s);
        sources(h, s);
        graphContents(h, s);
        return PageLayout.page(labels.of(s), values.links(), h.toString());
    }

    /** Title, type chips, the IRI and the other formats. Shared with the article page. */
    void header(Html h, Node s, String title, List<Node> types) {
        h.el("h1", title);
        if (!types.isEmpty()) {
            h.open("p", "types");
            for (Node t : types)
                h.raw("<span class=\"type\">").a(values.links().href(t), view.labels().of(t), t.getURI()).raw("</span>");
            h.close("p");
        }
        h.el("p", "iri", s.getURI());
        h.open("p", "formats muted").text("Also as: ");
        for (RdfFormat f : RdfFormat.values())
            if (f.isRdf())
                h.a("?format=" + f.shortName(), f.shortName().toUpperCase(), f.mediaType());
        h.close("p");
    }

    private void evidence(Html h, Node s) {
        List<Evidence> evs = Evidence.forFact(view, s);
        if (evs.isEmpty())
            return;
        h.el("h2", evs.size() == 1 ? "Evidence" : "Evidence (" + evs.size() + " quotes)");
        for (Evidence ev : evs) {
            h.raw("<blockquote class=\"evidence\">").el("p", "“" + ev.quote() + "”");
            if (ev.article() != null) {
                h.raw("<footer>— ");
                String href = values.links().href(ev.article()) + (ev.begin() >= 0 ? "#" + ev.anchor() : "");
                h.a(href, view.labels().of(ev.article()));
                if (ev.begin() >= 0)
                    h.text(" (characters " + ev.begin() + "–" + ev.end() + ")");
                h.raw("</footer>");
            }
            h.raw("</blockquote>");
        }
    }

    void properties(Html h, Node s) {
        properties(h, s, Set.of(), "Properties");
    }

    /** The properties of {@code s} but those in {@code skip}, under the heading {@code title}. */
    void properties(Html h, Node s, Set<Node> skip, String title) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        for (Triple t : view.union().find(s, Node.ANY, Node.ANY).toList())
            if (!SHOWN_ELSEWHERE.contains(t.getPredicate()) && !skip.contains(t.getPredicate()))
                byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject());
        if (byPredicate.isEmpty())
            return;
        h.el("h2", title);
        table(h, byPredicate, false);
    }

    private void incoming(Html h, Node s) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        int n = 0;
        var it = view.union().find(Node.ANY, Node.ANY, s);
        try {
            while (it.hasNext() && n < MAX_INCOMING) {
                Triple t = it.next();
                if (t.getPredicate().equals(RDF.type.asNode()))
                    continue;
                List<Node> subjects = byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>());
                if (!subjects.contains(t.getSubject())) {
                    subjects.add(t.getSubject());
                    n++;
                }
            }
        } finally {
            it.close();
        }
        if (byPredicate.isEmpty())
            return;
        h.el("h2", "Linked from");
        table(h, byPredicate, true);
    }

    /** One row per property; {@code inverse}: rows of resources linking here, named as the property reads backwards. */
    private void table(Html h, Map<Node, List<Node>> byPredicate, boolean inverse) {
        h.raw("<table class=\"props\">");
        byPredicate.forEach((p, objects) -> {
            String name = inverse ? view.labels().inverseOf(p) : view.labels().of(p);
            h.raw("<tr><th>").a(values.links().href(p), name, p.getURI()).raw("</th><td><ul class=\"values\">");
            for (Node o : new LinkedHashSet<>(objects)) {
                h.open("li");
                values.write(h, o);
                h.close("li");
            }
            h.raw("</ul></td></tr>");
        });
        h.raw("</table>");
    }

    /** For a named graph that is not an article (e.g. the load records): what it holds. */
    private void graphContents(Html h, Node s) {
        if (!view.isGraphName(s))
            return;
        List<org.apache.jena.sparql.core.Quad> quads = view.quadsIn(s, Node.ANY, Node.ANY, Node.ANY);
        h.el("h2", "Graph contents (" + quads.size() + " statements)");
        h.raw("<table class=\"props\">");
        for (var q : quads.subList(0, Math.min(quads.size(), MAX_INCOMING))) {
            h.raw("<tr><td>");
            values.write(h, q.getSubject());
            h.raw("</td><td>");
            values.write(h, q.getPredicate());
            h.raw("</td><td>");
            values.write(h, q.getObject());
            h.raw("</td></tr>");
        }
        h.raw("</table>");
    }

    private void sources(Html h, Node s) {
        List<Node> graphs = view.graphsWith(s, Node.ANY, Node.ANY);
        graphs.removeIf(g -> !KG.isArticleGraph(g) || g.equals(s));
        if (graphs.isEmpty())
            return;
        h.el("h2", "Mentioned in");
        h.open("ul", "list");
        for (Node g : graphs) {
            h.open("li");
            values.write(h, g);
            String date = view.dateOf(g);
            if (!date.isEmpty())
                h.el("span", "date", " " + date);
            h.close("li");
        }
        h.close("ul");
    }
}
