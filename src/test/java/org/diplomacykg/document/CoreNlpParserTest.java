package org.diplomacykg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.diplomacykg.article.TextBlock;
import org.diplomacykg.document.corenlp.CoreNlpParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoreNlpParserTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 2); // a Tuesday

    private static List<Sentence> parse(String paragraph) {
        return CoreNlpParser.shared().parse(List.of(new TextBlock(0, paragraph.codePointCount(0, paragraph.length()),
                paragraph, false)), PUBLISHED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The two sides met. They agreed to boost trade.|2",
            "Port No. 3 of the international port is in use. Trade rose.|2",
            "Mr. Sonexay thanked the Vietnamese side. He left.|2",
            "Trade reached US$1.5 billion in 2024. It is forecast to grow.|2",
            "He said: “We will cooperate.” The minister agreed.|2",
            "The U.S. delegation arrived on Monday.|1",
            "General Secretary Tô Lâm held talks with President Thongloun Sisoulith. 12 documents were signed.|2",
            // stored pages that lost the space after a full stop
            "They reviewed the plan at the meeting.Lao Prime Minister Sonexay thanked them.|2",
            "Trade reached US$1.5 billion in 2024.It is forecast to grow.|2",
    })
    void splitsWhereEnglishEndsASentence(String paragraph, int expected) {
        assertEquals(expected, parse(paragraph).size(), parse(paragraph).toString());
    }

    @Test
    void sentencesNeverCrossParagraphs() {
        String a = "Trade rose by 10 per cent";
        String b = "the two leaders said";
        List<Sentence> s = CoreNlpParser.shared().parse(List.of(new TextBlock(0, a.length(), a, false),
                new TextBlock(a.length() + 2, a.length() + 2 + b.length(), b, false)), PUBLISHED);
        assertEquals(2, s.size());
        assertEquals(1, s.get(1).paragraph());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Tô Lâm met Sonexay. Both sides agreed.", "Việt Nam–Laos ties grew. Đổi mới began.",
            "The 𝕏 account of the Ministry posted it. Hà Nội replied.", "Tô Lâm met Sonexay in Vientiane.The two sides agreed."})
    void offsetsAreCodePointsIntoTheText(String paragraph) {
        int prefix = 7; // the paragraph stands after 7 code points of other text
        List<Sentence> sentences = CoreNlpParser.shared().parse(
                List.of(new TextBlock(prefix, prefix + paragraph.codePointCount(0, paragraph.length()), paragraph, false)),
                PUBLISHED);
        String file = "x".repeat(prefix) + paragraph;
        int[] cps = file.codePoints().toArray();
        for (Sentence s : sentences) {
            assertEquals(s.text(), new String(cps, s.begin(), s.end() - s.begin()));
            for (Word w : s.words()) {
                assertEquals(w.text(), s.text().substring(w.start(), w.end()));
            }
        }
        Quote q = sentences.get(1).quote(5, 10);
        assertEquals(q.text(), new String(cps, q.begin(), q.end() - q.begin()));
    }

    @Test
    void wordsCarryLemmaTagEntityAndHead() {
        Sentence s = parse("Prime Minister Sonexay Siphandone held talks with his Thai counterpart in Bangkok.").get(0);
        Word held = s.words().get(4);
        assertEquals("hold", held.lemma());
        assertTrue(held.verb());
        assertEquals("root", held.relation());
        Word talks = s.words().get(5);
        assertEquals("obj", talks.relation());
        assertEquals(4, talks.head());
        assertEquals("PERSON", s.words().get(3).entity());
        assertEquals("LOCATION", s.words().get(11).entity());
        assertEquals("nsubj", s.words().get(3).relation());
    }

    @Test
    void datesAreReadAgainstThePublicationDayWhenAskedFor() {
        // SUTime reads a bare weekday forward whatever the tense ("met on Monday" → 8 December),
        // so weekdays stay with the event-date rule, which knows the verb's tense.
        List<String> withTimes = new ArrayList<>(CoreNlpParser.STANDARD_ANNOTATORS);
        withTimes.remove("depparse");
        withTimes.add(CoreNlpParser.TIME_NORMALISATION);
        String text = "The ministers met on Monday and will meet again in March next year.";
        Sentence s = new CoreNlpParser(withTimes).parse(List.of(new TextBlock(0, text.length(), text, false)), PUBLISHED).get(0);
        assertTrue(s.times().stream().anyMatch(t -> t.text().equals("March next year") && t.value().equals("2026-03")),
                s.times().toString());
    }

    @Test
    void sumsAndNumbersAreTaggedWithoutTimeNormalisation() {
        // the commitment rules read MONEY, NUMBER and PERCENT; without SUTime a percentage is a NUMBER
        Sentence s = parse("Viet Nam pledged US$1.5 billion and 12 experts as trade rose by 10 percent.").get(0);
        assertEquals("MONEY", word(s, "billion").entity(), s.words().toString());
        assertEquals("NUMBER", word(s, "12").entity(), s.words().toString());
        assertEquals("NUMBER", word(s, "10").entity(), s.words().toString());
        assertTrue(s.times().isEmpty(), "the standard parser leaves dates to the rules: " + s.times());
    }

    private static Word word(Sentence s, String text) {
        return s.words().stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow();
    }
}
