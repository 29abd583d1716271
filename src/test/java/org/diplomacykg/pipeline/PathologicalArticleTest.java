package org.diplomacykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.RejectedInputException;
import org.diplomacykg.document.Document;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.TextLimits;
import org.diplomacykg.document.Word;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 7: each pathological shape either loads with work bounded by its size (sentences
 * and words counted, long sentences kept but not annotated) or is refused with one line before the
 * annotators run. The full sizes of the issue are refused; scaled-down copies show what loads.
 */
class PathologicalArticleTest {
    static final ArticleGraphBuilder BUILDER = new ArticleGraphBuilder();
    static final TextLimits LIMITS = TextLimits.STANDARD;

    @TempDir
    Path dir;

    private String refusal(PathologicalArticles shape, int bytes) throws Exception {
        Path file = shape.write(dir, bytes);
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> BUILDER.build(BUILDER.readFile(file)));
        assertTrue(e.userMessage().startsWith(file + ": "), e.userMessage());
        assertEquals(-1, e.userMessage().indexOf('\n'), "one line");
        return e.userMessage().substring(file.toString().length() + 2);
    }

    private Document document(PathologicalArticles shape, int bytes) throws Exception {
        Path file = shape.write(dir, bytes);
        BUILDER.build(BUILDER.readFile(file));   // loads: no rejection
        return Document.of(new ArticleReader().read(new ArticleFileReader().read(file)));
    }

    // ---- the sizes of the issue: refused, each with its reason

    @Test
    void aOneMegabyteLineWithoutFullStopIsRefusedInOnePass() throws Exception {
        assertTrue(refusal(PathologicalArticles.NO_FULL_STOP, 1_000_000).startsWith("a sentence longer than 10000 characters"));
    }

    @Test
    void aOneMegabyteLineWhoseFullStopsAreInNumbersIsRefusedForItsWordCount() throws Exception {
        assertTrue(refusal(PathologicalArticles.STOPS_IN_NUMBERS, 1_000_000).startsWith("more than 10000 words"));
    }

    @Test
    void ninetyHundredKilobytesOfRepeatedNamesAreRefusedForTheirWordCount() throws Exception {
        assertTrue(refusal(PathologicalArticles.REPEATED_NAMES, 900_000).startsWith("more than 10000 words"));
    }

    @Test
    void aNearlyTwoMegabyteArticleOfOrdinaryParagraphsIsRefusedForItsWordCount() throws Exception {
        assertEquals("more than 10000 words (the most annotated in one article; a news article has a few thousand); split it into articles",
                refusal(PathologicalArticles.SEED_PARAGRAPHS, 1_900_000));
    }

    // ---- scaled down: what loads, and how much work it is

    @Test
    void aSentenceOverTheSentenceLimitIsRefusedBeforeAnnotation() throws Exception {
        // 40 KB: under the article's word limit, but its full stops are all inside numbers and abbreviations
        String reason = refusal(PathologicalArticles.STOPS_IN_NUMBERS, 40_000);
        assertTrue(reason.matches("a sentence of \\d+ words \\(more than the 2000 annotated in one sentence\\); not article text"), reason);
    }

    @Test
    void aLongSentenceUnderTheLimitsLoadsWithItsWordsButUnannotated() throws Exception {
        for (PathologicalArticles shape : List.of(PathologicalArticles.STOPS_IN_NUMBERS, PathologicalArticles.NO_FULL_STOP)) {
            Document d = document(shape, 3_000);
            assertEquals(1, d.sentences().size(), shape + ": one sentence");
            List<Word> words = d.sentences().get(0).words();
            assertTrue(words.size() > LIMITS.annotatedSentenceWords() && words.size() <= LIMITS.sentenceWords(), shape + ": " + words.size());
            assertTrue(words.stream().allMatch(w -> w.head() == -1 && !w.named()), shape + ": no parse, no entities beyond the annotated length");
        }
    }

    @Test
    void repeatedNamesLoadAsShortSentencesEachAnnotated() throws Exception {
        Document d = document(PathologicalArticles.REPEATED_NAMES, 8_000);
        long units = PathologicalArticles.REPEATED_NAMES.text(8_000).split("met in Vientiane", -1).length - 1;
        assertEquals(units, d.sentences().size(), "one sentence per repeated one");
        for (Sentence s : d.sentences()) {
            assertTrue(s.words().size() <= 20, s.text());
            assertTrue(s.words().stream().anyMatch(w -> w.head() >= 0) && s.words().stream().anyMatch(Word::named), "annotated: " + s.text());
        }
    }

    @Test
    void aLongOrdinaryArticleUnderTheLimitLoadsInSentencesOfOrdinaryLength() throws Exception {
        Document d = document(PathologicalArticles.SEED_PARAGRAPHS, 20_000);
        int words = d.sentences().stream().mapToInt(s -> s.words().size()).sum();
        assertTrue(words > 3_000 && words <= LIMITS.articleWords(), words + " words");
        assertTrue(d.sentences().stream().allMatch(s -> s.words().size() <= LIMITS.annotatedSentenceWords()),
                "every sentence of ordinary text is within the annotated length");
    }
}
