package org.diplomacykg.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An article's text with a {@code <mark>} around every evidence span, so that every
 * {@code article#quote-BEGIN-END} link lands on its quote, overlapping ones included:
 * a span inside another is a mark inside the other's mark; a span that starts inside another and
 * ends after it is split: its first piece (which carries the anchor) inside the other, the rest
 * after it, continued in a second mark. Each run of text links to the fact of the innermost
 * span around it. Two facts resting on the same span share its one anchor.
 *
 * <pre>{@code
 * String html = new QuoteMarks(ev -> links.href(ev.fact()), ev -> labels.of(ev.fact())).render(text, evidence);
 * // "… <mark id="quote-15-66"><a href="…">General Secretary <mark id="quote-33-40"><a …>Tô Lâm</a></mark>…"
 * }</pre>
 */
final class QuoteMarks {
    private final Function<Evidence, String> href;
    private final Function<Evidence, String> title;

    /**
     * @param href  where the text of a span links to (its fact's page)
     * @param title the tooltip of that link (the fact's label)
     */
    QuoteMarks(Function<Evidence, String> href, Function<Evidence, String> title) {
        this.href = href;
        this.title = title;
    }

    /** A span in char indices of the text. */
    private record Span(Evidence ev, int begin, int end) {}

    String render(String text, List<Evidence> evidence) {
        int codePoints = text.codePointCount(0, text.length());
        List<Span> spans = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Evidence ev : evidence) {
            if (ev.begin() < 0 || ev.end() > codePoints || ev.end() <= ev.begin())
                continue;   // offsets that do not fit this text: nothing to mark
            Span s = new Span(ev, text.offsetByCodePoints(0, ev.begin()), text.offsetByCodePoints(0, ev.end()));
            spans.add(s);
            cuts.add(s.begin());
            cuts.add(s.end());
        }
        // at one position the longer span opens first, so it is the outer mark
        spans.sort(Comparator.comparingInt(Span::begin).thenComparing(Comparator.comparingInt(Span::end).reversed()));

        Html h = new Html();
        Set<String> anchored = new HashSet<>();
        List<Span> open = new ArrayList<>();   // outermost first
        int next = 0;
        int previous = 0;
        for (int cut : cuts) {
            if (cut > previous)
                run(h, text.substring(previous, cut), open);
            closeAt(h, cut, open);
            while (next < spans.size() && spans.get(next).begin() == cut) {
                Span s = spans.get(next++);
                String id = s.ev().anchor();
                h.raw(anchored.add(id) ? "<mark id=\"" + Html.esc(id) + "\">" : "<mark>");
                open.add(s);
            }
            previous = cut;
        }
        return h.toString();
    }

    /** Closes the spans that end here; marks opened inside them that go on are closed and reopened. */
    private static void closeAt(Html h, int cut, List<Span> open) {
        int deepest = -1;
        for (int i = 0; i < open.size(); i++)
            if (open.get(i).end() == cut) {
                deepest = i;
                break;
            }
        if (deepest < 0)
            return;
        List<Span> goOn = new ArrayList<>();
        for (int i = open.size() - 1; i >= deepest; i--) {
            h.raw("</mark>");
            Span s = open.remove(i);
            if (s.end() > cut)
                goOn.add(0, s);
        }
        for (Span s : goOn) {
            h.raw("<mark class=\"cont\">");
            open.add(s);
        }
    }

    private void run(Html h, String segment, List<Span> open) {
        if (open.isEmpty()) {
            h.text(segment);
            return;
        }
        Evidence innermost = open.get(open.size() - 1).ev();
        h.a(href.apply(innermost), segment, title.apply(innermost));
    }
}
