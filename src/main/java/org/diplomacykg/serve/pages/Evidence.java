package org.diplomacykg.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.diplomacykg.serve.KgTerms;

/**
 * One span of article text that supports a fact: {@code fact dip:evidence ev . ev dip:quote q ;
 * dip:beginIndex b ; dip:endIndex e}. The article is {@code dip:inArticle} of the evidence or the
 * fact, or else the named graph that states the evidence link.
 *
 * @param fact    the event, commitment, role assignment or project supported
 * @param node    the evidence node
 * @param quote   the exact text (may be empty when the graph gives none)
 * @param begin   start, in code points from the start of the article file; -1 when unknown
 * @param end     end (exclusive), in code points; -1 when unknown
 * @param article the article IRI, or null when none can be told
 */
public record Evidence(Node fact, Node node, String quote, int begin, int end, Node article) {

    /** Sorts by article position. */
    public static final Comparator<Evidence> BY_POSITION = Comparator.comparingInt(Evidence::begin)
            .thenComparingInt(Evidence::end);

    /**
     * The anchor of this span on its article's page: the fragment of the evidence IRI when it is
     * {@code article#fragment} (so the IRI itself lands on the mark), else {@code ev-BEGIN-END}.
     */
    public String anchor() {
        if (node.isURI() && article != null && article.isURI() && node.getURI().startsWith(article.getURI() + "#"))
            return node.getURI().substring(article.getURI().length() + 1);
        return "ev-" + begin + "-" + end;
    }

    /** Evidence for one fact, ordered by position. */
    public static List<Evidence> forFact(KgView view, Node fact) {
        List<Evidence> out = new ArrayList<>();
        for (Node ev : view.objects(fact, KgTerms.EVIDENCE)) {
            Node article = view.object(ev, KgTerms.IN_ARTICLE)
                    .or(() -> view.object(fact, KgTerms.IN_ARTICLE))
                    .or(() -> view.graphsWith(fact, KgTerms.EVIDENCE, ev).stream().findFirst())
                    .orElse(null);
            out.add(of(view, fact, ev, article));
        }
        out.sort(BY_POSITION);
        return out;
    }

    /** Every evidence span stated in an article's graph, ordered by position. */
    public static List<Evidence> inArticle(KgView view, Node article) {
        List<Evidence> out = new ArrayList<>();
        for (Quad q : view.quadsIn(article, Node.ANY, KgTerms.EVIDENCE, Node.ANY))
            out.add(of(view, q.getSubject(), q.getObject(), article));
        out.sort(BY_POSITION);
        return out;
    }

    private static Evidence of(KgView view, Node fact, Node ev, Node article) {
        String quote = view.object(ev, KgTerms.QUOTE).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).orElse("");
        return new Evidence(fact, ev, quote, intOf(view, ev, KgTerms.BEGIN_INDEX),
                intOf(view, ev, KgTerms.END_INDEX), article);
    }

    private static int intOf(KgView view, Node s, Node p) {
        Optional<Node> n = view.object(s, p).filter(Node::isLiteral);
        try {
            return n.map(x -> Integer.parseInt(x.getLiteralLexicalForm().trim())).orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
