package org.diplomacykg.facts;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Slugs for IRIs, and diacritic folding. A slug is the name with diacritics folded (đ too),
 * lower-cased, apostrophes dropped, and every other run of non-alphanumerics turned into one
 * hyphen:
 * <pre>
 * slug("Tô Lâm")                                      // "to-lam"
 * slug("Việt Nam–Laos Inter-Governmental Committee")  // "viet-nam-laos-inter-governmental-committee"
 * slug("Lao People's Revolutionary Party")            // "lao-peoples-revolutionary-party"
 * </pre>
 * The same name always gives the same slug, so one real entity has one IRI whatever the spelling.
 */
public final class Slugs {
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`\u00b4]");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {
    }

    /**
     * @throws IllegalArgumentException if the name has no letter or digit left after folding
     */
    public static String slug(String name) {
        Objects.requireNonNull(name, "name");
        String lower = APOSTROPHES.matcher(fold(name).toLowerCase(Locale.ROOT)).replaceAll("");
        String slug = NOT_ALNUM.matcher(lower).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        if (start == end) {
            throw new IllegalArgumentException("no letters or digits to make a slug from: \"" + name + "\"");
        }
        return slug.substring(start, end);
    }

    /** Removes diacritics, keeping case: {@code "Việt Nam"} → {@code "Viet Nam"}, {@code "Đổi"} → {@code "Doi"}. */
    public static String fold(String text) {
        return COMBINING_MARKS.matcher(Normalizer.normalize(foldLetters(text), Normalizer.Form.NFKD)).replaceAll("");
    }

    /** Letters that Unicode decomposition does not reduce to a base letter plus marks. */
    private static String foldLetters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'đ', 'ð' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ı' -> out.append('i');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("OE");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
