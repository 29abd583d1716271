package org.diplomacykg.serve.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * {@code /network}: actors linked by the events they share, drawn as plain SVG: each actor a
 * circle (sized by how many shared events it has) that links to its page, each pair a line as
 * thick as the number of events they share, with a tooltip naming them. Laid out by
 * {@link ForceLayout} (deterministic: the same data give the same picture). With a focus, that
 * actor and its partners are highlighted and the others faded. The data come from the saved
 * query {@code network}; a table lists the pairs too.
 *
 * <pre>{@code
 * String html = new NetworkPage(values).render(pairs, "https://w3id.org/diplomacy-kg/ontology#Person", focusIri, "api/network?…", null);
 * }</pre>
 */
public final class NetworkPage {
    /** One row of the {@code network} query: a pair of actors and how many events they share. */
    public record Pair(Node actor1, String name1, Node actor2, String name2, int shared, String events) {}

    /** The kinds of actor the form offers: class IRI (prefixed) → label; "" for every kind. */
    public static final Map<String, String> KINDS = kinds();
    static final int WIDTH = 960;
    static final int HEIGHT = 680;

    private final ValueRenderer values;

    public NetworkPage(ValueRenderer values) {
        this.values = values;
    }

    private static Map<String, String> kinds() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("", "every actor");
        m.put("dip:Person", "people");
        m.put("dip:Country", "countries");
        m.put("dip:Organization", "organisations");
        return m;
    }

    /**
     * @param pairs    the rows of the query
     * @param kind     the kind chosen (a key of {@link #KINDS})
     * @param focus    the actor to highlight, or null
     * @param dataHref the API call that gives these rows
     * @param error    the one-line problem with the request, or null
     */
    public String render(List<Pair> pairs, String kind, Node focus, String dataHref, String error) {
        var links = values.links();
        Html h = new Html();
        h.el("h1", focus == null ? "Network" : "Network of " + values.labels().of(focus));
        h.el("p", "muted", "Actors linked by the events they take part in together: the thicker the line, the more "
                + "events they share; the bigger the circle, the more shared events in all. Click an actor for its page.");
        h.raw("<form class=\"params view-filter\" method=\"get\" action=\"").text(links.local("network")).raw("\"><p><label>Show ")
         .raw("<select name=\"kind\">");
        for (var k : KINDS.entrySet())
            h.raw("<option value=\"").text(k.getKey()).raw("\"").raw(k.getKey().equals(kind) ? " selected" : "").raw(">")
             .text(k.getValue()).raw("</option>");
        h.raw("</select></label> ");
        if (focus != null)
            h.raw("<input type=\"hidden\" name=\"focus\" value=\"").text(focus.getURI()).raw("\">");
        h.raw("<button type=\"submit\">Show</button></p></form>");
        if (error != null)
            h.el("p", "error", error);
        if (pairs.isEmpty())
            h.el("p", "muted", "No actors share an event here.");
        else
            h.raw(svg(pairs, focus));
        h.el("h2", "Pairs (" + pairs.size() + ")");
        h.raw("<table class=\"props results\"><tr><th>Actor</th><th>Actor</th><th>Shared events</th></tr>");
        for (Pair p : pairs) {
            h.raw("<tr><td>").a(links.href(p.actor1()), p.name1()).raw("</td><td>").a(links.href(p.actor2()), p.name2())
             .raw("</td><td title=\"").text(p.events()).raw("\">").text(String.valueOf(p.shared())).raw("</td></tr>");
        }
        h.raw("</table>");
        h.open("p", "muted").text("The same rows as data: ").a(dataHref, "CSV").text(" (saved query ")
         .a(links.local("queries/network"), "network").text(").").close("p");
        return PageLayout.page("Network", links, h.toString());
    }

    String svg(List<Pair> pairs, Node focus) {
        Map<Node, String> names = new LinkedHashMap<>();
        Map<Node, Integer> weight = new LinkedHashMap<>();
        for (Pair p : pairs) {
            names.putIfAbsent(p.actor1(), p.name1());
            names.putIfAbsent(p.actor2(), p.name2());
            weight.merge(p.actor1(), p.shared(), Integer::sum);
            weight.merge(p.actor2(), p.shared(), Integer::sum);
        }
        List<Node> nodes = new ArrayList<>(names.keySet());
        nodes.sort(Comparator.comparing(names::get));
        List<ForceLayout.Edge> edges = new ArrayList<>();
        for (Pair p : pairs)
            edges.add(new ForceLayout.Edge(nodes.indexOf(p.actor1()), nodes.indexOf(p.actor2()), p.shared()));
        double[][] xy = ForceLayout.layout(nodes.size(), edges, WIDTH, HEIGHT, 60);
        Set<Node> near = new HashSet<>();
        if (focus != null) {
            near.add(focus);
            for (Pair p : pairs)
                if (p.actor1().equals(focus) || p.actor2().equals(focus)) {
                    near.add(p.actor1());
                    near.add(p.actor2());
                }
        }
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"network-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
         .append(HEIGHT).append("\" width=\"100%\" role=\"img\" aria-label=\"Network of ").append(nodes.size())
         .append(" actors and ").append(pairs.size()).append(" links\">");
        for (Pair p : pairs) {
            int a = nodes.indexOf(p.actor1());
            int b = nodes.indexOf(p.actor2());
            boolean lit = focus == null || p.actor1().equals(focus) || p.actor2().equals(focus);
            s.append("<line class=\"link\" x1=\"").append(fmt(xy[a][0])).append("\" y1=\"").append(fmt(xy[a][1]))
             .append("\" x2=\"").append(fmt(xy[b][0])).append("\" y2=\"").append(fmt(xy[b][1]))
             .append("\" stroke=\"").append(lit ? "#1f5fa8" : "#c9ced6").append("\" stroke-opacity=\"").append(lit ? "0.55" : "0.35")
             .append("\" stroke-width=\"").append(fmt(1 + 2.2 * Math.log(1 + p.shared()) / Math.log(2)))
             .append("\" data-shared=\"").append(p.shared()).append("\"><title>")
             .append(Html.esc(p.name1() + " — " + p.name2() + ": " + p.shared() + (p.shared() == 1 ? " event" : " events")
                     + (p.events().isEmpty() ? "" : " (" + p.events() + ")")))
             .append("</title></line>");
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            boolean lit = focus == null || near.contains(n);
            double r = 5 + 2.2 * Math.sqrt(weight.get(n));
            s.append("<a class=\"actor\" href=\"").append(Html.esc(values.links().href(n))).append("\">");
            s.append("<circle cx=\"").append(fmt(xy[i][0])).append("\" cy=\"").append(fmt(xy[i][1])).append("\" r=\"").append(fmt(r))
             .append("\" fill=\"").append(n.equals(focus) ? "#c0392b" : lit ? "#1f5fa8" : "#c9ced6")
             .append("\" stroke=\"#fff\" stroke-width=\"1.5\"><title>")
             .append(Html.esc(names.get(n) + ": " + weight.get(n) + " shared events")).append("</title></circle>");
            s.append("<text x=\"").append(fmt(xy[i][0])).append("\" y=\"").append(fmt(xy[i][1] - r - 4))
             .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"").append(lit ? "#1d2330" : "#9aa3ad")
             .append("\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\">").append(Html.esc(names.get(n))).append("</text>");
            s.append("</a>");
        }
        s.append("</svg>");
        return s.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
