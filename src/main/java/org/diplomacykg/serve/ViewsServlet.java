package org.diplomacykg.serve;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.system.Txn;
import org.diplomacykg.query.ParameterBinder;
import org.diplomacykg.query.QueryFailedException;
import org.diplomacykg.query.QueryParam;
import org.diplomacykg.query.QueryUsageException;
import org.diplomacykg.query.SavedQuery;
import org.diplomacykg.serve.pages.ApiPage;
import org.diplomacykg.serve.pages.Category;
import org.diplomacykg.serve.pages.KgView;
import org.diplomacykg.serve.pages.NetworkPage;
import org.diplomacykg.serve.pages.TimelinePage;
import org.diplomacykg.serve.pages.ValueRenderer;

/**
 * The views drawn from saved queries: {@code /timeline} (query {@code timeline}: the events of a
 * pair of countries, {@code ?country1=&country2=}, filtered by {@code ?type=} event types) and
 * {@code /network} (query {@code network}: actors linked by shared events, {@code ?kind=} a class,
 * {@code ?focus=} an actor whose partners are shown). The query parameters are bound as the API
 * binds them; a value that does not fit answers 400 with the page and the one-line problem.
 *
 * <p>Example: {@code GET /timeline?country2=id:country/cambodia&type=Talks}.
 */
public final class ViewsServlet extends HttpServlet {
    /** Which view a mapping serves. */
    public enum View { TIMELINE, NETWORK }

    private final transient SiteContext site;
    private final View view;

    public ViewsServlet(SiteContext site, View view) {
        this.site = site;
        this.view = view;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Links links = Links.forRequest(req, site.baseUrl());
        String query = view == View.TIMELINE ? "timeline" : "network";
        if (site.queries().text(query).isEmpty()) {
            Responses.text(resp, 404, "this view is drawn from the saved query '" + query
                    + "', which is not among this server's queries (--queries)");
            return;
        }
        Page page = Txn.calculateRead(site.dsg(), () -> view == View.TIMELINE ? timeline(req, links) : network(req, links));
        Responses.send(resp, page.status(), "text/html; charset=utf-8", Responses.utf8(page.html()));
    }

    private record Page(int status, String html) {}

    private Page timeline(HttpServletRequest req, Links links) {
        KgView kg = new KgView(site.dsg(), site.ontology().graph(site.dsg()));
        SavedQuery q = site.queries().get("timeline");
        RequestValues values = RequestValues.read(q, req.getParameterMap(), Set.of("type"));
        Set<String> types = new LinkedHashSet<>(Arrays.asList(req.getParameterValues("type") == null ? new String[0]
                : req.getParameterValues("type")));
        types.removeIf(String::isBlank);
        String error = values.error();
        List<TimelinePage.Event> events = new ArrayList<>();
        Set<String> allTypes = new HashSet<>();
        if (error == null) {
            try {
                for (Map<String, Node> row : SavedQueryRows.run(site, "timeline", values.toBind())) {
                    TimelinePage.Event e = new TimelinePage.Event(row.get("event"), SavedQueryRows.text(row, "date"),
                            SavedQueryRows.text(row, "type"), SavedQueryRows.text(row, "event_label"),
                            SavedQueryRows.text(row, "place"), SavedQueryRows.text(row, "participants"));
                    allTypes.add(e.type());
                    if (types.isEmpty() || types.contains(e.type()))
                        events.add(e);
                }
            } catch (QueryUsageException e) {
                error = RequestValues.webMessage(e.getMessage());
            } catch (QueryFailedException e) {
                error = "The query was stopped at the server's time limit (" + site.config().timeout().toSeconds() + " s).";
            }
        }
        Map<String, String> countries = new LinkedHashMap<>();
        for (Node c : Category.COUNTRIES.members(kg))
            countries.put(c.getURI(), kg.labels().of(c));
        String c1 = valueOrDefault(q, values, "country1");
        String c2 = valueOrDefault(q, values, "country2");
        String html = new TimelinePage(new ValueRenderer(kg.labels(), links)).render(events, countries,
                expand(c1), expand(c2), types, allTypes, links.local(ApiPage.call("timeline", values.given(), "csv")), error);
        return new Page(error == null ? 200 : 400, html);
    }

    private Page network(HttpServletRequest req, Links links) {
        KgView kg = new KgView(site.dsg(), site.ontology().graph(site.dsg()));
        SavedQuery q = site.queries().get("network");
        RequestValues values = RequestValues.read(q, req.getParameterMap(), Set.of("focus"));
        String error = values.error();
        Node focus = null;
        String focusText = req.getParameter("focus");
        if (focusText != null && !focusText.isBlank()) {
            String iri = expand(focusText.strip());
            if (IRIs.check(iri) && iri.contains(":"))
                focus = NodeFactory.createURI(iri);
            else if (error == null)
                error = "focus: '" + focusText + "' is not an IRI (give one such as id:person/to-lam)";
        }
        List<NetworkPage.Pair> pairs = new ArrayList<>();
        if (error == null) {
            try {
                for (Map<String, Node> row : SavedQueryRows.run(site, "network", values.toBind()))
                    pairs.add(new NetworkPage.Pair(row.get("actor1"), SavedQueryRows.text(row, "actor1_name"),
                            row.get("actor2"), SavedQueryRows.text(row, "actor2_name"),
                            Integer.parseInt(SavedQueryRows.text(row, "shared_events")), SavedQueryRows.text(row, "events")));
            } catch (QueryUsageException e) {
                error = RequestValues.webMessage(e.getMessage());
            } catch (QueryFailedException e) {
                error = "The query was stopped at the server's time limit (" + site.config().timeout().toSeconds() + " s).";
            }
        }
        if (focus != null)
            pairs = egoNetwork(pairs, focus);
        String kind = values.given().getOrDefault("kind", "");
        String html = new NetworkPage(new ValueRenderer(kg.labels(), links)).render(pairs, kind, focus,
                links.local(ApiPage.call("network", values.given(), "csv")), error);
        return new Page(error == null ? 200 : 400, html);
    }

    /** The focus, its partners, and the links among them. */
    static List<NetworkPage.Pair> egoNetwork(List<NetworkPage.Pair> pairs, Node focus) {
        Set<Node> near = new HashSet<>(Set.of(focus));
        for (NetworkPage.Pair p : pairs)
            if (p.actor1().equals(focus) || p.actor2().equals(focus)) {
                near.add(p.actor1());
                near.add(p.actor2());
            }
        return pairs.stream().filter(p -> near.contains(p.actor1()) && near.contains(p.actor2())).toList();
    }

    private static String valueOrDefault(SavedQuery q, RequestValues values, String name) {
        String v = values.toBind().get(name);
        if (v != null)
            return v;
        QueryParam p = q.param(name);
        return p == null || p.defaultValue() == null ? "" : p.defaultValue();
    }

    /** A prefixed name with one of the project's prefixes ({@code id:country/laos}) as a full IRI; anything else as is. */
    static String expand(String value) {
        return ParameterBinder.expand(value, null);
    }
}
