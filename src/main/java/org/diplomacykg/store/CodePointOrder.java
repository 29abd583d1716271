package org.diplomacykg.store;

import java.util.Comparator;

/** The order SPARQL and readers give strings: by code point, where Java's own compares UTF-16 units. */
final class CodePointOrder {

    static final Comparator<String> STRINGS = CodePointOrder::compare;

    private CodePointOrder() {
    }

    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
