package org.diplomacykg.serve.pages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;

/**
 * {@code /timeline}: the events between two countries on a time axis, drawn as plain SVG (no
 * script, no library): time runs down a vertical axis with month ticks, each event is a dot at
 * its date in its type's colour, joined to its label (pushed down when labels would overlap),
 * which links to the event. Events without a date are listed apart. A form picks the two
 * countries and the event types; the data come from the saved query {@code timeline}, and the
 * page links to the same rows through the API.
 *
 * <pre>{@code
 * String html = new TimelinePage(values).render(events, countries, "id:country/viet-nam", "id:country/laos",
 *         Set.of("Talks"), allTypes, "api/timeline?…", null);
 * }</pre>
 */
public final class TimelinePage {
    private static final Pattern DAY_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
    private static final Pattern MONTH_DATE = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR_DATE = Pattern.compile("\\d{4}");
    /**
     * One row of the {@code timeline} query.
     *
     * @param iri          the event
     * @param date         "YYYY-MM-DD", "YYYY-MM", "YYYY" or "" (no date)
     * @param type         the event type's label
     * @param label        the event's label
     * @param place        the place's name, or ""
     * @param participants the participants' names, comma-separated
     */
    public record Event(Node iri, String date, String type, String label, String place, String participants) {}

    static final String[] PALETTE = {"#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#16a085", "#7f6a00",
            "#b03a6f", "#34495e", "#6d8c00", "#a0522d", "#2c7fb8", "#e67e22", "#5b6472"};
    private static final int ROW = 24;
    private static final int AXIS_X = 120;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final ValueRenderer values;

    public TimelinePage(ValueRenderer values) {
        this.values = values;
    }

    /**
     * @param events    the rows of the query, already filtered by type
     * @param countries every country to offer in the form: IRI → name
     * @param country1  the first country as given (IRI or prefixed name)
     * @param country2  the second country as given
     * @param types     the types chosen (empty: all)
     * @param allTypes  every type among the two countries' events
     * @param dataHref  the API call that gives these rows
     * @param error     the one-line problem with the request, or null
     */
    public String render(List<Event> events, Map<String, String> countries, String country1, String country2,
                         Set<String> types, Set<String> allTypes, String dataHref, String error) {
        var links = values.links();
        Html h = new Html();
        h.el("h1", "Timeline");
        h.el("p", "muted", "Events in which both countries take part, on a time axis (dates as the articles give them: "
                + "a month alone stands at its first day). Each label links to the event; the colour is its type.");
        form(h, countries, country1, country2, types, allTypes);
        if (error != null)
            h.el("p", "error", error);
        List<Event> dated = new ArrayList<>();
        List<Event> undated = new ArrayList<>();
        for (Event e : events)
            (parse(e.date()) == null ? undated : dated).add(e);
        List<String> typeOrder = new ArrayList<>(new TreeSet<>(allTypes));
        h.el("h2", "Dated events (" + dated.size() + ")");
        if (dated.isEmpty())
            h.el("p", "muted", "No dated events for these countries and types.");
        else
            h.raw(svg(dated, typeOrder));
        h.el("h2", "Undated events (" + undated.size() + ")");
        if (undated.isEmpty()) {
            h.el("p", "muted", "None.");
        } else {
            h.el("p", "muted", "The articles tell these events without a date.");
            h.open("ul", "list undated");
            for (Event e : undated) {
                h.open("li").raw(swatch(colour(e.type(), typeOrder))).text(e.type() + ": ");
                h.a(links.href(e.iri()), e.label());
                if (!e.participants().isEmpty())
                    h.el("span", "muted", " — " + e.participants());
                h.close("li");
            }
            h.close("ul");
        }
        h.open("p", "muted").text("The same rows as data: ").a(dataHref, "CSV").text(" (saved query ")
         .a(links.local("queries/timeline"), "timeline").text(").").close("p");
        return PageLayout.page("Timeline", links, h.toString());
    }

    private void form(Html h, Map<String, String> countries, String c1, String c2, Set<String> types, Set<String> allTypes) {
        h.raw("<form class=\"params view-filter\" method=\"get\" action=\"").text(values.links().local("timeline")).raw("\">");
        h.raw("<p>");
        select(h, "country1", "Country", countries, c1);
        select(h, "country2", "and country", countries, c2);
        h.raw("</p>");
        if (!allTypes.isEmpty()) {
            h.raw("<fieldset><legend>Event types (none ticked: all)</legend>");
            for (String t : new TreeSet<>(allTypes)) {
                h.raw("<label class=\"check\"><input type=\"checkbox\" name=\"type\" value=\"").text(t).raw("\"")
                 .raw(types.contains(t) ? " checked" : "").raw("> ").text(t).raw("</label> ");
            }
            h.raw("</fieldset>");
        }
        h.raw("<p><button type=\"submit\">Show</button></p></form>");
    }

