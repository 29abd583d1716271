package org.diplomacykg.facts.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.diplomacykg.document.Document;
import org.diplomacykg.facts.ArticleFixtures;
import org.diplomacykg.facts.CommitmentFact;
import org.diplomacykg.facts.EventFact;
import org.diplomacykg.facts.EventType;
import org.diplomacykg.facts.PolicyArea;
import org.diplomacykg.facts.events.EventRules;
import org.diplomacykg.facts.reading.ReadingContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A signed instrument whose content the sentence states is a commitment too; one without stated content is an event only. */
class CommitmentRulesSignedInstrumentsTest {
    private static final String STORY = "Norland President Anna Berg held talks with Sudland President Olav Lind on March 3.\n\n"
            + "After the talks, the two leaders witnessed the signing of a memorandum of understanding on cooperation in renewable energy.\n\n"
            + "A protocol on fisheries was inked by the two ministers later that day.\n\n"
            + "The two sides also signed MOUs to expand cooperation in vocational training.\n\n"
            + "The two leaders witnessed the exchange of nine cooperation documents.\n\n"
            + "The ministers signed the loan agreements for the two projects.\n\n"
            + "The nine documents include an agreement on visa exemption and a memorandum on tourism promotion.\n\n"
            + "A second memorandum was signed by the two trade ministries to jointly develop the rubber industry.\n\n"
            + "Anna Berg and Olav Lind signed the Treaty on the Junction Point of State Borders on March 31.\n\n"
            + "The two ministers also signed an agreement on Monday.\n\n"
            + "The Currency Swap Agreement was signed between the governors of the two central banks.\n\n"
            + "Another memorandum was signed between the two transport ministries on tunnel construction.\n\n"
            + "The two governments also signed three agreements in the fields of agriculture and fisheries.\n\n"
            + "Among them are MOUs to expand cooperation in the area of central banking.\n\n"
            + "Olav Lind then paid separate courtesy calls on Speaker Eva Holm and Karl Berg, and Anna Berg will host a dinner "
            + "reception in his honour.";

    private static List<CommitmentFact> commitments(Path dir, List<EventFact> events) throws Exception {
        Document doc = ArticleFixtures.document(dir, "s.txt", "2026-03-05", "SUDSTAD", STORY);
        ReadingContext ctx = new ReadingContext(doc, ArticleFixtures.mentions(doc));
        events.addAll(new EventRules().extract(ctx));
        return new CommitmentRules().extract(ctx, events, List.of());
    }

    private static CommitmentFact quoting(List<CommitmentFact> cs, String words) {
        return cs.stream().filter(c -> c.evidence().quote().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no commitment quoting '" + words + "' in " + cs));
    }

    @Test
    void theSignedInstrumentWithItsContentIsQuotedAndMadeAtTheSigning(@TempDir Path dir) throws Exception {
        List<EventFact> events = new java.util.ArrayList<>();
        CommitmentFact mou = quoting(commitments(dir, events), "memorandum of understanding");
        assertEquals("a memorandum of understanding on cooperation in renewable energy", mou.evidence().quote());
        assertEquals(PolicyArea.ENERGY, mou.area());
        assertEquals(List.of("norland", "sudland"), mou.parties().stream().map(p -> p.slug()).toList()); // "the two leaders"
        EventFact signing = events.stream().filter(e -> e.type() == EventType.DOCUMENT_SIGNING && e.slug().equals(mou.madeAt()))
                .findFirst().orElseThrow(() -> new AssertionError("made at " + mou.madeAt() + ", not a signing in " + events));
        assertEquals(mou.evidence().sentence(), signing.evidence().get(0).sentence());
    }

    @Test
    void aPassiveSigningAndAToClauseOnTheSigningVerbStateContentToo(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitments(dir, new java.util.ArrayList<>());
        assertEquals("A protocol on fisheries", quoting(cs, "protocol").evidence().quote());
        assertEquals("MOUs to expand cooperation in vocational training", quoting(cs, "MOUs").evidence().quote());
        assertEquals(PolicyArea.EDUCATION_TRAINING, quoting(cs, "MOUs").area());
    }

    @Test
    void instrumentsThatSayNothingOfWhatTheyAreAboutAreNoCommitment(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitments(dir, new java.util.ArrayList<>());
        assertTrue(cs.stream().noneMatch(c -> c.evidence().quote().contains("nine cooperation documents")), cs.toString());
        assertTrue(cs.stream().noneMatch(c -> c.evidence().quote().contains("loan agreements")), cs.toString());
    }

    @Test
    void anInstrumentNamedByItsFieldIsACommitment(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitments(dir, new java.util.ArrayList<>());
        // a noun before it that says what it is about, not "cooperation" (the nine documents above)
        assertEquals("The Currency Swap Agreement", quoting(cs, "Currency Swap").evidence().quote());
        // its field in an "in" phrase
        CommitmentFact fields = quoting(cs, "three agreements");
        assertEquals("three agreements in the fields of agriculture and fisheries", fields.evidence().quote());
        // a "to" clause that the parser left as a bare dependent of the instrument
        assertEquals("MOUs to expand cooperation in the area of central banking", quoting(cs, "central banking").evidence().quote());
        // a passive instrument's "on" phrase after its signers
        assertTrue(quoting(cs, "Another memorandum").evidence().quote().endsWith("on tunnel construction"), cs.toString());
    }

    @Test
    void instrumentsThatADocumentCountLists(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitments(dir, new java.util.ArrayList<>());
        assertEquals("an agreement on visa exemption", quoting(cs, "visa exemption").evidence().quote());
        assertEquals("a memorandum on tourism promotion", quoting(cs, "tourism promotion").evidence().quote());
    }

    @Test
    void aPassiveInstrumentsPurposeAfterItsSigners(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitments(dir, new java.util.ArrayList<>());
        assertTrue(quoting(cs, "second memorandum").evidence().quote().endsWith("to jointly develop the rubber industry"), cs.toString());
    }

    @Test
    void courtesyCallsAndADinnerHostedAreNoUndertakings(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitments(dir, new java.util.ArrayList<>());
        assertTrue(cs.stream().noneMatch(c -> c.evidence().quote().contains("courtesy calls") || c.evidence().quote().contains("dinner")),
                cs.toString());
    }

    @Test
    void anOnPhraseTheParserHungOnTheSigningVerbIsTheInstrumentsContentUnlessADay(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitments(dir, new java.util.ArrayList<>());
        assertEquals("the Treaty on the Junction Point of State Borders", quoting(cs, "Junction Point").evidence().quote());
        assertTrue(cs.stream().noneMatch(c -> c.evidence().quote().contains("Monday")), cs.toString());
    }
}
