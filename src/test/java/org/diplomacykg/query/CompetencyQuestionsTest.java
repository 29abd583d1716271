package org.diplomacykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.diplomacykg.pipeline.ArticleGraphBuilder;
import org.diplomacykg.pipeline.ArticleLoader;
import org.diplomacykg.pipeline.Progress;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's competency questions: each saved query on the store built from {@code seeds/},
 * with the answers an analyst reading the five seed articles expects. When extraction changes,
 * these say what an analyst would notice.
 */
@Tag("competency")
class CompetencyQuestionsTest {
    private static final SavedQueries CATALOGUE = SavedQueries.fromDirectory(Path.of("queries"));
    private static final String ID = "https://w3id.org/diplomacy-kg/id/";
    private static final String TO_LAM = ID + "person/to-lam";
    private static final String THONGLOUN = ID + "person/thongloun-sisoulith";
    private static final String RAILWAY = ID + "project/vientiane-vung-ang-railway";

    @TempDir
    static Path dir;
    static QueryRunner runner;
    static KgStore store;

    @BeforeAll
    static void loadSeeds() throws Exception {
        store = KgStore.open(dir.resolve("store"));
        new ArticleLoader(new ArticleGraphBuilder(), r -> {
            throw new IllegalStateException("seed rejected: " + r.userMessage());
        }, Progress.NONE).load(List.of(Path.of("seeds")), store);
        runner = QueryRunner.local(store.dataset(), Duration.ofSeconds(60));
    }

    /** Rows with IRIs in full and literals as their text. */
    static List<Map<String, String>> rows(String name, Map<String, String> params) {
        SavedQuery q = CATALOGUE.get(name);
        QueryResult r = runner.run(ParameterBinder.apply(q.query(), ParameterBinder.bind(q, params)));
        ResultSetRewindable rs = ((QueryResult.Rows) r).resultSet();
        List<Map<String, String>> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new HashMap<>();
            for (String v : rs.getResultVars()) {
                RDFNode n = s.get(v);
                row.put(v, n == null ? "" : n.isURIResource() ? n.asResource().getURI()
                        : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            }
            out.add(row);
        }
        return out;
    }

    private static Map<String, String> theTalksOfFirstDecember() {
        return rows("timeline", Map.of()).stream()
                .filter(r -> r.get("type").equals("Talks") && r.get("date").equals("2025-12-01")
                        && r.get("participants").contains("Tô Lâm") && r.get("participants").contains("Thongloun Sisoulith"))
                .findFirst().orElseThrow(() -> new AssertionError("no 1 December 2025 talks between Tô Lâm and "
                        + "Thongloun Sisoulith in the Việt Nam–Laos timeline: " + rows("timeline", Map.of())));
    }

    private static String theStateVisitToLaos() {
        return rows("timeline", Map.of()).stream()
                .filter(r -> r.get("type").equals("State visit") && r.get("date").startsWith("2025-12"))
                .map(r -> r.get("event")).findFirst()
                .orElseThrow(() -> new AssertionError("no December 2025 state visit in the timeline"));
    }

    // 1
    @Test
    void timelineHasTheTalksOfFirstDecemberFromThreeArticles() {
        Map<String, String> talks = theTalksOfFirstDecember();
        assertEquals("3", talks.get("article_count"), talks.toString());
    }

