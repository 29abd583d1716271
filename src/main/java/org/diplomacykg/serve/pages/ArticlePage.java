package org.diplomacykg.serve.pages;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.serve.KgTerms;

/**
 * The page of one article: its metadata, its text with every evidence span marked (each mark
 * links to the fact it supports, and has the id that the fact's page links to), and the facts
 * extracted from it, grouped by kind.
 *
 * <pre>{@code
 * String html = new ArticlePage(view, values).render(articleIri, Optional.of(text));
 * }</pre>
 */
public final class ArticlePage {
    private final KgView view;
    private final ValueRenderer values;

    public ArticlePage(KgView view, ValueRenderer values) {
        this.view = view;
        this.values = values;
    }

    public String render(Node article, Optional<String> text) {
        ResourcePage resource = new ResourcePage(view, values);
        Html h = new Html();
        String title = view.labels().of(article);
        resource.header(h, article, title, view.types(article));
        List<Evidence> evs = Evidence.inArticle(view, article);
        // metadata first; the text (also a dip:text value) is shown once, marked, below; the label
        // is the title and what it mentions is listed under "Extracted from this article"
        resource.properties(h, article, Set.of(KgTerms.TEXT, KgTerms.RDFS_LABEL, KgTerms.MENTIONS), "About this article");
        h.el("h2", "Text");
        if (text.isPresent())
            h.raw("<div class=\"article-text\">").raw(markedText(text.get(), evs)).raw("</div>");
        else
            h.el("p", "muted", "The article's text is not available on this server; the quotes below are what the facts rest on.");
        facts(h, article);
        if (text.isEmpty() && !evs.isEmpty()) {
            h.el("h2", "Quotes");
            for (Evidence ev : evs) {
                h.raw("<blockquote class=\"evidence\">").el("p", "“" + ev.quote() + "”").raw("<footer>— supports ");
                values.write(h, ev.fact());
                h.raw("</footer></blockquote>");
            }
        }
        return PageLayout.page(title, values.links(), h.toString());
    }

    /** The text, escaped, with a {@code <mark>} around each evidence span, nested or split where spans overlap. */
    String markedText(String text, List<Evidence> evs) {
        return new QuoteMarks(ev -> values.links().href(ev.fact()), ev -> view.labels().of(ev.fact())).render(text, evs);
    }

    private void facts(Html h, Node article) {
        Map<Category, List<Node>> byCategory = new EnumMap<>(Category.class);
        List<Node> seen = new ArrayList<>();
        for (Quad q : view.quadsIn(article, Node.ANY, RDF.type.asNode(), Node.ANY)) {
            Node s = q.getSubject();
            if (s.equals(article) || seen.contains(s))
                continue;
            seen.add(s);
            Category.of(view, view.types(s))
                    .filter(c -> c != Category.ARTICLES)
                    .ifPresent(c -> byCategory.computeIfAbsent(c, k -> new ArrayList<>()).add(s));
        }
        if (byCategory.isEmpty())
            return;
        h.el("h2", "Extracted from this article");
        byCategory.forEach((cat, nodes) -> {
            h.el("h3", cat.title());
            h.open("ul", "list");
            for (Node n : nodes) {
                h.open("li");
                values.write(h, n);
                h.close("li");
            }
            h.close("ul");
        });
    }
}
