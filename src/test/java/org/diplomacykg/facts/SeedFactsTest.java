package org.diplomacykg.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.document.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the event and commitment rules read from the seed articles, with the seeds' names as fixture mentions. */
class SeedFactsTest {
    private static ArticleFacts facts(String file) throws Exception {
        Document doc = Document.of(new ArticleReader().read(new ArticleFileReader().read(Path.of("seeds", file))));
        return new ArticleExtractor(SeedMentions::of).extract(doc);
    }

    static Stream<Arguments> toldInSeveralSeeds() {
        return Stream.of(
                Arguments.of("to-lam-state-visit-to-laos-2025-12", List.of("000_dc28ce060877cb66.txt", "001_355fb81d80dc29d6.txt",
                        "002_592a93fc53a43c90.txt", "003_7c6cb5a3442207ed.txt", "004_12d21b6b6f823ac9.txt")),
                Arguments.of("2025-12-talks-thongloun-sisoulith-to-lam", List.of("000_dc28ce060877cb66.txt",
                        "002_592a93fc53a43c90.txt", "003_7c6cb5a3442207ed.txt")),
                Arguments.of("48-viet-nam-laos-inter-governmental-committee-session", List.of("000_dc28ce060877cb66.txt",
                        "001_355fb81d80dc29d6.txt")),
                Arguments.of("2025-12-award-conferral-to-lam", List.of("000_dc28ce060877cb66.txt", "001_355fb81d80dc29d6.txt",
                        "003_7c6cb5a3442207ed.txt")));
    }

    @ParameterizedTest(name = "{index} - {0}")
    @MethodSource("toldInSeveralSeeds")
    void oneEventIriAcrossSeeds(String slug, List<String> files) throws Exception {
        for (String f : files) {
            assertTrue(facts(f).events().stream().anyMatch(e -> e.slug().equals(slug)), () -> slug + " not in " + f);
        }
    }

    @Test
    void talksInHanoiOnMonday() throws Exception {
        EventFact talks = facts("004_12d21b6b6f823ac9.txt").events().stream()
                .filter(e -> e.type() == EventType.TALKS).findFirst().orElseThrow();
        assertEquals("2026-01-26", talks.date().toString());
        assertEquals("ha-noi", talks.place().slug());
        assertEquals("thongloun-sisoulith-state-visit-to-viet-nam-2026-01", talks.partOf());
    }

    @Test
    void tradeTargetsOfTheMeetingWithThePrimeMinister() throws Exception {
        CommitmentFact trade = facts("001_355fb81d80dc29d6.txt").commitments().stream()
                .filter(c -> !c.targets().isEmpty()).findFirst().orElseThrow();
        assertEquals(PolicyArea.ECONOMY_TRADE, trade.area());
        assertEquals(List.of(new BigDecimal("5000000000"), new BigDecimal("10000000000")),
                trade.targets().stream().map(t -> t.amount().setScale(0)).toList());
        assertEquals("bilateral trade", trade.targets().get(0).metric());
    }

    @Test
    void everyEvidenceQuoteIsExact() throws Exception {
        for (String f : List.of("000_dc28ce060877cb66.txt", "001_355fb81d80dc29d6.txt", "002_592a93fc53a43c90.txt",
                "003_7c6cb5a3442207ed.txt", "004_12d21b6b6f823ac9.txt")) {
            ArticleFacts facts = facts(f);
            Stream.concat(facts.events().stream().flatMap(e -> e.evidence().stream()),
                    facts.commitments().stream().map(CommitmentFact::evidence)).forEach(ev ->
                    assertEquals(ev.quote(), facts.document().slice(ev.begin(), ev.end()), f));
        }
    }
}
