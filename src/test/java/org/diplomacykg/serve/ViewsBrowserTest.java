package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views analysts expect, rendered by Chromium on the seed store: the timeline (dated events
 * on the axis, undated ones apart, filters by country pair and type), the network (one line per
 * pair, as thick as the events they share, actors linking to their pages), the commitment trail
 * (US$5 bn → US$10 bn), and the links to them from the landing page and entity pages. Each count
 * is checked against the saved query the view is drawn from. Screenshots go to target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ViewsBrowserTest {
    static final String ID = "https://w3id.org/diplomacy-kg/id/";
    HeadlessChromium chromium;
    KgServer server;
    SiteContext site;

    @BeforeAll
    void start(@TempDir Path tmp) {
        chromium = HeadlessChromium.findOrSkip(tmp);
        ServeConfig config = SeedSite.config(tmp.resolve("fuseki")).build();
        server = KgServer.start(SeedSite.store().dataset(), config);
        site = SiteContext.of(SeedSite.store().dataset(), config);
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.close();
    }

    List<Map<String, Node>> rows(String query, Map<String, String> params) {
        return Txn.calculateRead(site.dsg(), () -> SavedQueryRows.run(site, query, params));
    }

    URI at(String path) {
        return server.url().resolve(path);
    }

    static int count(String dom, String regex) {
        Matcher m = Pattern.compile(regex).matcher(dom);
        int n = 0;
        while (m.find())
            n++;
        return n;
    }

    @Test
    void timelinePutsDatedEventsOnTheAxisAndUndatedOnesApart() throws Exception {
        List<Map<String, Node>> all = rows("timeline", Map.of());
        long undated = all.stream().filter(r -> SavedQueryRows.text(r, "date").isEmpty()).count();
        assertTrue(all.size() - undated >= 10 && undated >= 1, "the seeds have dated and undated Việt Nam–Laos events");
        String dom = chromium.dumpDom(at("timeline"));
        assertTrue(dom.contains("<svg class=\"timeline-chart\""), dom);
        assertEquals(all.size() - undated, count(dom, "<g class=\"event\">"), "one mark per dated event");
        assertEquals(undated, count(dom, "<li><span class=\"swatch\""), "undated events listed apart");
        for (Map<String, Node> r : all)
            assertTrue(dom.contains("href=\"" + r.get("event").getURI().substring(ID.length() - 3) + "\""), "links to " + r.get("event"));
        assertTrue(dom.contains(">Dec 2025</text>") && dom.contains(">Jan 2026</text>"), "month ticks on the axis");
        chromium.screenshot(at("timeline"), HeadlessChromium.SCREENSHOTS.resolve("timeline.png"), "1200,1300");
    }

    @Test
    void timelineFiltersByTypeAndCountryPair() throws Exception {
        long talks = rows("timeline", Map.of()).stream()
                .filter(r -> SavedQueryRows.text(r, "type").equals("Talks") && !SavedQueryRows.text(r, "date").isEmpty()).count();
        assertTrue(talks >= 2, "talks in December and January");
        String dom = chromium.dumpDom(at("timeline?type=Talks"));
        assertEquals(talks, count(dom, "<g class=\"event\">"), "only talks");
        assertTrue(dom.contains("value=\"Talks\" checked"), "the filter stays ticked");

        List<Map<String, Node>> cambodia = rows("timeline", Map.of("country2", "id:country/cambodia"));
        assertTrue(!cambodia.isEmpty(), "Việt Nam–Cambodia events in the seeds");
        String withCambodia = chromium.dumpDom(at("timeline?country1=id:country/viet-nam&country2=id:country/cambodia"));
        long dated = cambodia.stream().filter(r -> !SavedQueryRows.text(r, "date").isEmpty()).count();
        assertEquals(dated, count(withCambodia, "<g class=\"event\">"));
        assertTrue(withCambodia.contains("value=\"" + ID + "country/cambodia\" selected"), "the pair stays chosen");
    }

    @Test
    void networkDrawsEveryPairWeightedAndEveryActorClickable() throws Exception {
        List<Map<String, Node>> pairs = rows("network", Map.of());
        Set<Node> actors = new HashSet<>();
        pairs.forEach(r -> {
            actors.add(r.get("actor1"));
            actors.add(r.get("actor2"));
        });
        String dom = chromium.dumpDom(at("network"));
        assertTrue(dom.contains("<svg class=\"network-chart\""), dom);
        assertEquals(pairs.size(), count(dom, "<line class=\"link\""), "one line per pair");
        assertEquals(actors.size(), count(dom, "<a class=\"actor\" href=\""), "one clickable circle per actor");
        int most = Integer.parseInt(SavedQueryRows.text(pairs.get(0), "shared_events"));
        assertTrue(most > 1, "the busiest pair shares several events");
        Matcher widths = Pattern.compile("stroke-width=\"([0-9.]+)\" data-shared=\"(\\d+)\"").matcher(dom);
        double widest = 0, thinnest = Double.MAX_VALUE;
        while (widths.find()) {
            double w = Double.parseDouble(widths.group(1));
            if (Integer.parseInt(widths.group(2)) == most)
                widest = w;
            if (widths.group(2).equals("1"))
                thinnest = Math.min(thinnest, w);
        }
        assertTrue(widest > thinnest, "weighted: " + widest + " > " + thinnest);
        assertTrue(dom.contains("<a class=\"actor\" href=\"id/person/to-lam\">"), "Tô Lâm links to his page");
        chromium.screenshot(at("network"), HeadlessChromium.SCREENSHOTS.resolve("network.png"), "1200,1000");

        String ego = chromium.dumpDom(at("network?focus=id:person/xaysomphone-phomvihane"));
        assertTrue(count(ego, "<line class=\"link\"") < pairs.size(), "a focus keeps its partners only");
        assertTrue(ego.contains("fill=\"#c0392b\""), "the focus is marked");
    }

    @Test
    void commitmentTrailShowsTheTargetGrowingAcrossArticles() throws Exception {
        String commitment = "id/commitment/001-355fb81d80dc29d6-c6";
        List<Map<String, Node>> trail = rows("commitment-trail", Map.of("of", ID + commitment.substring(3)));
        assertTrue(trail.stream().map(r -> SavedQueryRows.text(r, "file")).distinct().count() >= 3, "stated in several articles");
        String dom = chromium.dumpDom(at(commitment));
        assertTrue(dom.contains("id=\"commitment-trail\""), dom);
        assertTrue(dom.matches("(?s).*Bilateral trade: </strong>US\\$5 bn \\([0-9-]+\\) → US\\$10 bn \\([0-9-]+\\).*"), "5 then 10 bn");
        assertTrue(dom.contains("<svg class=\"trail-chart\""));
        assertEquals(trail.size(), count(dom, "<tr( class=\"self\")?><td>20"), "one table row per commitment and target");
        chromium.screenshot(at(commitment), HeadlessChromium.SCREENSHOTS.resolve("commitment-trail.png"), "1200,2000");

        String project = chromium.dumpDom(at("id/project/vientiane-vung-ang-railway"));
        assertTrue(project.contains("id=\"commitment-trail\""), "the railway's commitments across articles");
    }

    @Test
    void viewsAreLinkedFromTheLandingPageAndEntityPages() throws Exception {
        String landing = chromium.dumpDom(at(""));
        assertTrue(landing.contains("href=\"timeline\"") && landing.contains("href=\"network\"") && landing.contains("href=\"api/\""));
        chromium.screenshot(at(""), HeadlessChromium.SCREENSHOTS.resolve("views-landing.png"), "1200,1500");
        String person = chromium.dumpDom(at("id/person/to-lam"));
        assertTrue(person.contains("href=\"../../network?focus=" + ID + "person/to-lam\""), "network of the person");
        assertTrue(person.contains("href=\"../../timeline?country1=" + ID + "country/viet-nam&amp;country2=" + ID + "country/laos\""),
                "the timeline of his country");
        chromium.screenshot(at("id/person/to-lam"), HeadlessChromium.SCREENSHOTS.resolve("person.png"), "1200,1600");
        String country = chromium.dumpDom(at("id/country/laos"));
        assertTrue(country.contains("href=\"../../timeline?country1=" + ID + "country/laos&amp;country2=" + ID + "country/viet-nam\""),
                "Laos's timeline with Việt Nam");
        String event = "id/event/2025-12-talks-thongloun-sisoulith-to-lam";
        assertTrue(chromium.dumpDom(at(event)).contains("href=\"../../timeline\""), "an event links to the timeline");
        chromium.screenshot(at(event), HeadlessChromium.SCREENSHOTS.resolve("event-seed.png"), "1200,1600");
        chromium.screenshot(at("api/"), HeadlessChromium.SCREENSHOTS.resolve("api.png"), "1200,1600");
    }
}