    @Test
    void timelineRunsFromTheStateVisitToTheJanuaryVisit() {
        List<Map<String, String>> rows = rows("timeline", Map.of());
        assertTrue(rows.stream().anyMatch(r -> r.get("type").equals("State visit") && r.get("date").startsWith("2025-12")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("date").startsWith("2026-01")), rows.toString());
        List<String> dates = rows.stream().map(r -> r.get("date")).filter(d -> !d.isEmpty()).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "oldest first");
    }

    // 2
    @Test
    void everyLaoPrimeMinisterTheArticlesName() {
        List<Map<String, String>> rows = rows("roles", Map.of("role", "Prime Minister", "in", ID + "country/laos"));
        assertTrue(rows.stream().anyMatch(r -> r.get("person").equals(ID + "person/sonexay-siphandone")), rows.toString());
    }

    @Test
    void rolesOfOnePerson() {
        List<Map<String, String>> rows = rows("roles", Map.of("person", THONGLOUN));
        assertTrue(rows.stream().anyMatch(r -> r.get("role_title").contains("General Secretary")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("role_title").contains("President")), rows.toString());
    }

    // 3
    @Test
    void toLamMetSonexaySiphandoneOnFirstDecember() {
        List<Map<String, String>> rows = rows("person-meetings", Map.of("person", TO_LAM));
        assertTrue(rows.stream().anyMatch(r -> r.get("date").equals("2025-12-01") && r.get("with").contains("Sonexay Siphandone")),
                rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("with").contains("Thongloun Sisoulith")), rows.toString());
    }

    // 4
    @Test
    void tradeCommitmentsWithPartiesTargetsAndQuotes() {
        List<Map<String, String>> rows = rows("commitments", Map.of("area", "dip:EconomyTrade"));
        assertFalse(rows.isEmpty(), "no economy and trade commitments");
        Map<String, String> withTarget = rows.stream().filter(r -> r.get("targets").contains("5000000000")).findFirst()
                .orElseThrow(() -> new AssertionError("no trade commitment with the US$5 billion target: " + rows));
        assertTrue(withTarget.get("parties").contains("Việt Nam") || withTarget.get("parties").contains("Laos"), withTarget.toString());
        assertFalse(withTarget.get("quotes").isBlank(), withTarget.toString());
        assertFalse(rows("commitments", Map.of("area", "dip:DefenceSecurity")).isEmpty(),
                "no defence and security commitment (000: defence and security cooperation will continue to be the key)");
    }

    // 5
    @Test
    void tradeTargetsOfFiveThenTenBillionDollars() {
        List<Map<String, String>> rows = rows("targets", Map.of());
        Map<String, String> five = rows.stream().filter(r -> r.get("amount").equals("5000000000") && r.get("currency").equals("USD"))
                .findFirst().orElseThrow(() -> new AssertionError("no 5000000000 USD target: " + rows));
        Map<String, String> ten = rows.stream().filter(r -> r.get("amount").equals("10000000000") && r.get("currency").equals("USD"))
                .findFirst().orElseThrow(() -> new AssertionError("no 10000000000 USD target: " + rows));
        assertTrue(five.get("first_stated").compareTo(ten.get("latest_stated")) <= 0, rows.toString());
        assertTrue(ten.get("latest_stated").endsWith("004_12d21b6b6f823ac9.txt"), ten.toString());
    }

    // 6
    @Test
    void theRailwayIsListedWithTheCommitmentsThatMentionIt() {
        List<Map<String, String>> rows = rows("projects", Map.of("project", RAILWAY));
        assertFalse(rows.isEmpty(), "the Vientiane–Vũng Áng railway is not a project in the store");
        assertTrue(rows.get(0).get("type").equals("Railway"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("via").equals("commitment")), rows.toString());
    }

    // 7
    @Test
    void everyQuoteIsTheTextAtItsOffsets() throws IOException {
        for (Path file : List.of(Path.of("seeds/000_dc28ce060877cb66.txt"), Path.of("seeds/004_12d21b6b6f823ac9.txt"))) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String stem = file.getFileName().toString().replace(".txt", "");
            List<Map<String, String>> facts = rows("article-facts",
                    Map.of("article", "https://w3id.org/diplomacy-kg/article/" + stem));
            List<Map<String, String>> quoted = facts.stream().filter(r -> !r.get("quote").isEmpty()).toList();
            assertFalse(quoted.isEmpty(), stem + " supports no fact with a quote");
            for (Map<String, String> r : quoted) {
                int begin = Integer.parseInt(r.get("begin"));
                int end = Integer.parseInt(r.get("end"));
                String span = text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
                assertEquals(r.get("quote"), span, stem + " " + r.get("fact"));
            }
        }
    }

    @Test
    void theTalksAreBackedByThreeArticlesWithQuotes() {
        List<Map<String, String>> rows = rows("fact-sources", Map.of("fact", theTalksOfFirstDecember().get("event")));
        assertEquals(3, rows.stream().map(r -> r.get("file")).distinct().count(), rows.toString());
        assertTrue(rows.stream().allMatch(r -> !r.get("quote").isEmpty()), rows.toString());
    }

    // 8
    @Test
    void toLamAndThonglounShareSeveralEvents() {
        List<Map<String, String>> rows = rows("network", Map.of("kind", "dip:Person"));
        Map<String, String> pair = rows.stream().filter(r -> (r.get("actor1") + r.get("actor2")).contains(TO_LAM)
                && (r.get("actor1") + r.get("actor2")).contains(THONGLOUN)).findFirst()
                .orElseThrow(() -> new AssertionError("Tô Lâm and Thongloun Sisoulith share no event: " + rows));
        assertTrue(Integer.parseInt(pair.get("shared_events")) >= 2, pair.toString());
    }

    // 9
    @Test
    void theStateVisitProgrammeHasTalksAndACeremony() {
        List<Map<String, String>> rows = rows("visit-programme", Map.of("visit", theStateVisitToLaos()));
        assertTrue(rows.stream().anyMatch(r -> r.get("type").equals("Talks")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get("type").equals("Ceremony")), rows.toString());
        List<String> dates = rows.stream().map(r -> r.get("date")).filter(d -> !d.isEmpty()).toList();
        assertEquals(dates.stream().sorted().toList(), dates, "in date order");
    }

    // 10
    @Test
    void commitmentsWereMadeDuringTheStateVisit() {
        List<Map<String, String>> rows = rows("event-commitments", Map.of("event", theStateVisitToLaos()));
        assertFalse(rows.isEmpty(), "no commitment made at the state visit or its parts");
    }

    // 11
    @Test
    void theLaoNationalGoldOrderWentToToLam() {
        List<Map<String, String>> rows = rows("awards", Map.of());
        assertTrue(rows.stream().anyMatch(r -> r.get("award").contains("Gold Order") && r.get("to").contains("Tô Lâm")
                && r.get("date").startsWith("2025-12")), rows.toString());
    }

    // 12
    @Test
    void namesAreFoundWithoutDiacritics() {
        List<Map<String, String>> toLam = rows("find-entity", Map.of("name", "to lam"));
        assertFalse(toLam.isEmpty(), "'to lam' finds nothing");
        assertEquals(TO_LAM, toLam.get(0).get("entity"), toLam.toString());
        List<Map<String, String>> vungAng = rows("find-entity", Map.of("name", "vung ang"));
        assertTrue(vungAng.stream().anyMatch(r -> r.get("name").contains("Vũng Áng")), vungAng.toString());
        assertTrue(vungAng.stream().anyMatch(r -> r.get("entity").equals(RAILWAY)), vungAng.toString());
    }

    @Test
    void articlesAreListedWithWhatWasDrawnFromThem() {
        List<Map<String, String>> rows = rows("articles", Map.of());
        assertEquals(5, rows.size());
        assertTrue(rows.stream().allMatch(r -> Integer.parseInt(r.get("events")) > 0), rows.toString());
    }

    @Test
    void everyExampleIriOfASavedQueryNamesSomethingInTheSeedStore() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String name : CATALOGUE.names()) {
            for (QueryParam p : CATALOGUE.get(name).params()) {
                if (p.type() == ParamType.IRI && p.example() != null && p.example().startsWith(ID)) {
                    checked++;
                    Node iri = NodeFactory.createURI(p.example());
                    boolean there = Txn.calculateRead(store.dataset(),
                            () -> store.dataset().find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext());
                    if (!there) {
                        missing.add(name + " --param " + p.name() + "=" + p.example());
                    }
                }
            }
        }
        assertTrue(checked >= 3, "only " + checked + " example IRIs found");
        assertEquals(List.of(), missing, "examples that name nothing in the seed store");
    }

    @Test
    void savedQueriesGiveOneRowPerThingTheyList() {
        List<Map<String, String>> meetings = rows("person-meetings", Map.of("person", TO_LAM));
        assertFalse(meetings.isEmpty());
        assertEquals(meetings.stream().map(r -> r.get("event")).distinct().count(), meetings.size(), meetings.toString());
        List<Map<String, String>> articles = rows("articles", Map.of());
        assertEquals(articles.stream().map(r -> r.get("article")).distinct().count(), articles.size());
        List<Map<String, String>> commitments = rows("commitments", Map.of());
        assertFalse(commitments.isEmpty());
        assertEquals(commitments.stream().map(r -> r.get("commitment") + " " + r.get("area_name")).distinct().count(),
                commitments.size(), "one row per commitment and area");
    }
}
