package org.diplomacykg.facts;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Slugs for IRIs: the name with diacritics folded (đ too), lower case, runs of anything else
 * turned into one hyphen: {@code "Tô Lâm"} → {@code to-lam},
 * {@code "Việt Nam–Laos Inter-Governmental Committee"} → {@code viet-nam-laos-inter-governmental-committee}.
 */
public final class Slugs {
    private Slugs() {
    }

    public static String slug(String name) {
        String folded = fold(name).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** Removes diacritics, keeping case: {@code "Việt Nam"} → {@code "Viet Nam"}, {@code "Đổi"} → {@code "Doi"}. */
    public static String fold(String text) {
        String s = text.replace('đ', 'd').replace('Đ', 'D');
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    }
}
