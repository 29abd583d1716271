package org.diplomacykg.serve.pages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.graph.Node;

/**
 * The "Commitment trail" section of a commitment's or a project's page: the commitments that
 * follow the same target (or concern the same project) across articles, oldest article first,
 * with the target's values in the order they were first stated (US$5 bn → US$10 bn), a small
 * SVG chart of the amounts over publication dates, and a table linking each commitment.
 * The rows come from the saved query {@code commitment-trail}.
 *
 * <pre>{@code
 * String html = new CommitmentTrailSection(values).render(steps, commitmentIri, "queries/commitment-trail?of=…");
 * }</pre>
 */
public final class CommitmentTrailSection {
    /**
     * One row of the {@code commitment-trail} query.
     *
     * @param commitment the commitment
     * @param label      its label
     * @param published  the publication date of the article that states it ("YYYY-MM-DD")
     * @param modality   "Agreed", "Pledged"… or ""
     * @param amount     the target's amount (lexical form) or ""
     * @param currency   ISO code or ""
     * @param metric     what the target measures, or ""
     * @param deadline   the deadline, or ""
     * @param file       the article's file name
     */
    public record Step(Node commitment, String label, String published, String modality, String amount, String currency,
                       String metric, String deadline, String file) {}

    private final ValueRenderer values;

    public CommitmentTrailSection(ValueRenderer values) {
        this.values = values;
    }

    /** The section, or "" when the trail holds only the subject itself and no target. */
    public String render(List<Step> steps, Node subject, String queryHref) {
        boolean anyTarget = steps.stream().anyMatch(s -> !s.amount().isEmpty());
        long commitments = steps.stream().map(Step::commitment).distinct().count();
        if (steps.isEmpty() || (commitments < 2 && !anyTarget))
            return "";
        var links = values.links();
        Html h = new Html();
        h.raw("<section class=\"trail\" id=\"commitment-trail\">");
        h.el("h2", "Commitment trail (" + commitments + (commitments == 1 ? " commitment" : " commitments") + ")");
        for (var chain : chains(steps).entrySet())
            h.open("p", "chain").el("strong", chain.getKey() + ": ").text(String.join(" → ", chain.getValue())).close("p");
        if (anyTarget)
            h.raw(svg(steps));
        h.raw("<table class=\"props results\"><tr><th>Article date</th><th>Commitment</th><th>Target</th><th>Deadline</th>")
         .raw("<th>Article</th></tr>");
        for (Step s : steps) {
            boolean self = s.commitment().equals(subject);
            h.raw(self ? "<tr class=\"self\">" : "<tr>").raw("<td>").text(s.published()).raw("</td><td>");
            h.a(links.href(s.commitment()), s.label());
            if (self)
                h.el("span", "muted", " (this commitment)");
            h.raw("</td><td>").text(s.amount().isEmpty() ? "" : money(s.amount(), s.currency())
                    + (s.metric().isEmpty() ? "" : " " + s.metric())).raw("</td><td>").text(s.deadline()).raw("</td><td>")
             .text(s.file()).raw("</td></tr>");
        }
        h.raw("</table>");
        h.open("p", "muted").text("From the saved query ").a(queryHref, "commitment-trail").text(".").close("p");
        h.raw("</section>");
        return h.toString();
    }

    /** Per measure, its distinct values in the order first stated, each with the date it was first stated. */
    static Map<String, List<String>> chains(List<Step> steps) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Map<String, List<String>> seen = new LinkedHashMap<>();
        for (Step s : steps) {
            if (s.amount().isEmpty())
                continue;
            String measure = s.metric().isEmpty() ? "Target" : capitalise(s.metric());
            String value = money(s.amount(), s.currency());
            List<String> values = seen.computeIfAbsent(measure, m -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
                out.computeIfAbsent(measure, m -> new ArrayList<>()).add(value + " (" + s.published() + ")");
            }
        }
        return out;
    }

    /** "US$5 bn", "€300 m", "12.5 thousand", from an amount and an ISO currency code. */
    static String money(String amount, String currency) {
        BigDecimal a;
        try {
            a = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            return amount + (currency.isEmpty() ? "" : " " + currency);
        }
        String scaled;
        if (a.abs().compareTo(new BigDecimal("1e9")) >= 0)
            scaled = plain(a.movePointLeft(9)) + " bn";
        else if (a.abs().compareTo(new BigDecimal("1e6")) >= 0)
            scaled = plain(a.movePointLeft(6)) + " m";
        else
            scaled = plain(a);
        String symbol = switch (currency) {
            case "USD" -> "US$";
            case "EUR" -> "€";
            case "VND" -> "VND ";
            case "" -> "";
            default -> currency + " ";
        };
        return symbol + scaled;
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** Amount (up) against article date (across, one column per date), one dot per stated target, labelled with its value. */
    private String svg(List<Step> steps) {
        List<Step> withAmount = steps.stream().filter(s -> !s.amount().isEmpty()).toList();
        List<String> dates = withAmount.stream().map(Step::published).distinct().sorted().toList();
        double max = withAmount.stream().mapToDouble(s -> Double.parseDouble(s.amount())).max().orElse(1);
        int column = 150, left = 80, top = 24, bottom = 40, h = 220;
        int w = left + column * dates.size() + 40;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"trail-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(w).append(' ').append(h)
         .append("\" width=\"").append(Math.min(100, 20 + 20 * dates.size())).append("%\" role=\"img\" aria-label=\"Target amounts by article date\">");
        s.append("<line x1=\"").append(left).append("\" y1=\"").append(h - bottom).append("\" x2=\"").append(w - 20)
         .append("\" y2=\"").append(h - bottom).append("\" stroke=\"#9aa3ad\"/>");
        s.append("<line x1=\"").append(left).append("\" y1=\"").append(top).append("\" x2=\"").append(left)
         .append("\" y2=\"").append(h - bottom).append("\" stroke=\"#9aa3ad\"/>");
        Map<String, Integer> placed = new LinkedHashMap<>();
        for (Step st : withAmount) {
            String key = st.published() + "|" + st.amount();
            if (placed.containsKey(key))
                continue;
            placed.put(key, 1);
            double x = left + column * (dates.indexOf(st.published()) + 0.4);
            double y = h - bottom - (h - top - bottom) * Double.parseDouble(st.amount()) / max;
            String value = money(st.amount(), st.currency());
            s.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"6\" fill=\"#d4a017\"><title>")
             .append(Html.esc(value + ", stated " + st.published() + " (" + st.file() + ")")).append("</title></circle>");
            s.append("<text x=\"").append(fmt(x + 10)).append("\" y=\"").append(fmt(y + 4)).append("\" font-size=\"13\">")
             .append(Html.esc(value)).append("</text>");
        }
        for (int i = 0; i < dates.size(); i++)
            s.append("<text x=\"").append(fmt(left + column * (i + 0.4))).append("\" y=\"").append(h - bottom + 18)
             .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#5b6472\">").append(Html.esc(dates.get(i))).append("</text>");
        s.append("<text x=\"").append(left - 8).append("\" y=\"").append(top + 4).append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#5b6472\">")
         .append(Html.esc(money(new BigDecimal(max).toPlainString(), withAmount.get(0).currency()))).append("</text>");
        s.append("<text x=\"").append(left - 8).append("\" y=\"").append(h - bottom + 4)
         .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#5b6472\">0</text>");
        s.append("</svg>");
        return s.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
