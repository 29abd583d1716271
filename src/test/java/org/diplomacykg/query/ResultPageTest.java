package org.diplomacykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** Where a saved query's page is, and how another page is set on the parsed query. */
class ResultPageTest {
    private static final Query PAGE_IN_SUBQUERY = QueryFactory.create("""
            SELECT ?thing (COUNT(?x) AS ?n) WHERE {
              { SELECT ?thing ?key WHERE { ?thing <urn:key> ?key } ORDER BY ?key ?thing LIMIT 100 }
              ?thing <urn:x> ?x
            } GROUP BY ?thing ?key ORDER BY ?key ?thing""");

    @Test
    void thePageIsTheLimitOfTheSubQueryThatChoosesTheRows() {
        assertEquals(100, ResultPage.defaultSize(PAGE_IN_SUBQUERY));
        assertEquals(0, ResultPage.defaultSize(QueryFactory.create("SELECT * { ?s ?p ?o }")), "no LIMIT: no page");
    }

    @Test
    void anotherPageIsSetOnACopyWithoutTouchingTheSavedQuery() {
        Query second = new ResultPage(25, 50).apply(PAGE_IN_SUBQUERY);
        String text = second.serialize();
        assertTrue(text.contains("LIMIT   25") || text.contains("LIMIT 25"), text);
        assertTrue(text.contains("OFFSET  50") || text.contains("OFFSET 50"), text);
        assertFalse(second.hasLimit(), "the outer query has no LIMIT of its own and gets none");
        assertEquals(100, ResultPage.defaultSize(PAGE_IN_SUBQUERY), "the parsed saved query is unchanged");
        assertFalse(PAGE_IN_SUBQUERY.serialize().contains("OFFSET"));
        // the copy still parses as SPARQL: that text goes to remote endpoints
        Query reparsed = QueryFactory.create(text);
        assertEquals(text, reparsed.serialize());
    }

    @Test
    void everyLimitMovesTogetherAndTheyMustAgree() {
        Query twice = QueryFactory.create("SELECT * { { SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 10 } "
                + "{ SELECT ?s { ?s ?p ?o } ORDER BY ?s LIMIT 10 } } LIMIT 10");
        String text = new ResultPage(3, 6).apply(twice).serialize();
        assertEquals(3, text.split("OFFSET", -1).length - 1, text);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ResultPage.defaultSize(
                QueryFactory.create("SELECT * { { SELECT ?s { ?s ?p ?o } LIMIT 5 } } LIMIT 10")));
        assertTrue(e.getMessage().contains("must be equal"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ResultPage.defaultSize(
                QueryFactory.create("SELECT * { ?s ?p ?o } LIMIT 5 OFFSET 5")));
    }

    @Test
    void aQueryMayReadWhereThePageEnds() {
        Query reading = QueryFactory.create("""
                SELECT ?thing WHERE {
                  { SELECT ?thing ?key WHERE { BIND (?__page_end AS ?end) ?thing <urn:key> ?key FILTER (!BOUND(?end) || ?key < ?end) }
                    ORDER BY ?key ?thing LIMIT 100 }
                } ORDER BY ?key ?thing""");
        String text = new ResultPage(25, 50).apply(reading).serialize();
        assertTrue(text.contains("BIND(75 AS ?end)"), text);
        assertFalse(text.contains("__page_end"), text);
        assertTrue(reading.serialize().contains("?__page_end"), "the parsed saved query is unchanged");
    }

    @Test
    void aRequestedPageIsCheckedAndNamedInTheMessage() {
        assertEquals(new ResultPage(100, 0), ResultPage.fromRequest(100, null, "", 1000));
        assertEquals(new ResultPage(20, 40), ResultPage.fromRequest(100, "20", "40", 1000));
        for (List<String> bad : List.of(List.of("0", "0"), List.of("1001", "0"), List.of("x", "0"), List.of("10", "-1"))) {
            QueryUsageException e = assertThrows(QueryUsageException.class,
                    () -> ResultPage.fromRequest(100, bad.get(0), bad.get(1), 1000));
            assertTrue(e.getMessage().startsWith(bad.get(0).equals("10") ? "offset" : "limit"), e.getMessage());
        }
        assertNull(new ResultPage(10, 0).previous());
        assertEquals(new ResultPage(10, 0), new ResultPage(10, 5).previous());
        assertEquals(new ResultPage(10, 15), new ResultPage(10, 5).next());
    }
}
