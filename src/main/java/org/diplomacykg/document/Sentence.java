package org.diplomacykg.document;

import java.util.List;

/**
 * One sentence of an article body, with its words as the parser reads them.
 *
 * @param index     position of the sentence in the document, from 0
 * @param paragraph index of the paragraph that holds it, from 0
 * @param begin     first code point of the sentence in the file's text
 * @param end       one past its last code point
 * @param text      the sentence, exactly as in the file between {@code begin} and {@code end}
 * @param heading   true when the sentence is a subheading rather than running text
 * @param words     its words with lemma, part of speech, entity class and dependency head
 * @param times     the dates and times it states, normalised against the publication date; empty
 *                  unless the parser was asked to normalise them (SUTime is not in the standard set)
 */
public record Sentence(int index, int paragraph, int begin, int end, String text, boolean heading, List<Word> words,
                       List<TimeExpression> times) {
    public Sentence {
        words = List.copyOf(words);
        times = List.copyOf(times);
    }

    /**
     * The code-point span of a part of this sentence given in Java {@code char} indices into
     * {@link #text()}, as a regex {@code Matcher} reports them.
     */
    public Quote quote(int charStart, int charEnd) {
        int b = begin + text.codePointCount(0, charStart);
        int e = b + text.codePointCount(charStart, charEnd);
        return new Quote(text.substring(charStart, charEnd), b, e);
    }

    /** The whole sentence as a quote. */
    public Quote quote() {
        return new Quote(text, begin, end);
    }

    /** The words that depend on word {@code i}, in sentence order. */
    public List<Word> dependents(int i) {
        return words.stream().filter(w -> w.head() == i).toList();
    }

    /** Index of the first word of the phrase word {@code i} heads: its leftmost dependent's, recursively. */
    public int phraseFirst(int i) {
        int first = i;
        for (Word d : dependents(i)) {
            if (d.index() < first) {
                first = Math.min(first, phraseFirst(d.index()));
            }
        }
        return first;
    }

    /** Index of the last word of the phrase word {@code i} heads. */
    public int phraseLast(int i) {
        int last = i;
        for (Word d : dependents(i)) {
            last = Math.max(last, phraseLast(d.index()));
        }
        return last;
    }
}
