package org.diplomacykg.facts.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.diplomacykg.document.Document;
import org.diplomacykg.facts.ArticleFixtures;
import org.diplomacykg.facts.CommitmentFact;
import org.diplomacykg.facts.EventFact;
import org.diplomacykg.facts.Modality;
import org.diplomacykg.facts.PolicyArea;
import org.diplomacykg.facts.events.EventRules;
import org.diplomacykg.facts.reading.ReadingContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitmentRulesTest {
    private static final String STORY = "President Anna Berg held talks with Sudland President Olav Lind on March 3.\n\n"
            + "The two sides agreed to raise two-way trade to US$5 billion by 2030, with a longer-term target of $10 billion.\n\n"
            + "They agreed to step up defence and security cooperation; agreed to promote connectivity in transport, railways and roads.\n\n"
            + "Berg pledged to grant VNĐ1.2 trillion (about US$47 million) in aid for schools in Sudland.\n\n"
            + "Exports from Norland reached US$1.1 billion last year, and tourist arrivals are forecast to double.\n\n"
            + "Lind voiced his belief that Norland will achieve greater successes.\n\n"
            + "Political relations will remain the guiding pillar of the relationship.\n\n"
            + "Norland welcomes Sudland's decision to build the Sudstad–Nordby expressway.";

    private List<CommitmentFact> commitments(Path dir) throws Exception {
        Document doc = ArticleFixtures.document(dir, "c.txt", "2026-03-05", "SUDSTAD", STORY);
        ReadingContext ctx = new ReadingContext(doc, ArticleFixtures.mentions(doc));
        List<EventFact> events = new EventRules().extract(ctx);
        return new CommitmentRules().extract(ctx, events, List.of());
    }

    @Test
    void targetsAreNormalisedWithTheirMetricAndDeadline(@TempDir Path dir) throws Exception {
        CommitmentFact trade = commitments(dir).get(0);
        assertEquals(Modality.AGREED, trade.modality());
        assertEquals(PolicyArea.ECONOMY_TRADE, trade.area());
        assertEquals(2, trade.targets().size());
        assertEquals(0, new BigDecimal("5000000000").compareTo(trade.targets().get(0).amount()));
        assertEquals("USD", trade.targets().get(0).currency());
        assertEquals("bilateral trade", trade.targets().get(0).metric()); // "two-way trade", one name for every spelling
        assertEquals(0, new BigDecimal("10000000000").compareTo(trade.targets().get(1).amount()));
        assertEquals("2030", trade.deadline().toString());
        assertEquals(List.of("norland", "sudland"), trade.parties().stream().map(p -> p.slug()).toList());
        assertEquals("2026-03-talks-anna-berg-olav-lind", trade.madeAt());
    }

    @Test
    void undertakingsInDifferentAreasAreSeparateWithTheirOwnQuotes(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitments(dir);
        CommitmentFact defence = cs.get(1);
        CommitmentFact transport = cs.get(2);
        assertEquals(PolicyArea.DEFENCE_SECURITY, defence.area());
        assertEquals(PolicyArea.INFRASTRUCTURE_TRANSPORT, transport.area());
        assertEquals("agreed to step up defence and security cooperation", defence.evidence().quote());
        assertEquals("agreed to promote connectivity in transport, railways and roads", transport.evidence().quote());
        assertEquals(defence.evidence().sentence(), transport.evidence().sentence());
    }

    @Test
    void aGrantKeepsItsOwnCurrencyAndTheStatedEquivalent(@TempDir Path dir) throws Exception {
        CommitmentFact grant = commitments(dir).get(3);
        assertEquals(Modality.PLEDGED, grant.modality());
        assertEquals("anna-berg", grant.parties().get(0).slug());
        assertEquals("VND", grant.targets().get(0).currency());
        assertEquals(0, new BigDecimal("1200000000000").compareTo(grant.targets().get(0).amount()));
        assertEquals("USD", grant.targets().get(1).currency());
        assertNull(grant.deadline());
    }

    @Test
    void reportsForecastsBeliefsAndThingsAreNotUndertakings(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitments(dir);
        assertTrue(cs.stream().noneMatch(c -> c.evidence().quote().contains("reached")));
        assertTrue(cs.stream().noneMatch(c -> c.evidence().quote().contains("belief")));
        assertTrue(cs.stream().noneMatch(c -> c.evidence().quote().startsWith("Political relations")));
        assertEquals(5, cs.size(), cs::toString);
    }

    @Test
    void welcomingAnothersDecision(@TempDir Path dir) throws Exception {
        CommitmentFact welcome = commitments(dir).get(4);
        assertEquals(Modality.WELCOMED, welcome.modality());
        assertEquals(PolicyArea.INFRASTRUCTURE_TRANSPORT, welcome.area());
    }

    private List<CommitmentFact> commitmentsOf(Path dir, String body) throws Exception {
        Document doc = ArticleFixtures.document(dir, "d.txt", "2026-03-05", "SUDSTAD", body);
        ReadingContext ctx = new ReadingContext(doc, ArticleFixtures.mentions(doc));
        return new CommitmentRules().extract(ctx, new EventRules().extract(ctx), List.of());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Lind said Norland would continue to support infrastructure development in Sudland.",
            "Berg pledged that the Norland Government would facilitate the movement of goods across the bridge.",
            "Holm affirmed that the ministry would coordinate closely with the local authorities.",
            "The Sudland side will continue to ensure the safe operation of the railway.",
            "On Wednesday, Lind witnessed the signing of a loan deal under which Norland will provide 2.5 billion yuan for a road.",
            "Lind said that in 2027 Norland will grant 300 scholarships to Sudland students.",
            "Berg said Norland is willing to expand cooperation on power grid interconnection.",
            "The two ministers signed the notes on Norland's ODA loan of ¥40 billion (about US$270 million) for Sudland.",
            "Under the agreement, the two provinces will jointly patrol the shared river border.",
            "Governor Lind said Nordby would fund a new maternity ward in the border district.",
            "Sudstad will continue to admit 80 Norlandic students a year to its technical college.",
            "Lind offered to reopen negotiations on fishing rights in the gulf.",
            "Berg pledged more support for the flood recovery in Sudland.",
            "The two ministers discussed plans to build a railway across the border.",
            "Lind said Sudland welcomes more Norlandic companies to invest in its special economic zones."})
    void undertakingsInReportedSpeechAndOtherForms(String sentence, @TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir, sentence);
        assertEquals(1, cs.size(), cs::toString);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "Lind said the plant would supply electricity to northern provinces.",
            "Berg said the documents would help the two economies become more connected.",
            "Holm voiced her belief that the two legislatures would deepen their cooperation.",
            "The school was built with VNĐ1.2 trillion (about US$47 million) in non-refundable aid from Norland.",
            "Norland has provided loans of ¥3 trillion since 1992.",
            "Speaking at the ceremony, Lind said the expressway will complete the national network.",
            "Lind paid courtesy calls on Anna Berg and Eva Holm.",
            "Analysts said Norland would likely raise interest rates.",
            "Lind said Sudland will probably join the bloc.",
            "The minister proposed that it is time to review the tariffs.",
            "Lind said the road through Nordby would shorten the journey to the port.",
            "Lind offered congratulations to Norland on its national day.",
            "Lind welcomed the delegation to Sudstad."})
    void descriptionsBeliefsAndSpentMoneyAreNoUndertakings(String sentence, @TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir, sentence);
        assertTrue(cs.isEmpty(), cs::toString);
    }

    @Test
    void anInvitationIsPoliticalAndAGrantIsAboutWhatItFunds(@TempDir Path dir) throws Exception {
        List<CommitmentFact> inv = commitmentsOf(dir, "Berg invited Lind to attend the Nordby Trade Fair in October.");
        assertEquals(1, inv.size(), inv::toString);
        assertEquals(org.diplomacykg.facts.PolicyArea.POLITICAL, inv.get(0).area());
        List<CommitmentFact> centre = commitmentsOf(dir, "The two sides agreed to set up a science and technology centre in Nordby, "
                + "with Sudland contributing 50 million euros in non-refundable aid.");
        assertEquals(org.diplomacykg.facts.PolicyArea.SCIENCE_TECHNOLOGY, centre.get(0).area(), centre::toString);
    }

    @Test
    void anAsideOnLastYearsFigureStaysInsideTheUndertaking(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir, "Berg and Lind agreed to lift bilateral trade, which reached US$3 billion last year, "
                + "to US$5 billion by 2030.");
        assertEquals(1, cs.size(), cs::toString);
        assertTrue(cs.get(0).targets().stream().anyMatch(t -> new BigDecimal("5000000000").compareTo(t.amount()) == 0), cs::toString);
    }

    @Test
    void eachPartyOrEachSumIsItsOwnUndertaking(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir,
                "The Sudland side committed to facilitating market access for Norlandic fruit, while Norland pledged to support "
                        + "Sudland businesses in food processing.\n\n"
                        + "Lind said Norland will grant 300 scholarships to Sudland students, and will allocate US$5 million to train "
                        + "Sudland teachers.");
        assertEquals(4, cs.size(), cs::toString);
        assertEquals("pledged to support Sudland businesses in food processing", cs.get(1).evidence().quote());
        assertEquals(List.of("norland"), cs.get(1).parties().stream().map(p -> p.slug()).toList());
        assertEquals("USD", cs.get(3).targets().get(0).currency());
        // a counted undertaking keeps its count and what is counted
        assertEquals(0, new BigDecimal("300").compareTo(cs.get(2).targets().get(0).amount()));
        assertEquals("scholarships", cs.get(2).targets().get(0).metric());
        assertNull(cs.get(2).targets().get(0).currency());
    }

    @Test
    void aModalsUndertakingIsQuotedFromTheSubjectTheParseGivesIt(@TempDir Path dir) throws Exception {
        // the subject is a counted plural no word list names; the quote opens at it, not at the sentence's start
        List<CommitmentFact> cs = commitmentsOf(dir, "In his speech, Lind said the two port cities should open a ferry line.");
        assertEquals(1, cs.size(), cs::toString);
        assertEquals("the two port cities should open a ferry line", cs.get(0).evidence().quote());
    }

    @Test
    void theClauseThatReportsAnUndertakingIsNotQuotedAsPartOfIt(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir, "Norland will build a vocational school in Nordby next year, Lind said.");
        assertEquals(1, cs.size(), cs::toString);
        assertEquals("Norland will build a vocational school in Nordby next year", cs.get(0).evidence().quote());
    }

    @Test
    void aThingWhoseNameMentionsAPlaceIsNoParty(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir, "Nordby's plan for a harbour will serve two million people in the delta.");
        assertTrue(cs.isEmpty(), cs::toString);
    }

    @Test
    void aClauseWithItsOwnSubjectAndModalIsItsOwnUndertaking(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir, "There would be regular exchanges of visits between the two countries, "
                + "and both sides will expand cooperation in fisheries and forestry.");
        assertEquals(1, cs.size(), cs::toString);
        assertEquals("both sides will expand cooperation in fisheries and forestry", cs.get(0).evidence().quote());
    }

    @Test
    void aStatedSumAfterOtherStepsIsItsOwnUndertaking(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir, "The two countries should deepen economic ties, accelerate joint projects, "
                + "and raise two-way trade to US$3 billion, with a longer-term target of $6 billion, Lind said.");
        CommitmentFact sum = cs.get(cs.size() - 1);
        assertTrue(sum.evidence().quote().contains("$6 billion"), cs::toString);
        assertEquals(2, sum.targets().size(), cs::toString);
    }

    @Test
    void theAreaOfAPledgeThatIsNotItsSubjectsName(@TempDir Path dir) throws Exception {
        CommitmentFact c = commitmentsOf(dir,
                "Berg pledged that the Ministry of Energy would ensure strict environmental safeguards along the river.").get(0);
        assertEquals(PolicyArea.ENVIRONMENT, c.area());
    }

    @Test
    void aVerbConjoinedToTheClauseWithASumOfItsOwnSharesTheCueAndTheParty(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir,
                "Berg and Lind agreed to reopen the ferry line to Nordby and raise two-way trade to US$2 billion by 2028.");
        assertEquals(2, cs.size(), cs::toString);
        assertEquals("agreed to reopen the ferry line to Nordby", cs.get(0).evidence().quote());
        assertEquals("raise two-way trade to US$2 billion by 2028", cs.get(1).evidence().quote());
        assertEquals(Modality.AGREED, cs.get(1).modality());
        assertEquals(List.of("anna-berg", "olav-lind"), cs.get(1).parties().stream().map(p -> p.slug()).toList());
        assertEquals(cs.get(0).parties(), cs.get(1).parties());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Berg pledged to renovate the library of Nordby, which was built in 1965. | pledged to renovate the library of Nordby",
            "Lind vowed to fight \"illegal fishing\" in the gulf. | vowed to fight \"illegal fishing\" in the gulf",
            "Berg pledged to oppose \"piracy\". | pledged to oppose \"piracy\"",
            "Norland will build a vocational school in Sudstad, while Sudland provided the land. | Norland will build a vocational school in Sudstad"})
    void anUndertakingIsQuotedToItsClausesLastWordWithoutACommentSetOffByAComma(String sentence, String quote, @TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir, sentence);
        assertEquals(1, cs.size(), cs::toString);
        assertEquals(quote, cs.get(0).evidence().quote());
    }

    @Test
    void thePartyIsTheSubjectOfTheUndertakingsClauseNotANameBeforeIt(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir, "Speaking in Sudland on Friday, Lind said Norland will open a trade office in Sudstad.\n\n"
                + "In Nordby, the two ministries will jointly train border guards.");
        assertEquals(2, cs.size(), cs::toString);
        assertEquals("Norland will open a trade office in Sudstad", cs.get(0).evidence().quote());
        assertEquals(List.of("norland"), cs.get(0).parties().stream().map(p -> p.slug()).toList());
        assertEquals("the two ministries will jointly train border guards", cs.get(1).evidence().quote());
        assertEquals(List.of("norland", "sudland"), cs.get(1).parties().stream().map(p -> p.slug()).toList());
    }

    @Test
    void stepsConjoinedUnderOneCueWithoutSumsAreOneUndertaking(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir,
                "The two sides agreed to dredge the Nordby channel, repair its quays and open a customs post at the river mouth.");
        assertEquals(1, cs.size(), cs::toString);
        assertEquals("agreed to dredge the Nordby channel, repair its quays and open a customs post at the river mouth",
                cs.get(0).evidence().quote());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "two-way trade, bilateral trade", "bilateral trade, bilateral trade", "turnover, bilateral trade",
            "trade turnover, bilateral trade", "bilateral trade turnover, bilateral trade", "trade, bilateral trade",
            "foreign direct investment, foreign direct investment", "tourist arrivals, tourist arrivals"})
    void tradeGoesByOneNameOtherMetricsKeepTheirs(String written, String canonical) {
        assertEquals(canonical, CommitmentRules.canonicalMetric(written));
    }

    @Test
    void itemsOfAProposalsClauseConjoinedToTheProposingVerbAreItsItems(@TempDir Path dir) throws Exception {
        List<CommitmentFact> cs = commitmentsOf(dir, "President Thongloun Sisoulith requested that the Vietnamese side continue to support "
                + "the development of Lao personnel, hold seminars on Party theory, and maintain the mechanism of dialogue between "
                + "the heads of the external relations committees.");
        assertTrue(cs.stream().anyMatch(c -> c.evidence().quote().contains("hold seminars on Party theory")), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.evidence().quote().contains("maintain the mechanism of dialogue between the heads")),
                cs.toString());
    }
}
