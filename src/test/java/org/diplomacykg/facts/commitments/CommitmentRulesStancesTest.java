package org.diplomacykg.facts.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.diplomacykg.document.Document;
import org.diplomacykg.facts.ArticleFixtures;
import org.diplomacykg.facts.CommitmentFact;
import org.diplomacykg.facts.events.EventRules;
import org.diplomacykg.facts.reading.ReadingContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an affirmation undertakes: a course of action ("affirmed the importance of strengthening …")
 * or a stance the parties take together ("the two sides reaffirmed their support for …"); not one
 * leader's restatement of his country's standing policy ("Berg reaffirmed Norland's support for …").
 */
class CommitmentRulesStancesTest {
    private static List<CommitmentFact> commitmentsOf(Path dir, String body) throws Exception {
        Document doc = ArticleFixtures.document(dir, "a.txt", "2026-03-05", "SUDSTAD", body);
        ReadingContext ctx = new ReadingContext(doc, ArticleFixtures.mentions(doc));
        return new CommitmentRules().extract(ctx, new EventRules().extract(ctx), List.of());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The two sides affirmed the strategic importance of further strengthening cooperation in fisheries.|"
                    + "affirmed the strategic importance of further strengthening cooperation in fisheries",
            "Norland and Sudland reaffirmed the importance of maintaining stability along their common border.|"
                    + "reaffirmed the importance of maintaining stability along their common border",
            "The two leaders reaffirmed their strong support for each other at regional forums.|"
                    + "reaffirmed their strong support for each other at regional forums"})
    void anAffirmedCourseOfActionOrJointStanceIsAnUndertaking(String sentence, String quote, @TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir, sentence);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals(quote, cs.get(0).evidence().quote());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Anna Berg reaffirmed Norland's strong and comprehensive support for Sudland's efforts in national development.",
            "Olav Lind affirms Sudland's consistent foreign policy of always giving priority to its neighbours.",
            "Berg affirmed Norland's long-standing position on the river dispute."})
    void oneLeadersRestatementOfHisCountrysPolicyIsNoUndertaking(String sentence, @TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir, sentence);
        assertTrue(cs.isEmpty(), cs::toString);
    }
}
