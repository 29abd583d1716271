package org.diplomacykg.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplomacykg.article.TextBlock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The two sides met. They agreed to boost trade.|2",
            "Port No. 3 of the international port is in use. Trade rose.|2",
            "Mr. Sonexay thanked the Vietnamese side. He left.|2",
            "Trade reached US$1.5 billion in 2024. It is forecast to grow.|2",
            "He said: “We will cooperate.” The minister agreed.|2",
            "The U.S. delegation arrived on Monday.|1",
            "General Secretary Tô Lâm held talks with President Thongloun Sisoulith. 12 documents were signed.|2",
    })
    void splitsWhereAgencyEnglishEndsASentence(String paragraph, int expected) {
        List<Sentence> s = new SentenceSplitter().split(List.of(new TextBlock(0, paragraph.length(), paragraph, false)));
        assertEquals(expected, s.size(), s.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Tô Lâm met Sonexay. Both sides agreed.", "Việt Nam–Laos ties grew. Đổi mới began."})
    void offsetsAreCodePointsIntoTheText(String paragraph) {
        int prefix = 7; // the paragraph stands after 7 code points of other text
        List<Sentence> sentences = new SentenceSplitter().split(
                List.of(new TextBlock(prefix, prefix + paragraph.codePointCount(0, paragraph.length()), paragraph, false)));
        String file = "x".repeat(prefix) + paragraph;
        int[] cps = file.codePoints().toArray();
        for (Sentence s : sentences) {
            assertEquals(s.text(), new String(cps, s.begin(), s.end() - s.begin()));
        }
        Sentence second = sentences.get(1);
        Quote q = second.quote(5, 10);
        assertEquals(q.text(), new String(cps, q.begin(), q.end() - q.begin()));
    }
}