    private static void select(Html h, String name, String label, Map<String, String> options, String chosen) {
        h.raw("<label>").text(label).raw(" <select name=\"").text(name).raw("\">");
        boolean found = false;
        for (var o : options.entrySet()) {
            boolean sel = o.getKey().equals(chosen);
            found |= sel;
            h.raw("<option value=\"").text(o.getKey()).raw("\"").raw(sel ? " selected" : "").raw(">").text(o.getValue())
             .raw("</option>");
        }
        if (!found && chosen != null && !chosen.isBlank())
            h.raw("<option value=\"").text(chosen).raw("\" selected>").text(chosen).raw("</option>");
        h.raw("</select></label> ");
    }

    /** The SVG: a vertical time axis, month ticks, one dot and one linked label per event. */
    String svg(List<Event> dated, List<String> typeOrder) {
        dated = new ArrayList<>(dated);
        dated.sort((a, b) -> parse(a.date()).compareTo(parse(b.date())));
        LocalDate first = parse(dated.get(0).date()).withDayOfMonth(1);
        LocalDate last = parse(dated.get(dated.size() - 1).date()).withDayOfMonth(1).plusMonths(1);
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        int axisHeight = Math.max(300, dated.size() * ROW);
        double perDay = (double) axisHeight / days;
        int top = 30;
        double[] dotY = new double[dated.size()];
        double[] labelY = new double[dated.size()];
        double previous = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < dated.size(); i++) {
            dotY[i] = top + ChronoUnit.DAYS.between(first, parse(dated.get(i).date())) * perDay;
            labelY[i] = Math.max(dotY[i], previous + ROW);
            previous = labelY[i];
        }
        int height = (int) Math.ceil(Math.max(top + axisHeight, previous) + 30);
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"timeline-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 960 ").append(height)
         .append("\" width=\"100%\" role=\"img\" aria-label=\"Timeline of ").append(dated.size()).append(" events\">");
        s.append("<line x1=\"").append(AXIS_X).append("\" y1=\"").append(top).append("\" x2=\"").append(AXIS_X)
         .append("\" y2=\"").append(top + axisHeight).append("\" stroke=\"#9aa3ad\" stroke-width=\"2\"/>");
        for (LocalDate m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            double y = top + ChronoUnit.DAYS.between(first, m) * perDay;
            s.append("<line x1=\"").append(AXIS_X - 6).append("\" y1=\"").append(fmt(y)).append("\" x2=\"").append(AXIS_X)
             .append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#9aa3ad\"/>");
            s.append("<text class=\"tick\" x=\"").append(AXIS_X - 10).append("\" y=\"").append(fmt(y + 4))
             .append("\" text-anchor=\"end\" font-size=\"12\" fill=\"#5b6472\">").append(Html.esc(MONTH.format(m))).append("</text>");
        }
        for (int i = 0; i < dated.size(); i++) {
            Event e = dated.get(i);
            String colour = colour(e.type(), typeOrder);
            s.append("<g class=\"event\">");
            s.append("<polyline points=\"").append(AXIS_X).append(',').append(fmt(dotY[i])).append(' ').append(AXIS_X + 20)
             .append(',').append(fmt(labelY[i])).append(' ').append(AXIS_X + 28).append(',').append(fmt(labelY[i]))
             .append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"1\"/>");
            s.append("<circle cx=\"").append(AXIS_X).append("\" cy=\"").append(fmt(dotY[i])).append("\" r=\"5\" fill=\"")
             .append(colour).append("\"><title>").append(Html.esc(e.date() + " · " + e.type())).append("</title></circle>");
            s.append("<a href=\"").append(Html.esc(values.links().href(e.iri()))).append("\">");
            s.append("<text x=\"").append(AXIS_X + 32).append("\" y=\"").append(fmt(labelY[i] + 4)).append("\" font-size=\"13\">")
             .append("<tspan fill=\"#5b6472\">").append(Html.esc(e.date())).append("</tspan> ")
             .append("<tspan fill=\"").append(colour).append("\" font-weight=\"600\">").append(Html.esc(e.type())).append("</tspan> ")
             .append("<tspan fill=\"#1d2330\">").append(Html.esc(cut(e.label(), 70))).append("</tspan></text>");
            s.append("<title>").append(Html.esc(e.label() + (e.participants().isEmpty() ? "" : " — " + e.participants())
                    + (e.place().isEmpty() ? "" : " · " + e.place()))).append("</title></a></g>");
        }
        s.append("</svg>");
        return s.toString();
    }

    static String colour(String type, List<String> typeOrder) {
        int i = typeOrder.indexOf(type);
        return PALETTE[Math.floorMod(i < 0 ? type.hashCode() : i, PALETTE.length)];
    }

    private static String swatch(String colour) {
        return "<span class=\"swatch\" style=\"background:" + colour + "\"></span>";
    }

    /** The day a date string stands for ("2025-12" → 1 December 2025), or null when it is not a date. */
    static LocalDate parse(String date) {
        try {
            if (DAY_DATE.matcher(date).matches())
                return LocalDate.parse(date.substring(0, 10));
            if (MONTH_DATE.matcher(date).matches())
                return LocalDate.parse(date + "-01");
            if (YEAR_DATE.matcher(date).matches())
                return LocalDate.parse(date + "-01-01");
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String cut(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
