package org.diplomacykg.facts.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.facts.PartialDate;

/**
 * Finds date expressions in a sentence and resolves them against the article's publication
 * date. A day without a year takes the year that puts it nearest the publication date; a
 * weekday is the most recent such day on or before publication for past reports, the next one
 * on or after it for announced events.
 *
 * <pre>
 * resolver.find("talks on Monday in Hà Nội", LocalDate.of(2026, 1, 26), false)
 *     → [DateMention(9, 18, 2026-01-26, …)]
 * resolver.find("during the visit, spanning December 1-2", LocalDate.of(2025, 12, 3), false)
 *     → [range 2025-12-01 … 2025-12-02]
 * resolver.find("in early 2026", …) → [gYear 2026]
 * </pre>
 */
public final class EventDateResolver {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
    private static final String DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String PART_OF_DAY = "(?:(?:the\\s+)?(?:morning|afternoon|evening|night)\\s+of\\s+)?";

    /** "December 1-2", "December 1 – 2, 2025", "1-2 December", "April 7 to 9". */
    private static final Pattern MONTH_DAY_RANGE = Pattern.compile(
            "\\b(" + MONTHS + ")\\s+(\\d{1,2})(?:\\s*[-–—]\\s*|\\s+(?:to|through|until)\\s+)(\\d{1,2})(?!\\d|\\s*(?:" + MONTHS + "))(?:,?\\s+(\\d{4}))?\\b"
                    + "|\\b(\\d{1,2})(?:\\s*[-–—]\\s*|\\s+(?:to|through|until)\\s+)(\\d{1,2})\\s+(" + MONTHS + ")(?:,?\\s+(\\d{4}))?\\b");
    /** "December 1", "December 1, 2025", "1 December 2025", with an optional "morning of". */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + PART_OF_DAY + "(?:(" + MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4}))?"
                    + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")(?:,?\\s+(\\d{4}))?)\\b");
    /** "in December 2025", "in December". */
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "\\b(?:in|during|since|from|until)\\s+(?:(?:early|mid|late|mid-)\\s*)?(" + MONTHS + ")(?:\\s+(\\d{4}))?\\b");
    /** "in early 2026", "in 2026", "by the end of 2026". */
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:in|during|early|late|mid|mid-)\\s+(?:(?:early|late|mid)[- ]?)?((?:19|20)\\d{2})\\b(?!\\s*[-–]\\s*\\d)");
    /** "on Monday", "on the morning of Tuesday", "Monday morning". */
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:on\\s+)?" + PART_OF_DAY + "(" + DAYS + ")(?:\\s+(?:morning|afternoon|evening|night))?\\b");
    /** "next year", "later this year", "in the second half of next year", "next month", "this month", "last month". */
    private static final Pattern RELATIVE_PERIOD = Pattern.compile(
            "(?i)\\b(?:(?:early|late|later|mid-?|earlier)\\s*|(?:the\\s+)?(?:first|second|latter)\\s+half\\s+of\\s+|the\\s+(?:beginning|end|middle)\\s+of\\s+)?"
                    + "(next|this|last|the\\s+coming|the\\s+following)\\s+(year|month)\\b");
    private static final Pattern RELATIVE = Pattern.compile("\\b(today|yesterday|tomorrow)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SAME_DAY = Pattern.compile(
            "\\b(?:on\\s+)?the\\s+same\\s+(?:day|morning|afternoon|evening)\\b|\\blater\\s+(?:that|the\\s+same)\\s+day\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Every date expression of a sentence, in text order, longest first where they overlap.
     *
     * @param future true when the sentence announces something to come (weekdays then look ahead)
     */
    public List<DateMention> find(String text, LocalDate published, boolean future) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = MONTH_DAY_RANGE.matcher(text);
        while (m.find()) {
            boolean monthFirst = m.group(1) != null;
            Month month = month(monthFirst ? m.group(1) : m.group(7));
            int d1 = Integer.parseInt(monthFirst ? m.group(2) : m.group(5));
            int d2 = Integer.parseInt(monthFirst ? m.group(3) : m.group(6));
            String y = monthFirst ? m.group(4) : m.group(8);
            if (month == null || d1 < 1 || d2 < d1 || d2 > 31) {
                continue;
            }
            int year = y != null ? Integer.parseInt(y) : nearestYear(month, d1, published);
            LocalDate from = safeDate(year, month, d1);
            LocalDate to = safeDate(year, month, d2);
            if (from != null && to != null) {
                add(out, new DateMention(m.start(), m.end(), null, PartialDate.of(from), PartialDate.of(to), false));
            }
        }
        m = MONTH_DAY.matcher(text);
        while (m.find()) {
            boolean monthFirst = m.group(1) != null;
            Month month = month(monthFirst ? m.group(1) : m.group(5));
            int day = Integer.parseInt(monthFirst ? m.group(2) : m.group(4));
            String y = monthFirst ? m.group(3) : m.group(6);
            if (month == null) {
                continue;
            }
            int year = y != null ? Integer.parseInt(y) : nearestYear(month, day, published);
            LocalDate d = safeDate(year, month, day);
            if (d != null) {
                add(out, new DateMention(m.start(), m.end(), PartialDate.of(d), null, null, false));
            }
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            Month month = month(m.group(1));
            if (month == null) {
                continue;
            }
            int year = m.group(2) != null ? Integer.parseInt(m.group(2))
                    : future ? comingYear(month, published) : nearestYear(month, 15, published);
            add(out, new DateMention(m.start(), m.end(), PartialDate.yearMonth(year, month.getValue()), null, null, false));
        }
        m = YEAR.matcher(text);
        while (m.find()) {
            add(out, new DateMention(m.start(), m.end(), PartialDate.year(Integer.parseInt(m.group(1))), null, null, false));
        }
        m = RELATIVE_PERIOD.matcher(text);
        while (m.find()) {
            boolean last = m.group(1).equalsIgnoreCase("last");
            boolean ahead = !m.group(1).equalsIgnoreCase("this") && !last;
            if (!future && !last && (ahead || !m.group().toLowerCase(Locale.ROOT).startsWith("earlier"))) {
                // a report looks back: only "earlier this year" and "last month" date what has happened
                continue;
            }
            boolean year = m.group(2).equalsIgnoreCase("year");
            PartialDate d;
            if (year) {
                d = PartialDate.year(published.getYear() + (ahead ? 1 : last ? -1 : 0));
            } else {
                LocalDate mo = ahead ? published.plusMonths(1) : last ? published.minusMonths(1) : published;
                d = PartialDate.yearMonth(mo.getYear(), mo.getMonthValue());
            }
            add(out, new DateMention(m.start(), m.end(), d, null, null, false));
        }
        m = WEEKDAY.matcher(text);
        List<DateMention> weekdays = new ArrayList<>();
        while (m.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            DateMention w = new DateMention(m.start(), m.end(), PartialDate.of(weekday(dow, published, future)), null, null, false);
            add(out, w);
            weekdays.add(w);
        }
        mistypedMonths(out, weekdays, text);
        m = RELATIVE.matcher(text);
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate d = switch (w) {
                case "yesterday" -> published.minusDays(1);
                case "tomorrow" -> published.plusDays(1);
                default -> published;
            };
            add(out, new DateMention(m.start(), m.end(), PartialDate.of(d), null, null, false));
        }
        m = SAME_DAY.matcher(text);
        while (m.find()) {
            add(out, new DateMention(m.start(), m.end(), null, null, null, true));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static final Pattern WEEKDAY_THEN_DATE = Pattern.compile("\\s*[(,]\\s*");

    /**
     * "On Thursday (Jun 27)" in a report of Thursday 27 July: a weekday with a date beside it that falls on
     * another weekday but on the same day of the month. The month is the slip (a day's number is seldom
     * mistyped into a match), so the date takes the weekday's reading.
     */
    private static void mistypedMonths(List<DateMention> out, List<DateMention> weekdays, String text) {
        for (DateMention w : weekdays) {
            for (int i = 0; i < out.size(); i++) {
                DateMention d = out.get(i);
                if (d == w || !d.isDay() || d.start() < w.end()
                        || !WEEKDAY_THEN_DATE.matcher(text.substring(w.end(), d.start())).matches()) {
                    continue;
                }
                PartialDate stated = d.date();
                PartialDate byWeekday = w.date();
                if (!stated.equals(byWeekday) && stated.day().equals(byWeekday.day())) {
                    out.set(i, new DateMention(d.start(), d.end(), w.date(), null, null, false));
                }
            }
        }
    }

    /** The weekday nearest the publication date: on or before it for reports, on or after for plans. */
    static LocalDate weekday(DayOfWeek dow, LocalDate published, boolean future) {
        int diff = dow.getValue() - published.getDayOfWeek().getValue();
        if (future) {
            return published.plusDays(Math.floorMod(diff, 7));
        }
        return published.minusDays(Math.floorMod(-diff, 7));
    }

    /** The year of the coming such month for an announced event: "in June" read in March is this June, read in August next June. */
    static int comingYear(Month month, LocalDate published) {
        return month.getValue() >= published.getMonthValue() ? published.getYear() : published.getYear() + 1;
    }

    /** The year that puts month/day nearest the publication date ("December 1" read in January is last year's). */
    static int nearestYear(Month month, int day, LocalDate published) {
        int best = published.getYear();
        long bestGap = Long.MAX_VALUE;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            LocalDate d = safeDate(y, month, Math.min(day, month.length(java.time.Year.isLeap(y))));
            if (d == null) {
                continue;
            }
            long gap = Math.abs(d.toEpochDay() - published.toEpochDay());
            if (gap < bestGap) {
                bestGap = gap;
                best = y;
            }
        }
        return best;
    }

    private static LocalDate safeDate(int year, Month month, int day) {
        if (day < 1 || day > month.length(java.time.Year.isLeap(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    private static Month month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() >= 3 && full.startsWith(n))) {
                return mo;
            }
        }
        return null;
    }

    /** Keeps the first of overlapping expressions (ranges and days are found before months and years). */
    private static void add(List<DateMention> out, DateMention d) {
        for (DateMention o : out) {
            if (d.start() < o.end() && o.start() < d.end()) {
                return;
            }
        }
        out.add(d);
    }
}
