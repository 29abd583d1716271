package org.diplomacykg.document;

/**
 * An exact span of article text: the words and where they stand in the file, counted in
 * Unicode code points, {@code [begin, end)}. Every extracted fact carries one.
 */
public record Quote(String text, int begin, int end) {
    public Quote {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ")");
        }
    }
}
