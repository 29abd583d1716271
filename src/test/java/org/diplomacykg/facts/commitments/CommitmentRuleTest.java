package org.diplomacykg.facts.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.diplomacykg.facts.Modality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentRuleTest {
    private final CommitmentRule rule = new CommitmentRule();

    @ParameterizedTest(name = "{index} - {1}")
    @CsvSource(delimiter = '|', value = {
            "The two sides agreed to expand cooperation in agriculture. | AGREED",
            "The minister pledged to remove obstacles facing investors. | PLEDGED",
            "Both countries are committed to maintaining peace in the region. | PLEDGED",
            "They reaffirmed their determination to raise strategic trust. | AFFIRMED",
            "He affirmed Norland's commitment to supporting its neighbour. | PLEDGED",
            "The two sides will coordinate closely at regional forums. | PLANNED",
            "The President proposed the two sides enhance information sharing. | PROPOSED",
            "The Prime Minister suggested that the two countries open more flights. | PROPOSED",
            "The envoy proposed that member countries ratify the fisheries accord next year. | PROPOSED",
            "Sudland pledged 40 million kroner to the river survey. | PLEDGED",
            "The donors pledged a combined US$12 million to the monitoring programme. | PLEDGED",
            "The three countries will connect their power grids by 2030. | PLANNED",
            "He urged stronger collaboration in border management. | URGED",
            "She called on both sides to promote youth exchanges. | URGED",
            "He asked the ministries to speed up the project. | PROPOSED",
            "The country welcomed Norland's decision to build the expressway. | WELCOMED",
            "The two sides signed a pact, pledging to double investment. | PLEDGED",
            "The Sudland side committed to opening its market to Norlandic fruit. | PLEDGED",
            "The minister undertook to simplify visa procedures. | PLEDGED",
            "He vowed that the ministry would remove red tape within a year. | PLEDGED",
            "She affirmed that Norland would continue to support the project. | AFFIRMED",
            "Norland is ready to share its experience in digital transformation. | PLEDGED",
            "Sudland stands ready to host the next summit. | PLEDGED",
            "The premier expressed his willingness to expand cooperation in energy. | PLEDGED",
            "The bank signed off on Norland's concessional loan of $200 million for the port. | PLEDGED",
            "The two sides aim to raise trade to US$3 billion. | AGREED"})
    void findsTheModality(String sentence, Modality modality) {
        List<CommitmentCue> cues = rule.cues(sentence);
        assertTrue(!cues.isEmpty(), "no cue in " + sentence);
        assertEquals(modality, cues.get(0).modality());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Two-way trade reached US$1.1 billion last year.",
            "Tourist arrivals are forecast to double by 2030.",
            "The two sides highly valued the regular visits between their leaders.",
            "He suggested raising the level from cooperation to connection.",
            "The minister paid courtesy calls on the King and the Prime Minister.",
            "The new terminal is ready to be handed over."})
    void findsNoCueInReportsAndForecasts(String sentence) {
        assertTrue(rule.cues(sentence).isEmpty(), () -> rule.cues(sentence).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Political relations | false",
            "In ASEAN, the common voice of the two countries | false",
            "The two sides | true",
            "They | true",
            "The Government of Norland | true"})
    void willCountsOnlyAfterAParty(String head, boolean actor) {
        assertEquals(actor, CommitmentRule.actorHead(head));
    }
}
