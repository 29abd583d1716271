package org.diplomacykg.facts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.article.TextBlock;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.corenlp.CoreNlpParser;
import org.diplomacykg.facts.EventType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Triggers read from the parse: the trigger's words and whether a verb reports the event, on sentences of our own. */
class EventWordRuleTest {
    private final EventWordRule rule = new EventWordRule();

    private static Sentence parse(String text) {
        return CoreNlpParser.shared().parse(List.of(new TextBlock(0, text.length(), text, false)), LocalDate.of(2025, 6, 2)).get(0);
    }

    static Stream<Arguments> events() {
        return Stream.of(
                // a light verb before or after its event noun, with words between them
                Arguments.of("Formal talks were held on the second day.", EventType.TALKS, "Formal talks were held", true),
                Arguments.of("The envoy, before having a brief bilateral meeting with Minister Anna Berg, toured the port.",
                        EventType.MEETING, "having a brief bilateral meeting", true),
                // an event noun told with whom: the clause's subject is the other party
                Arguments.of("Olav Lind returned home after lengthy talks with President Anna Berg in Oslo.", EventType.TALKS,
                        "lengthy talks", true),
                Arguments.of("Minister Kari Holm had a working lunch with her counterpart Per Dahl on Monday.", EventType.MEETING,
                        "had a working lunch", true),
                // a visit told by its possessor or its destination, of a kind the words do not say
                Arguments.of("Anna Berg's week-long visit to Sudland ended on Friday.", null, "Anna Berg's week-long visit", false),
                // event verbs with the argument that makes them events
                Arguments.of("Chancellor Per Dahl met Anna Berg at the palace.", EventType.MEETING, "met", true),
                Arguments.of("The chancellor is visiting Norway this week.", null, "visiting", true),
                Arguments.of("A loan accord was inked in the capital.", EventType.DOCUMENT_SIGNING, "inked", true),
                // those who witness a ceremony take part in it: told by the verb, as "attended" tells one
                Arguments.of("President Anna Berg and her counterpart Per Dahl witnessed the signing ceremony.",
                        EventType.DOCUMENT_SIGNING, "witnessed the signing ceremony", true),
                Arguments.of("The signing ceremony was witnessed by President Anna Berg.", EventType.DOCUMENT_SIGNING,
                        "The signing ceremony was witnessed", true),
                // documents counted or grouped: the parser makes the count the argument
                Arguments.of("A total of four agreements between Nordland and Sudland were signed on Monday.", EventType.DOCUMENT_SIGNING,
                        "signed", true),
                // an event noun whose participle clause names its host
                Arguments.of("She spoke on Tuesday at a state banquet hosted by King Per Olav.", EventType.CEREMONY,
                        "a state banquet", false),
                // a courtesy call on someone
                Arguments.of("The envoy called on his counterpart Anna Berg in Oslo.", EventType.MEETING, "called on", true),
                // two named leaders doing one thing on a stated day met, though no word says so
                Arguments.of("Norland's President Anna Berg and Sudland's Prime Minister Per Dahl on Tuesday vowed closer fisheries ties.",
                        EventType.MEETING, "vowed", true),
                Arguments.of("Prime Minister Per Dahl and his Norlandic counterpart Anna Berg renewed pledges on March 3 to expand trade.",
                        EventType.MEETING, "renewed", true));
    }

    @ParameterizedTest
    @MethodSource("events")
    void findsTheEventWithItsWords(String text, EventType type, String words, boolean verbal) {
        Sentence s = parse(text);
        List<EventTrigger> found = new java.util.ArrayList<>(rule.find(s));
        found.addAll(rule.jointActs(s));
        assertTrue(found.stream().anyMatch(t -> t.type() == type && s.text().substring(t.start(), t.end()).equals(words)
                && t.verbal() == verbal), () -> text + " → " + found.stream().map(t -> t.type() + " [" + s.text().substring(t.start(), t.end())
                + "] verbal=" + t.verbal()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The plant must meet the demand for power.",            // meet without anyone met
            "International meetings help the country.",             // meetings in general
            "They signed up for the course.",                       // nothing signed
            "The talks ended without a deal.",                      // a back-reference, left to the lexicon's reading
            "Exports rose after the visit.",
            "The union called on the government to act quickly.",   // an appeal, not a courtesy call
            "Anna Berg called on Per Dahl to resign.",
            "Anna Berg and Per Dahl said on Tuesday that fisheries ties would grow.", // a report, not a joint act
            "Anna Berg and Per Dahl have long favoured closer fisheries ties.",       // no day: a stance, not an occasion
            "Anna Berg and Per Dahl arrived in Oslo on Tuesday.",
            "The banquet hall built by the company opened."})
    void findsNoEventOfItsOwn(String text) {
        Sentence s = parse(text);
        List<EventTrigger> found = new java.util.ArrayList<>(rule.find(s));
        found.addAll(rule.jointActs(s));
        assertEquals(List.of(), found.stream().map(t -> t.type() + " [" + s.text().substring(t.start(), t.end()) + "]").toList(), text);
    }
}
