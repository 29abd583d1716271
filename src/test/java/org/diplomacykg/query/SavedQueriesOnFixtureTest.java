package org.diplomacykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The saved queries on a hand-made store ({@code fixture.trig}) in the writer's shape: the query
 * logic, independent of what extraction finds in the seed articles.
 */
class SavedQueriesOnFixtureTest {
    private static final SavedQueries CATALOGUE = SavedQueries.fromDirectory(Path.of("queries"));
    private static final String ID = "https://w3id.org/diplomacy-kg/id/";
    @TempDir
    static Path dir;
    static KgStore store;
    static QueryRunner runner;

    @BeforeAll
    static void build() {
        store = FixtureStore.build(dir.resolve("store"));
        runner = QueryRunner.local(store.dataset(), Duration.ofSeconds(30));
    }

    static Stream<String> names() {
        return CATALOGUE.names().stream();
    }

    static List<Map<String, String>> rows(String name, Map<String, String> params) {
        SavedQuery q = CATALOGUE.get(name);
        QueryResult r = runner.run(ParameterBinder.apply(q.query(), ParameterBinder.bind(q, params)));
        ResultSetRewindable rs = ((QueryResult.Rows) r).resultSet();
        List<Map<String, String>> out = new ArrayList<>();
        ResultPrinter printer = new ResultPrinter(q.query().getPrefixMapping());
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, String> row = new HashMap<>();
            rs.getResultVars().forEach(v -> row.put(v, printer.cell(s.get(v))));
            out.add(row);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void everyQueryRunsWithItsExamples(String name) {
        SavedQuery q = CATALOGUE.get(name);
        Map<String, String> examples = new HashMap<>();
        q.params().forEach(p -> examples.put(p.name(), p.example()));
        runner.run(ParameterBinder.apply(q.query(), ParameterBinder.bind(q, examples)));
        Map<String, String> required = new HashMap<>();
        q.params().stream().filter(QueryParam::mustBeGiven).forEach(p -> required.put(p.name(), p.example()));
        runner.run(ParameterBinder.apply(q.query(), ParameterBinder.bind(q, required)));
    }

    /**
     * A listing read page by page gives the whole answer once, in the same order: its page is
     * ordered on a total key (pages of 1 row against one page that holds everything).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void pagesReadInTurnGiveTheWholeAnswerOnce(String name) {
        SavedQuery q = CATALOGUE.get(name);
        if (q.pageSize() == 0 || !q.query().isSelectType())
            return;
        Map<String, String> required = new HashMap<>();
        q.params().stream().filter(QueryParam::mustBeGiven).forEach(p -> required.put(p.name(), p.example()));
        var bindings = ParameterBinder.bind(q, required);
        List<String> whole = lines(q.bound(bindings, new ResultPage(1000, 0)));
        // a one-row answer says nothing about order: reported as skipped, not passed
        org.junit.jupiter.api.Assumptions.assumeTrue(whole.size() > 1, name + " has one row on the fixture");
        List<String> paged = new ArrayList<>();
        for (long offset = 0; offset <= whole.size(); offset++)
            paged.addAll(lines(q.bound(bindings, new ResultPage(1, offset))));
        assertEquals(whole, paged, name);
    }

    private static List<String> lines(org.apache.jena.query.Query query) {
        ResultSetRewindable rs = ((QueryResult.Rows) runner.run(query)).resultSet();
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(rs.getResultVars().stream().map(v -> String.valueOf(s.get(v))).toList().toString());
        }
        return out;
    }

    @Test
    void timelineListsTheTalksWithTwoArticles() {
        List<Map<String, String>> rows = rows("timeline", Map.of());
        Map<String, String> talks = rows.stream().filter(r -> r.get("type").equals("Talks")).findFirst().orElseThrow();
        assertEquals("2025-12-01", talks.get("date"));
        assertEquals("2", talks.get("article_count"));
        assertTrue(talks.get("participants").contains("Tô Lâm"));
        assertTrue(talks.get("participants").contains("Thongloun Sisoulith"));
        assertFalse(talks.get("participants").contains("To Lam"), "one name per person");
        assertEquals("Vientiane", talks.get("place"));
    }

    @Test
    void timelineWithAnotherCountryIsEmpty() {
        assertEquals(List.of(), rows("timeline", Map.of("country2", ID + "country/cambodia")));
    }

    @Test
    void rolesByTitleAndPlace() {
        List<Map<String, String>> rows = rows("roles", Map.of("role", "PRESIDENT", "in", ID + "country/laos"));
        assertEquals(1, rows.size());
        assertEquals("Thongloun Sisoulith", rows.get(0).get("person_name"));
        assertEquals(List.of(), rows("roles", Map.of("role", "Prime Minister")));
    }

    @Test
    void targetsGrowOverTime() {
        List<Map<String, String>> rows = rows("targets", Map.of("metric", "trade"));
        assertEquals(List.of("5000000000", "10000000000"), rows.stream().map(r -> r.get("amount")).toList());
        assertEquals("2025-12-02, a1.txt", rows.get(0).get("first_stated"));
        assertEquals("2026-01-27, a2.txt", rows.get(1).get("latest_stated"));
    }

    @Test
    void projectsWithTheCommitmentsThatMentionThem() {
        List<Map<String, String>> rows = rows("projects", Map.of());
        assertTrue(rows.stream().anyMatch(r -> r.get("project_name").equals("Vientiane–Vũng Áng railway")
                && r.get("via").equals("commitment") && r.get("mentioned_by").contains("railway")));
        assertTrue(rows.stream().allMatch(r -> r.get("status").equals("Planned") && r.get("type").equals("Railway")),
                rows.toString());
    }

    @Test
    void findEntityFoldsDiacritics() {
        assertEquals("id:place/vung-ang", rows("find-entity", Map.of("name", "vung ang")).get(0).get("entity"));
        assertEquals("id:person/to-lam", rows("find-entity", Map.of("name", "to lam")).get(0).get("entity"));
        assertEquals("id:person/to-lam", rows("find-entity", Map.of("name", "TÔ LÂM")).get(0).get("entity"));
        // decomposed input (o + combining circumflex) folds the same way
        assertEquals("id:person/to-lam", rows("find-entity", Map.of("name", "To\u0302 La\u0302m")).get(0).get("entity"));
        assertEquals(List.of(), rows("find-entity", Map.of("name", "x\" } ; DROP ALL #")));
    }

    @Test
    void programmeCommitmentsNetworkAwardsProvenance() {
        String visit = ID + "event/state-visit-to-lam-laos-2025-12";
        assertEquals(List.of("Talks between Tô Lâm and Thongloun Sisoulith"),
                rows("visit-programme", Map.of("visit", visit)).stream().map(r -> r.get("event_label")).toList());
        assertEquals(2, rows("event-commitments", Map.of("event", visit)).size());
        Map<String, String> pair = rows("network", Map.of("kind", "dip:Person")).get(0);
        assertEquals("2", pair.get("shared_events"));
        Map<String, String> award = rows("awards", Map.of()).get(0);
        assertEquals("Lao National Gold Order", award.get("award"));
        assertEquals("Tô Lâm", award.get("to"));
        assertEquals("Laos", award.get("conferred_by"));
        assertEquals(2, rows("fact-sources", Map.of("fact", ID + "event/talks-to-lam-thongloun-2025-12-01")).size());
        assertTrue(rows("article-facts", Map.of("article", "https://w3id.org/diplomacy-kg/article/a1")).stream()
                .anyMatch(r -> r.get("quote").equals("raise two-way trade to US$5 billion")));
    }
}
