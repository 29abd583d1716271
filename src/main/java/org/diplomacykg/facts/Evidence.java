package org.diplomacykg.facts;

import org.diplomacykg.document.Quote;

/**
 * The exact text behind a fact, and where it stands: {@code [begin, end)} in Unicode code points
 * of the article file, plus the index of the sentence that holds it.
 */
public record Evidence(String quote, int begin, int end, int sentence) {
    public static Evidence of(Quote quote, int sentence) {
        return new Evidence(quote.text(), quote.begin(), quote.end(), sentence);
    }
}
