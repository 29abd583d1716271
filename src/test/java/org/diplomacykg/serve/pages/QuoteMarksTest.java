package org.diplomacykg.serve.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Overlapping evidence spans: every one gets its anchor, marks stay well nested, the text is unchanged. */
class QuoteMarksTest {
    static final String ARTICLE = "https://w3id.org/diplomacy-kg/article/a";
    //                         0         1         2         3
    //                         0123456789012345678901234567890123456
    static final String TEXT = "Tô Lâm met Thongloun in Vientiane today.";
    final QuoteMarks marks = new QuoteMarks(ev -> "#fact-" + ev.begin(), ev -> "fact " + ev.begin());

    static Evidence ev(String fact, int begin, int end) {
        Node article = NodeFactory.createURI(ARTICLE);
        return new Evidence(NodeFactory.createURI(ARTICLE + "/" + fact), NodeFactory.createURI(ARTICLE + "#quote-" + begin + "-" + end),
                "", begin, end, article);
    }

    static String text(String html) {
        return html.replaceAll("<[^>]*>", "");
    }

    static void assertWellNested(String html) {
        int depth = 0;
        for (String tag : html.split("(?=<)")) {
            if (tag.startsWith("<mark"))
                depth++;
            else if (tag.startsWith("</mark"))
                depth--;
            assertTrue(depth >= 0, html);
        }
        assertEquals(0, depth, html);
    }

    @Test
    void aQuoteInsideAnotherIsAMarkInsideItsMark() {
        String html = marks.render(TEXT, List.of(ev("meeting", 0, 33), ev("person", 0, 6), ev("place", 24, 33)));
        assertEquals(TEXT, text(html));
        assertWellNested(html);
        assertTrue(html.startsWith("<mark id=\"quote-0-33\"><mark id=\"quote-0-6\"><a href=\"#fact-0\""), html);
        assertTrue(html.contains("<mark id=\"quote-24-33\"><a href=\"#fact-24\" title=\"fact 24\">Vientiane</a></mark></mark>"), html);
    }

    @Test
    void aQuoteThatStartsInsideAnotherAndEndsAfterItIsSplit() {
        String html = marks.render(TEXT, List.of(ev("a", 0, 14), ev("b", 11, 33)));
        assertEquals(TEXT, text(html));
        assertWellNested(html);
        assertTrue(html.contains("<mark id=\"quote-11-33\"><a href=\"#fact-11\" title=\"fact 11\">Tho</a></mark></mark>"
                + "<mark class=\"cont\"><a href=\"#fact-11\" title=\"fact 11\">ngloun in Vientiane</a></mark>"), html);
    }

    @Test
    void twoFactsOnOneSpanShareItsAnchorAndSpansThatDoNotFitAreLeftOut() {
        String html = marks.render(TEXT, List.of(ev("a", 11, 20), ev("b", 11, 20), ev("c", 30, 400)));
        assertEquals(TEXT, text(html));
        assertWellNested(html);
        assertEquals(1, html.split("id=\"quote-11-20\"", -1).length - 1, html);
        assertTrue(!html.contains("quote-30-400"), html);
    }
}
