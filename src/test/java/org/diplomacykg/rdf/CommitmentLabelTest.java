package org.diplomacykg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.diplomacykg.facts.CommitmentFact;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.Modality;
import org.diplomacykg.facts.PolicyArea;
import org.diplomacykg.facts.TargetFact;
import org.junit.jupiter.api.Test;

/** Commitment labels read as a sentence: the parties, the cue and the object (quotes from the seed articles). */
class CommitmentLabelTest {
    private static final EntityRef LAOS = new EntityRef(EntityKind.COUNTRY, "laos");
    private static final EntityRef VIET_NAM = new EntityRef(EntityKind.COUNTRY, "viet-nam");
    private static final EntityRef TO_LAM = new EntityRef(EntityKind.PERSON, "to-lam");
    private static final Map<EntityRef, String> NAMES = Map.of(LAOS, "Laos", VIET_NAM, "Việt Nam", TO_LAM, "Tô Lâm");
    private static final TargetFact FIVE = new TargetFact(new BigDecimal("5000000000"), "USD", "bilateral trade", null);
    private static final TargetFact TEN = new TargetFact(new BigDecimal("1E+10"), "USD", "bilateral trade", null);

    private static String label(Modality m, List<EntityRef> parties, List<TargetFact> targets, String quote) {
        CommitmentFact c = new CommitmentFact("a-c1", "Agreed: …", m, PolicyArea.ECONOMY_TRADE, parties, targets, null,
                List.of(), null, new Evidence(quote, 0, quote.length(), 0));
        return CommitmentLabel.of(c, NAMES::get);
    }

    @Test
    void aSumWithAReportingTailBecomesTheTargetItStates() {
        // 001: "with a longer-term target of $10 billion, he said" was labelled "Agreed: $10 billion, he said"
        assertEquals("Việt Nam and Laos agreed on targets of US$5 billion of bilateral trade and US$10 billion of bilateral trade",
                label(Modality.AGREED, List.of(VIET_NAM, LAOS), List.of(FIVE, TEN), "with a longer-term target of $10 billion, he said"));
        assertEquals("Laos and Việt Nam agreed on a target of US$10 billion of bilateral trade",
                label(Modality.AGREED, List.of(LAOS, VIET_NAM), List.of(TEN), "with a target of US$10 billion in two-way trade"));
    }

    @Test
    void aQuoteOpeningAtTheCueFollowsTheParties() {
        assertEquals("Tô Lâm encouraged large businesses of Việt Nam to keep expanding investments in his country",
                label(Modality.URGED, List.of(TO_LAM), List.of(),
                        "encouraged large businesses of Việt Nam to keep expanding investments in his country"));
        assertEquals("Laos and Việt Nam committed to maintaining effective information-sharing on international developments",
                label(Modality.PLEDGED, List.of(LAOS, VIET_NAM), List.of(),
                        "committed to maintaining effective information-sharing on international developments"));
    }

    @Test
    void aQuoteOpeningAtItsSubjectTakesThePartiesInstead() {
        assertEquals("Laos and Việt Nam will continue to closely coordinate in the search for the remains of Vietnamese martyrs",
                label(Modality.PLANNED, List.of(LAOS, VIET_NAM), List.of(),
                        "The two sides will continue to closely coordinate in the search for the remains of Vietnamese martyrs"));
    }

    @Test
    void aQuoteWithoutItsVerbGetsTheModalityAndTheObjectAfterTo() {
        assertEquals("Laos and Việt Nam agreed to elevate bilateral ties to a new framework",
                label(Modality.AGREED, List.of(LAOS, VIET_NAM), List.of(),
                        "decision by the two Parties and States to elevate bilateral ties to a new framework"));
    }

    @Test
    void longUndertakingsAreCutAtAWord() {
        String label = label(Modality.AGREED, List.of(LAOS, VIET_NAM), List.of(), "agreed to " + "build and ".repeat(20) + "grow");
        // the four words of the parties and twenty of the undertaking, then "…"
        assertEquals(25, label.split(" ").length, label);
        assertEquals("Laos and Việt Nam agreed to build and build and build and build and build and build and build and build and build and …",
                label);
    }

    @Test
    void targetsReadAsSums() {
        assertEquals("US$5 billion of bilateral trade", CommitmentLabel.target(FIVE));
        assertEquals("US$2.5 million", CommitmentLabel.target(new TargetFact(new BigDecimal("2500000"), "USD", null, null)));
        assertEquals("50 scholarships", CommitmentLabel.target(new TargetFact(new BigDecimal("50"), null, "scholarships", null)));
        assertEquals("EUR 3 billion of aid", CommitmentLabel.target(new TargetFact(new BigDecimal("3000000000"), "EUR", "aid", null)));
    }
}
