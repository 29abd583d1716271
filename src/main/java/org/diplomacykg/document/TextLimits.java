package org.diplomacykg.document;

/**
 * How much text the document step annotates, so that its cost stays linear in the text and its
 * memory bounded whatever the file holds. A news article has a few thousand words in sentences
 * of well under a hundred; the limits are ten times that and more.
 *
 * @param articleWords a text with more words than this is refused before any annotator runs
 * @param sentenceWords a text with a sentence longer than this is refused before any annotator runs
 *        (a run of text whose only full stops are in numbers or abbreviations is one sentence)
 * @param annotatedSentenceWords longer sentences are kept, with their words and offsets, but get no
 *        tags, entities or parse: the tagger, the entity classifiers and the parser are the costs
 *        that grow with a sentence's length
 */
public record TextLimits(int articleWords, int sentenceWords, int annotatedSentenceWords) {
    /**
     * About 60 KB of English in one article (some 10 CPU-seconds of annotation, inside the loader's
     * 20 s budget); sentences up to 2,000 words, annotated up to 250.
     */
    public static final TextLimits STANDARD = new TextLimits(10_000, 2_000, 250);

    public TextLimits {
        if (articleWords < 1 || sentenceWords < 1 || annotatedSentenceWords < 1 || annotatedSentenceWords > sentenceWords)
            throw new IllegalArgumentException("limits must be positive, annotated sentences at most the longest sentence");
    }
}
