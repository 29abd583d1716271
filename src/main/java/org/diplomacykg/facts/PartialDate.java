package org.diplomacykg.facts;

import java.time.LocalDate;

/**
 * A date as precise as the text makes it: a day ({@code 2025-12-01}), a month
 * ({@code 2025-12}) or a year ({@code 2026}). Month and day are null when the text does not say.
 */
public record PartialDate(int year, Integer month, Integer day) {
    public PartialDate {
        if (month == null && day != null) {
            throw new IllegalArgumentException("a day without a month");
        }
        if (day != null) {
            LocalDate.of(year, month, day); // rejects 30 February
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    public static PartialDate yearMonth(int year, int month) {
        return new PartialDate(year, month, null);
    }

    public static PartialDate year(int year) {
        return new PartialDate(year, null, null);
    }

    /** ISO 8601 text at the date's precision: {@code 2025-12-01}, {@code 2025-12} or {@code 2026}. */
    @Override
    public String toString() {
        if (month == null) {
            return String.format("%04d", year);
        }
        if (day == null) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
