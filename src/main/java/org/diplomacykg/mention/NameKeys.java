package org.diplomacykg.mention;

import java.util.regex.Pattern;
import java.util.Locale;
import org.diplomacykg.facts.Slugs;

/**
 * Lookup keys for names: diacritics folded, case dropped, everything but letters and digits
 * removed, so spelling variants meet: {@code "Việt Nam"}, {@code "Viet Nam"} and
 * {@code "Vietnam"} all give {@code vietnam}; {@code "Inter-Governmental"} and
 * {@code "Intergovernmental"} give {@code intergovernmental}.
 */
public final class NameKeys {
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private NameKeys() {
    }

    public static String key(String name) {
        return NOT_ALNUM.matcher(Slugs.fold(name).toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** True when the text carries diacritics (or đ): {@code "Tô Lâm"} yes, {@code "To Lam"} no. */
    public static boolean hasDiacritics(String name) {
        return !Slugs.fold(name).equals(name);
    }
}
