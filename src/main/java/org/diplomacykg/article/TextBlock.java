package org.diplomacykg.article;

/**
 * A paragraph of article text: a span of the file's text, in Unicode code points,
 * {@code [begin, end)}, with the text it covers.
 *
 * @param begin   first code point of the paragraph in the file's text
 * @param end     one past its last code point
 * @param text    the paragraph's text
 * @param heading true for a subheading inside the body (a short line without closing punctuation)
 */
public record TextBlock(int begin, int end, String text, boolean heading) {
}
