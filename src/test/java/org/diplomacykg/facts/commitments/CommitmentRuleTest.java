package org.diplomacykg.facts.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.diplomacykg.article.TextBlock;
import org.diplomacykg.document.corenlp.CoreNlpParser;
import org.diplomacykg.facts.Modality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommitmentRuleTest {
    private final CommitmentRule rule = new CommitmentRule();

    private List<CommitmentCue> cues(String sentence) {
        return rule.cues(CoreNlpParser.shared().parse(List.of(new TextBlock(0, sentence.length(), sentence, false)),
                LocalDate.of(2025, 12, 1)).get(0));
    }

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
            "The two sides signed a pact, pledging to open new flights. | PLEDGED",
            "The Sudland side committed to opening its market to Norlandic fruit. | PLEDGED",
            "The minister undertook to simplify visa procedures. | PLEDGED",
            "He vowed that the ministry would remove red tape within a year. | PLEDGED",
            "She affirmed that Norland would continue to support the project. | AFFIRMED",
            "Norland is ready to share its experience in digital transformation. | PLEDGED",
            "Sudland stands ready to host the next summit. | PLEDGED",
            "The premier expressed his willingness to expand cooperation in energy. | PLEDGED",
            "The bank signed off on Norland's concessional loan of $200 million for the port. | PLEDGED",
            "The two sides aim to raise trade to US$3 billion. | AGREED",
            "Thongloun vowed to cooperate with Norland to hold the celebrations. | PLEDGED",
            "The two sides are set to take the next steps to build the expressway. | PLANNED",
            "They were unanimous in coordinating more closely on the railway. | AGREED",
            "The two capital cities should adopt measures to boost trade. | PROPOSED",
            "Norland and Sudland renewed pledges on Sunday to bolster trade. | PLEDGED",
            "The two ministers agreed on cooperation orientations for 2026. | AGREED",
            "The two leaders affirmed their support for each other at regional forums. | AFFIRMED",
            "Norland and Sudland on Saturday set an ambitious $50 billion target for bilateral trade. | AGREED",
            "The minister proposed an expansion of ferry services across the lake. | PROPOSED",
            "She suggested the exchange of delegations between the two river commissions. | PROPOSED",
            "The chairman suggested the two agencies actively and promptly carry out the survey agreed last year. | PROPOSED",
            "The two leaders also endorsed an increase of investment between Norland and Sudland. | AGREED",
            "Both ministers came to terms to further expand fisheries cooperation. | AGREED",
            "Per Dahl said Sudland adhered to Norland's single-market policy. | AFFIRMED",
            "Both sides abide by the 1998 treaty on the shared river. | AFFIRMED"})
    void findsTheModality(String sentence, Modality modality) {
        List<CommitmentCue> cues = cues(sentence);
        assertTrue(!cues.isEmpty(), "no cue in " + sentence);
        assertEquals(modality, cues.get(0).modality());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Two-way trade reached US$1.1 billion last year.",
            "Tourist arrivals are forecast to double by 2030.",
            "The two sides highly valued the regular visits between their leaders.",
            "The minister paid courtesy calls on the King and the Prime Minister.",
            "He suggested raising the level from cooperation to connection.",
            // a proposal and a second act of the proposer
            "The minister proposed a new ferry route and opened the terminal.",
            "He proposed Sudland as the host of the next summit.",
            "The two leaders endorsed the joint statement.",
            "Both countries came to terms with the loss of the old bridge.",
            "The two leaders recalled the need to firmly adhere to the goal of peace.",
            "The assembly approved the nomination of Per Dahl as prime minister.",
            "The new terminal is ready to be handed over.",
            "Laos will never forget the help of its neighbour.",
            "The two sides agreed to the programme of the visit.",
            // what was done, not undertaken: a perfect "prepared", a participle on an undertaking noun
            "We have prepared a new plan for cooperation in the fisheries sector.",
            "Young people gain from the consensus reached on trade, he said in his statement to the media.",
            "The two sides did not agree to lift the tariffs.",
            "Both sides agreed that relations are developing well.",
            // a visit's programme is no undertaking
            "The president will arrive on Wednesday and will hold talks with his host on Thursday.",
            "The minister will attend a welcoming ceremony at the palace.",
            "Naval units of both countries will join the exercise next month.",
            "The two presidents are set to hold a private meeting before the plenary session.",
            "The delegation plans to visit the new container terminal on Friday."})
    void findsNoCueInReportsAndForecasts(String sentence) {
        assertTrue(cues(sentence).isEmpty(), () -> cues(sentence).toString());
    }

    @org.junit.jupiter.api.Test
    void aCueKnowsTheHeadOfTheClauseItUndertakes() {
        CommitmentCue agreed = cues("The two sides agreed to expand trade in rice.").get(0);
        assertEquals(5, agreed.clause()); // "expand"
        CommitmentCue modal = cues("Norland will build a school in Nordby.").get(0);
        assertEquals(2, modal.clause()); // "build"
    }

    @org.junit.jupiter.api.Test
    void aCueInsideAnUndertakingIsPartOfIt() {
        assertEquals(1, cues("The two sides agreed to continue to strengthen cooperation with Mekong countries.").size());
        assertEquals(1, cues("They agreed that the ministries would study the railway.").size());
        assertEquals(2, cues("Norland agreed to open its market and Sudland pledged to build the port.").size());
    }
}
