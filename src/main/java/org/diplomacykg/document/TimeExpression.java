package org.diplomacykg.document;

/**
 * A date or time the text states, normalised by the parser against the publication date
 * ({@code "on Tuesday"} in an article of 2 December 2025 → {@code 2025-12-02}).
 *
 * @param start first Java {@code char} in {@link Sentence#text()}
 * @param end   one past its last {@code char}
 * @param text  the words as written
 * @param type  TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value TIMEX3 value: {@code 2025-12-02}, {@code 2025-12}, {@code 2026}, {@code P2D},
 *              {@code FUTURE_REF}, …
 */
public record TimeExpression(int start, int end, String text, String type, String value) {
}
