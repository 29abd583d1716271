package org.diplomacykg.facts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.article.TextBlock;
import org.diplomacykg.document.corenlp.CoreNlpParser;
import org.diplomacykg.facts.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTriggerRuleTest {
    private final EventTriggerRule rule = new EventTriggerRule();

    static Stream<Arguments> oneOfEachType() {
        return Stream.of(
                Arguments.of("President Anna Berg paid a state visit to Norland last week.", EventType.STATE_VISIT),
                Arguments.of("The minister is on an official visit to Tokyo from May 3-5.", EventType.OFFICIAL_VISIT),
                Arguments.of("Prime Minister Kim held talks with his Thai counterpart in Bangkok.", EventType.TALKS),
                Arguments.of("The Speaker had a meeting with the visiting delegation on Friday.", EventType.MEETING),
                Arguments.of("Vice President Lee met with Cambodian Prime Minister Hun Manet.", EventType.MEETING),
                Arguments.of("A welcoming ceremony was held at the Presidential Palace.", EventType.CEREMONY),
                Arguments.of("The guests attended a ceremony marking the 30th anniversary of ties.", EventType.CEREMONY),
                Arguments.of("She delivered a keynote address at the National University.", EventType.SPEECH),
                Arguments.of("The King conferred the Order of Merit upon Ambassador Tan.", EventType.AWARD_CONFERRAL),
                Arguments.of("The two leaders witnessed the signing of nine cooperation documents.", EventType.DOCUMENT_SIGNING),
                Arguments.of("The ministers signed three agreements on energy and transport.", EventType.DOCUMENT_SIGNING),
                Arguments.of("The two prime ministers inaugurated the Mekong Friendship Bridge.", EventType.INAUGURATION),
                Arguments.of("They attended the inauguration of the new border gate.", EventType.INAUGURATION),
                Arguments.of("The ministers co-chaired the 12th Meeting of the Joint Trade Committee.", EventType.COMMITTEE_SESSION),
                Arguments.of("The foreign ministers held phone talks on Tuesday.", EventType.PHONE_CALL),
                Arguments.of("Delegates hailed the 9th Congress of the People's Party.", EventType.CONGRESS),
                Arguments.of("He congratulated her on her re-election as President.", EventType.ELECTION),
                Arguments.of("The two countries issued a joint statement after the talks.", EventType.JOINT_STATEMENT),
                // elections and approvals of office-holders
                Arguments.of("Maria Holm was re-elected Speaker of the Norland Parliament on Monday.", EventType.ELECTION),
                Arguments.of("The parliament elected Olav Lind as Vice President.", EventType.ELECTION),
                Arguments.of("The congress closed after re-electing Anna Berg as party chair.", EventType.ELECTION),
                Arguments.of("Lawmakers approved the nomination of Eva Holm as Minister of Finance.", EventType.ELECTION),
                Arguments.of("The new parliament was elected in a nationwide vote in May.", EventType.ELECTION),
                // courtesy calls and receptions are meetings
                Arguments.of("The minister paid a courtesy call on King Harald in Oslo.", EventType.MEETING),
                Arguments.of("Receiving the visiting delegation, the Premier praised the ties.", EventType.MEETING),
                Arguments.of("The Speaker received a delegation of the Sudland Senate.", EventType.MEETING),
                // named meetings of a series
                Arguments.of("The sixth Norland – Sudland Strategic Dialogue will take place in Oslo.", EventType.MEETING),
                Arguments.of("They agreed to hold the annual defence policy dialogue in June.", EventType.MEETING),
                // sittings of a legislature
                Arguments.of("Lawmakers gathered for the third session of the 15th National Assembly.", EventType.COMMITTEE_SESSION),
                // speeches introduced by where they were said
                Arguments.of("In her opening speech, the chairwoman hailed the results.", EventType.SPEECH),
                // notes exchanged under a loan
                Arguments.of("The ambassador and the vice minister signed the diplomatic notes on the loan.", EventType.DOCUMENT_SIGNING),
                Arguments.of("The two sides exchanged five cooperation agreements.", EventType.DOCUMENT_SIGNING),
                Arguments.of("The prime ministers officially opened the Nordby International Airport.", EventType.INAUGURATION),
                Arguments.of("The Sudstad Metro Line was put into operation on Monday.", EventType.INAUGURATION),
                Arguments.of("A joint statement was issued at the end of the visit.", EventType.JOINT_STATEMENT),
                // talks named by who takes part, meetings in the plural, without "with", announced or in a participle
                Arguments.of("Trade was discussed during talks between President Berg and visiting President Holm.", EventType.TALKS),
                Arguments.of("The two envoys also had separate meetings with the Sudland foreign minister.", EventType.MEETING),
                Arguments.of("Berg and Holm later held a private meeting on regional security.", EventType.MEETING),
                Arguments.of("During her stay, the President is expected to meet Speaker Olav Lind.", EventType.MEETING),
                Arguments.of("Meeting Sudland Foreign Minister Lind the same day, Berg urged closer ties.", EventType.MEETING),
                Arguments.of("The two ports will organise a joint investment forum in Nordby.", EventType.MEETING),
                Arguments.of("Attending a dialogue between Nordic leaders and business groups, she spoke on trade.", EventType.MEETING),
                Arguments.of("The foreign ministers met at their third trilateral meeting in Oslo.", EventType.MEETING),
                Arguments.of("Sudland will host the second Nordic Youth Exchange next year.", EventType.MEETING),
                // signing plans and protocols, speeches by addressing a session, ceremonies by what happens at them
                Arguments.of("The two ministers signed the 2027 defence cooperation plan.", EventType.DOCUMENT_SIGNING),
                Arguments.of("Norland joined the other members in signing the protocol on fisheries.", EventType.DOCUMENT_SIGNING),
                Arguments.of("Addressing the opening session, the Premier urged restraint.", EventType.SPEECH),
                Arguments.of("The forum closes with a ceremony at which Norland hands over the chair.", EventType.CEREMONY));
    }

    @ParameterizedTest(name = "{index} - {1}")
    @MethodSource("oneOfEachType")
    void findsEachEventType(String sentence, EventType type) {
        // as the extractor reads a sentence: the lexicon and the parse together
        List<EventTrigger> found = rule.find(CoreNlpParser.shared().parse(List.of(new TextBlock(0, sentence.length(), sentence, false)),
                LocalDate.of(2025, 6, 2)).get(0));
        assertTrue(found.stream().anyMatch(t -> t.type() == type), () -> "no " + type + " in " + found);
    }

    @org.junit.jupiter.api.Test
    void twoLeadersActingTogetherInACallMetNowhereElse() {
        String sentence = "Norland Foreign Minister Anna Berg and her Sudland counterpart, Olav Lind, in a phone conversation "
                + "on Wednesday spoke warmly of the results of their cooperation in 2025.";
        List<EventTrigger> found = rule.find(CoreNlpParser.shared().parse(List.of(new TextBlock(0, sentence.length(), sentence, false)),
                LocalDate.of(2025, 6, 2)).get(0));
        assertTrue(found.stream().anyMatch(t -> t.type() == EventType.PHONE_CALL), found::toString);
        assertTrue(found.stream().noneMatch(t -> t.type() == EventType.MEETING), found::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The two sides highly valued the regular visits, meetings, and interactions between their leaders.",
            "Exports reached US$1.1 billion last year.",
            "The country is implementing the Resolution of the 12th Congress.",
            "JICA's head of office was signing for the Japanese side.",
            "The elected officials thanked the voters.",
            "The dialogue between cultures enriches both peoples.",
            "The reform opened the Norlandic market to foreign investors.",
            "The line has carried millions since it was put into operation in 2021.",
            "The minister told a press conference that exports rose.",
            "Meeting demand for power remains the utility's priority.",
            "The addressed envelope arrived late.",
            "The two nations signed up to the Paris targets years ago."})
    void readsNoEventIntoGeneralWords(String sentence) {
        assertTrue(rule.find(sentence).stream().noneMatch(t -> t.type() != null && t.type() != EventType.CONGRESS),
                () -> rule.find(sentence).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"the 48th Meeting of the Việt Nam–Laos Inter-Governmental Committee",
            "the 48th Việt Nam – Laos Intergovernmental Committee meeting"})
    void numberedSessionsAreCommitteeSessionsNotMeetings(String phrase) {
        List<EventTrigger> found = rule.find("They will co-chair " + phrase + ".");
        assertEquals(EventType.COMMITTEE_SESSION, found.get(0).type());
        assertEquals(48, found.get(0).ordinal());
    }

    @org.junit.jupiter.api.Test
    void countsDocumentsAndNamesAwards() {
        assertEquals(12, rule.find("The leaders witnessed the exchange of 12 important cooperation documents.").get(0).count());
        assertEquals("National Gold Medal", rule.find("The President presented him with the National Gold Medal.").get(0).award());
    }

    @org.junit.jupiter.api.Test
    void anInvitationIsAnAnnouncedVisit() {
        EventTrigger t = rule.find("He invited the President and his wife to visit Norland at an appropriate time.").get(0);
        assertTrue(t.invited());
    }
}
