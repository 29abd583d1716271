package org.diplomacykg.facts.events;

import org.diplomacykg.facts.PartialDate;

/**
 * A date expression found in a sentence, resolved against the publication date:
 * {@code "December 1-2"} is a range, {@code "on Monday"} a day, {@code "in early 2026"} a year.
 *
 * @param start   first char of the expression in the sentence text
 * @param end     one past its last char
 * @param date    the day, month or year when the expression names one point; else null
 * @param from    first day of a range ({@code December 1-2}); else null
 * @param to      last day of a range; else null
 * @param sameDay true for "on the same day/afternoon": the date is the narrative's current day
 */
public record DateMention(int start, int end, PartialDate date, PartialDate from, PartialDate to, boolean sameDay) {

    public boolean isRange() {
        return from != null;
    }

    /** True for a single stated day (not a month, year or range). */
    public boolean isDay() {
        return date != null && date.day() != null;
    }

    /** The first day this expression covers: the date, or the start of the range. */
    public PartialDate first() {
        return date != null ? date : from;
    }
}
