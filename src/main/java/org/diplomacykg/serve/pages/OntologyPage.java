package org.diplomacykg.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.serve.KgTerms;

/**
 * Documentation of the ontology, generated from its graph in the manner of pyLODE: the
 * header, a table of contents, then every class, property and concept with its label,
 * definition, axioms (linked), the terms below it and how many resources use it. Each term's
 * section has the term's local name as id, so {@code ontology#StateVisit} lands on it.
 *
 * <pre>{@code
 * String html = new OntologyPage(view, values).render();
 * }</pre>
 */
public final class OntologyPage {
    private static final Set<Node> DESCRIBED_ELSEWHERE = Set.of(RDF.type.asNode(), RDFS.label.asNode(),
            SKOS.prefLabel.asNode(), SKOS.definition.asNode(), RDFS.comment.asNode(), RDFS.isDefinedBy.asNode());

    private static final Node FOAF_NAME = org.apache.jena.sparql.vocabulary.FOAF.name.asNode();

    private final KgView view;
    private final ValueRenderer values;

    public OntologyPage(KgView view, ValueRenderer values) {
        this.view = view;
        this.values = values;
    }

    public String render() {
        Graph g = view.ontology();
        Node onto = KgTerms.ONTOLOGY_GRAPH;
        Html h = new Html();
        String title = first(g, onto, DCTerms.title.asNode(), RDFS.label.asNode()).orElse("Diplomacy ontology");
        h.el("h1", title);
        h.el("p", "iri", KgTerms.ONTOLOGY + "  (prefix dip: " + KgTerms.NS + ")");
        first(g, onto, DCTerms.description.asNode(), RDFS.comment.asNode(), SKOS.definition.asNode())
                .ifPresent(d -> h.el("p", d));
        metadata(h, g, onto);
        if (g.isEmpty()) {
            h.el("p", "muted", "The ontology graph is not loaded in this store.");
            return PageLayout.page(title, values.links(), h.toString());
        }
        Map<String, List<Node>> sections = new LinkedHashMap<>();
        sections.put("Classes", terms(g, OWL.Class.asNode(), RDFS.Class.asNode()));
        sections.put("Object properties", terms(g, OWL.ObjectProperty.asNode()));
        sections.put("Datatype properties", terms(g, OWL.DatatypeProperty.asNode()));
        sections.put("Other properties", terms(g, RDF.Property.asNode(), OWL.AnnotationProperty.asNode()));
        sections.put("Concepts", terms(g, SKOS.Concept.asNode()));
        Set<Node> done = new LinkedHashSet<>();
        sections.replaceAll((k, v) -> v.stream().filter(done::add).toList());
        toc(h, sections);
        sections.forEach((name, terms) -> {
            if (terms.isEmpty())
                return;
            h.el("h2", name + " (" + terms.size() + ")");
            for (Node t : terms)
                term(h, g, t);
        });
        namespaces(h);
        return PageLayout.page(title, values.links(), h.toString());
    }

