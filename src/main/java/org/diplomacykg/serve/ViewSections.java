package org.diplomacykg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplomacykg.query.QueryFailedException;
import org.diplomacykg.query.QueryParam;
import org.diplomacykg.query.QueryUsageException;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.serve.pages.ApiPage;
import org.diplomacykg.serve.pages.CommitmentTrailSection;
import org.diplomacykg.serve.pages.Html;
import org.diplomacykg.serve.pages.KgView;
import org.diplomacykg.serve.pages.ValueRenderer;

/**
 * The sections a resource page gets from the views: links to the timeline and the network with
 * the resource in them (countries: their timeline with the default partner; actors: their
 * network; events: the timeline), and on commitment and project pages the commitment trail
 * from the saved query {@code commitment-trail}.
 *
 * <p>Example: {@code ViewSections.of(site, view, values, iri)} is "" for a place, and a "Views"
 * list plus a "Commitment trail" section for a trade commitment.
 */
final class ViewSections {
    static final String TRAIL_QUERY = "commitment-trail";

    private ViewSections() {}

    /** Ready markup; "" when the resource has no view. Runs inside the caller's read transaction. */
    static String of(SiteContext site, KgView view, ValueRenderer values, Node iri) {
        Html h = new Html();
        links(site, view, values, iri, h);
        if (view.hasType(iri, KgTerms.COMMITMENT) || view.hasType(iri, KgTerms.PROJECT))
            h.raw(trail(site, values, iri));
        return h.toString();
    }

    private static void links(SiteContext site, KgView view, ValueRenderer values, Node iri, Html h) {
        var links = values.links();
        List<String[]> items = new ArrayList<>();
        String name = view.labels().of(iri);
        if (view.hasType(iri, KgTerms.COUNTRY) && site.queries().text("timeline").isPresent())
            items.add(new String[] {links.local("timeline") + ApiPage.queryString(timelinePair(site, iri)),
                    "Timeline of " + name + " with " + partnerName(site, view, iri)});
        if (!view.hasType(iri, KgTerms.COUNTRY) && site.queries().text("timeline").isPresent())
            // a person's or organisation's country: the timeline its events are on
            for (Node country : view.objects(iri, DIP.country.asNode()))
                if (country.isURI() && view.hasType(country, KgTerms.COUNTRY)) {
                    items.add(new String[] {links.local("timeline") + ApiPage.queryString(timelinePair(site, country)),
                            "Timeline of " + view.labels().of(country) + " with " + partnerName(site, view, country)});
                    break;
                }
        if (view.isEvent(iri) && site.queries().text("timeline").isPresent())
            items.add(new String[] {links.local("timeline"), "The timeline"});
        boolean actor = view.hasType(iri, KgTerms.PERSON) || view.hasType(iri, KgTerms.ORGANIZATION)
                || view.hasType(iri, KgTerms.COUNTRY);
        if (actor && site.queries().text("network").isPresent())
            items.add(new String[] {links.local("network") + ApiPage.queryString(Map.of("focus", iri.getURI())), "Network of " + name
                    + " (who shares events with " + name + ")"});
        if (items.isEmpty())
            return;
        h.el("h2", "Views");
        h.open("ul", "list views");
        for (String[] item : items)
            h.open("li").a(item[0], item[1]).close("li");
        h.close("ul");
    }

    /** This country and the timeline's default partner (its first country, or its second when that is this one). */
    private static Map<String, String> timelinePair(SiteContext site, Node country) {
        Map<String, String> pair = new LinkedHashMap<>();
        pair.put("country1", country.getURI());
        pair.put("country2", partner(site, country));
        return pair;
    }

    private static String partner(SiteContext site, Node country) {
        try {
            QueryParam c1 = site.queries().get("timeline").param("country1");
            QueryParam c2 = site.queries().get("timeline").param("country2");
            String first = c1 == null || c1.defaultValue() == null ? "" : ViewsServlet.expand(c1.defaultValue());
            String second = c2 == null || c2.defaultValue() == null ? "" : ViewsServlet.expand(c2.defaultValue());
            return first.equals(country.getURI()) ? second : first;
        } catch (QueryUsageException e) {
            return "";
        }
    }

    private static String partnerName(SiteContext site, KgView view, Node country) {
        String p = partner(site, country);
        return p.isEmpty() ? "its partner" : view.labels().of(NodeFactory.createURI(p));
    }

    private static String trail(SiteContext site, ValueRenderer values, Node iri) {
        if (site.queries().text(TRAIL_QUERY).isEmpty())
            return "";
        List<CommitmentTrailSection.Step> steps = new ArrayList<>();
        try {
            for (Map<String, Node> row : SavedQueryRows.run(site, TRAIL_QUERY, Map.of("of", iri.getURI())))
                steps.add(new CommitmentTrailSection.Step(row.get("commitment"), SavedQueryRows.text(row, "commitment_label"),
                        SavedQueryRows.text(row, "published"), SavedQueryRows.text(row, "modality"),
                        SavedQueryRows.text(row, "amount"), SavedQueryRows.text(row, "currency"),
                        SavedQueryRows.text(row, "metric"), SavedQueryRows.text(row, "deadline"),
                        SavedQueryRows.text(row, "file")));
        } catch (QueryUsageException | QueryFailedException e) {
            // the page still shows everything else; the trail's own page says what is wrong
            return "";
        }
        String queryHref = values.links().local("queries/" + TRAIL_QUERY) + ApiPage.queryString(Map.of("of", iri.getURI()));
        return new CommitmentTrailSection(values).render(steps, iri, queryHref);
    }
}
