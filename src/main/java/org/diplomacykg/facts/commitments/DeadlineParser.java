package org.diplomacykg.facts.commitments;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.facts.PartialDate;

/**
 * The deadline a commitment states: {@code "by 2030"} → 2030, {@code "by the end of 2026"} → 2026,
 * {@code "by June 2027"} → 2027-06. Vague horizons ({@code "in the coming time"},
 * {@code "in the near future"}, {@code "soon"}) give none.
 */
public final class DeadlineParser {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final Pattern BY = Pattern.compile(
            "\\b(?:by|before|no\\s+later\\s+than|until)\\s+(?:the\\s+end\\s+of\\s+|end-|mid-|early\\s+|late\\s+)?(?:(" + MONTHS + ")\\s+)?((?:19|20)\\d{2})\\b");

    /** "by the end of this year", "within next year": a deadline relative to the publication year. */
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(?:by\\s+the\\s+end\\s+of|within|before\\s+the\\s+end\\s+of|by\\s+end-)\\s+(this|next)\\s+year\\b");

    /** The deadline in the text, or null; a deadline relative to "this year" needs {@link #find(String, java.time.LocalDate)}. */
    public PartialDate find(String text) {
        return find(text, null);
    }

    /** The deadline in the text, reading "this year" and "next year" against the publication date; or null. */
    public PartialDate find(String text, java.time.LocalDate published) {
        Matcher m = BY.matcher(text);
        if (!m.find()) {
            Matcher r = RELATIVE.matcher(text);
            if (published != null && r.find()) {
                return PartialDate.year(published.getYear() + (r.group(1).equalsIgnoreCase("next") ? 1 : 0));
            }
            return null;
        }
        int year = Integer.parseInt(m.group(2));
        if (m.group(1) != null) {
            return PartialDate.yearMonth(year, java.time.Month.valueOf(m.group(1).toUpperCase()).getValue());
        }
        return PartialDate.year(year);
    }
}