    /** Version, licence, authors and dates, as a reader of any published ontology looks for them first. */
    private void metadata(Html h, Graph g, Node onto) {
        h.open("table", "props");
        row(h, "Version", first(g, onto, OWL.versionInfo.asNode()).orElse(null));
        h.open("tr").el("th", "Licence").open("td");
        List<Node> licences = g.find(onto, DCTerms.license.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        if (licences.isEmpty())
            h.text("not stated");
        for (Node l : licences) {
            if (l.isURI())
                h.a(l.getURI(), l.getURI());
            else if (l.isLiteral())
                h.text(l.getLiteralLexicalForm());
        }
        h.close("td").close("tr");
        List<String> authors = new ArrayList<>();
        for (Node c : g.find(onto, DCTerms.creator.asNode(), Node.ANY).mapWith(Triple::getObject).toList()) {
            if (c.isLiteral())
                authors.add(c.getLiteralLexicalForm());
            else
                authors.add(first(g, c, FOAF_NAME, RDFS.label.asNode()).orElse(c.isURI() ? c.getURI() : "unnamed"));
        }
        row(h, "Authors", authors.isEmpty() ? null : String.join(", ", authors));
        row(h, "Created", first(g, onto, DCTerms.created.asNode()).orElse(null));
        row(h, "Modified", first(g, onto, DCTerms.modified.asNode()).orElse(null));
        h.close("table");
    }

    private static void row(Html h, String name, String value) {
        if (value != null)
            h.open("tr").el("th", name).el("td", value).close("tr");
    }

    /** The prefixes the pages, the Turtle and the saved queries use, with their namespaces. */
    private static void namespaces(Html h) {
        PrefixMapping pm = PrefixMapping.Factory.create();
        org.diplomacykg.serve.Prefixes.addTo(pm);
        h.raw("<h2 id=\"namespaces\">Namespaces</h2>");
        h.open("table", "props").open("tr").el("th", "Prefix").el("th", "Namespace").close("tr");
        new java.util.TreeMap<>(pm.getNsPrefixMap())
                .forEach((prefix, ns) -> h.open("tr").el("td", prefix).el("td", ns).close("tr"));
        h.close("table");
    }

    private void toc(Html h, Map<String, List<Node>> sections) {
        sections.forEach((name, terms) -> {
            if (terms.isEmpty())
                return;
            h.open("p").el("strong", name + ": ");
            for (int i = 0; i < terms.size(); i++) {
                if (i > 0)
                    h.text(" · ");
                h.a("#" + anchor(terms.get(i)), localName(terms.get(i)));
            }
            h.close("p");
        });
    }

    private void term(Html h, Graph g, Node t) {
        h.openWithId("section", anchor(t), "term");
        h.open("h3").text(view.labels().of(t)).close("h3");
        h.el("p", "iri", "dip:" + localName(t) + "  " + t.getURI());
        first(g, t, SKOS.definition.asNode(), RDFS.comment.asNode()).ifPresent(d -> h.el("p", d));
        Map<Node, List<Node>> props = new LinkedHashMap<>();
        for (Triple tr : g.find(t, Node.ANY, Node.ANY).toList())
            if (!DESCRIBED_ELSEWHERE.contains(tr.getPredicate()))
                props.computeIfAbsent(tr.getPredicate(), k -> new ArrayList<>()).add(tr.getObject());
        List<Node> below = g.find(Node.ANY, RDFS.subClassOf.asNode(), t).mapWith(Triple::getSubject).toList();
        List<Node> belowP = g.find(Node.ANY, RDFS.subPropertyOf.asNode(), t).mapWith(Triple::getSubject).toList();
        h.raw("<dl class=\"term\">");
        props.forEach((p, os) -> list(h, view.labels().of(p), os));
        list(h, "has subclasses", below);
        list(h, "has subproperties", belowP);
        long uses = view.union().find(Node.ANY, RDF.type.asNode(), t).toList().size()
                + (isProperty(g, t) ? view.union().find(Node.ANY, t, Node.ANY).toList().size() : 0);
        if (uses > 0)
            h.el("dt", "used in the graph").el("dd", uses + (uses == 1 ? " time" : " times"));
        h.raw("</dl></section>");
    }

    private void list(Html h, String name, List<Node> nodes) {
        if (nodes.isEmpty())
            return;
        h.el("dt", name).open("dd");
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0)
                h.text(", ");
            values.write(h, nodes.get(i));
        }
        h.close("dd");
    }

    private static boolean isProperty(Graph g, Node t) {
        return !g.contains(t, RDF.type.asNode(), OWL.Class.asNode()) && !g.contains(t, RDF.type.asNode(), RDFS.Class.asNode());
    }

    private static List<Node> terms(Graph g, Node... types) {
        Set<Node> out = new LinkedHashSet<>();
        for (Node type : types)
            g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
                if (t.getSubject().isURI())
                    out.add(t.getSubject());
            });
        List<Node> sorted = new ArrayList<>(out);
        sorted.sort(Comparator.comparing(OntologyPage::localName, String.CASE_INSENSITIVE_ORDER));
        return sorted;
    }

    /** The id of a term's section: its local name for dip: terms, the whole IRI otherwise. */
    static String anchor(Node t) {
        return t.getURI().startsWith(KgTerms.NS) ? localName(t) : t.getURI();
    }

    static String localName(Node t) {
        String u = t.getURI();
        int cut = Math.max(u.lastIndexOf('#'), u.lastIndexOf('/'));
        return u.substring(cut + 1);
    }

    private static java.util.Optional<String> first(Graph g, Node s, Node... preds) {
        for (Node p : preds) {
            var it = g.find(s, p, Node.ANY);
            try {
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (o.isLiteral())
                        return java.util.Optional.of(o.getLiteralLexicalForm());
                }
            } finally {
                it.close();
            }
        }
        return java.util.Optional.empty();
    }
}
