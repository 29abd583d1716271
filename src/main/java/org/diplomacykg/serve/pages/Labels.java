package org.diplomacykg.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.diplomacykg.serve.KgTerms;

/**
 * Human-readable names for nodes: {@code skos:prefLabel}, then {@code rdfs:label} (English or
 * untagged preferred), looked up in the given graphs; otherwise a name made from the IRI
 * ({@code id/person/to-lam} → "to lam", {@code ontology#StateVisit} → "StateVisit").
 * Each article graph states its own {@code rdfs:label} of what it tells, so a resource told by
 * several articles has several; the store's labels graph gives it one {@code skos:prefLabel}
 * (chosen by {@code store.PreferredLabels}), which the page shows and the saved queries read, so
 * a page and a query name a thing alike (see {@code queries/README.md}). Where the graphs have
 * no preferred label (an article graph on its own), the greatest {@code rdfs:label} in
 * code-point order stands in.
 * One instance serves one request and caches what it found.
 *
 * <pre>{@code
 * new Labels(List.of(union)).of(toLam)   // "Tô Lâm"
 * }</pre>
 */
public final class Labels {
    private final List<Graph> graphs;
    private final Map<Node, String> cache = new HashMap<>();

    public Labels(List<Graph> graphs) {
        this.graphs = List.copyOf(graphs);
    }

    /** The label of {@code n}, or a name derived from it. Never null. */
    public String of(Node n) {
        return cache.computeIfAbsent(n, k -> find(k).orElseGet(() -> fallback(k)));
    }

    /**
     * How property {@code p} reads from its object back to its subject: its
     * {@code dip:inverseLabel} ("commits to" for committed by), else "is … of" around its
     * label for properties the ontology does not annotate.
     */
    public String inverseOf(Node p) {
        return literal(p, KgTerms.INVERSE_LABEL).orElseGet(() -> "is " + of(p) + " of");
    }

    /** Whether the graphs give {@code n} a label. */
    public boolean hasLabel(Node n) {
        return find(n).isPresent();
    }

    private Optional<String> find(Node n) {
        return literal(n, KgTerms.PREF_LABEL).or(() -> literal(n, KgTerms.RDFS_LABEL));
    }

    /** The preferred of {@code n}'s values of {@code p} (English or untagged first). */
    private Optional<String> literal(Node n, Node p) {
        if (!n.isURI() && !n.isBlank())
            return Optional.empty();
        List<String> english = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Graph g : graphs) {
            ExtendedIterator<Triple> it = g.find(n, p, Node.ANY);
            try {
                while (it.hasNext()) {
                    Node o = it.next().getObject();
                    if (!o.isLiteral())
                        continue;
                    String lang = o.getLiteralLanguage();
                    (lang.isEmpty() || lang.startsWith("en") ? english : other).add(o.getLiteralLexicalForm());
                }
            } finally {
                it.close();
            }
        }
        return english.stream().min(PREFERRED).or(() -> other.stream().min(PREFERRED));
    }

    /**
     * Articles spell names differently ("Ngo Phuong Ly", "Ngô Phương Ly"); the greatest in
     * code-point order is SPARQL's {@code MAX} over plain strings, and letters with diacritics
     * sort after plain ones, so "Ngô Phương Ly" wins and the choice does not depend on which
     * article happens to be read first.
     */
    static final Comparator<String> PREFERRED = Comparator.<String>naturalOrder().reversed();

    /** A readable name from the IRI alone. */
    static String fallback(Node n) {
        if (n.isLiteral())
            return n.getLiteralLexicalForm();
        if (!n.isURI())
            return "(unnamed)";
        String uri = n.getURI();
        int cut = Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/'));
        String local = cut >= 0 && cut < uri.length() - 1 ? uri.substring(cut + 1) : uri;
        return uri.startsWith(KgTerms.BASE + "id/") || uri.startsWith(KgTerms.BASE + "article/")
                ? local.replace('-', ' ').replace('_', ' ')
                : local;
    }
}
