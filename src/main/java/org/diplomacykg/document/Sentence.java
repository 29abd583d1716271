package org.diplomacykg.document;

/**
 * One sentence of an article body.
 *
 * @param index     position of the sentence in the document, from 0
 * @param paragraph index of the paragraph that holds it, from 0
 * @param begin     first code point of the sentence in the file's text
 * @param end       one past its last code point
 * @param text      the sentence, exactly as in the file between {@code begin} and {@code end}
 * @param heading   true when the sentence is a subheading rather than running text
 */
public record Sentence(int index, int paragraph, int begin, int end, String text, boolean heading) {

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
}
