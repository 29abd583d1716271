package org.diplomacykg.facts.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventDateResolverTest {
    private final EventDateResolver resolver = new EventDateResolver();

    static Stream<Arguments> forms() {
        return Stream.of(
                // text, published, future, expected first date, expected last day of a range (or null)
                Arguments.of("The talks took place on December 1.", "2025-12-03", false, "2025-12-01", null),
                Arguments.of("During the visit, spanning December 1-2, he met leaders.", "2025-12-03", false, "2025-12-01", "2025-12-02"),
                Arguments.of("The summit runs 3–5 March 2026 in Hanoi.", "2026-02-20", true, "2026-03-03", "2026-03-05"),
                Arguments.of("He made the remarks during talks on Monday in Hà Nội.", "2026-01-26", false, "2026-01-26", null),
                Arguments.of("The ministers met on Tuesday.", "2025-12-03", false, "2025-12-02", null),
                Arguments.of("The ministers will meet on Tuesday.", "2025-12-03", true, "2025-12-09", null),
                Arguments.of("On the morning of December 1, the ceremony took place.", "2025-12-01", false, "2025-12-01", null),
                Arguments.of("The state visit to Laos in December 2025 was a success.", "2026-01-26", false, "2025-12", null),
                Arguments.of("Both will hold elections in early 2026.", "2025-12-02", true, "2026", null),
                Arguments.of("The talks held on December 30 were fruitful.", "2026-01-05", false, "2025-12-30", null),
                Arguments.of("Talks were held yesterday.", "2026-01-05", false, "2026-01-04", null),
                // partial dates of announced events
                Arguments.of("The committee will meet in Oslo next year.", "2026-02-10", true, "2027", null),
                Arguments.of("The forum will be held later this year.", "2026-02-10", true, "2026", null),
                Arguments.of("The summit is set for the second half of this year.", "2026-02-10", true, "2026", null),
                Arguments.of("The dialogue will take place next month.", "2026-12-10", true, "2027-01", null),
                Arguments.of("The ministers will meet in June.", "2026-03-10", true, "2026-06", null),
                Arguments.of("The ministers will meet in February.", "2026-03-10", true, "2027-02", null),
                Arguments.of("The plant opened earlier this year.", "2026-05-10", false, "2026", null),
                // ranges said with words
                Arguments.of("The minister is in Oslo from June 3 to 5 on an official visit.", "2026-06-04", false, "2026-06-03", "2026-06-05"),
                Arguments.of("The fair runs 10 through 12 October.", "2026-09-30", true, "2026-10-10", "2026-10-12"),
                // relative dates of past events, against the publication date (2026-03-14 is a Saturday)
                Arguments.of("Earlier this month, the two ministers held talks in Oslo.", "2026-03-14", false, "2026-03", null),
                Arguments.of("The leaders met on the sidelines of the regional summit on Tuesday.", "2026-03-14", false, "2026-03-10", null),
                Arguments.of("The ministers met in Washington on Tuesday (US time).", "2026-03-14", false, "2026-03-10", null),
                Arguments.of("The two sides held talks last month.", "2026-03-14", false, "2026-02", null),
                Arguments.of("The accord was signed in Oslo last year.", "2026-01-10", false, "2025", null),
                Arguments.of("The ministers, who met last month, will meet again next year.", "2026-01-10", true, "2025-12", null),
                Arguments.of("Berg met Lind on Friday, a day after she arrived.", "2026-03-14", false, "2026-03-13", null),
                // a bare weekday after a verb of travel, against a Monday dateline (2026-03-09)
                Arguments.of("The prime minister will arrive Wednesday and hold talks with Berg on Thursday.", "2026-03-09", true, "2026-03-11", null),
                Arguments.of("The foreign minister arrived Sunday for a three-day visit.", "2026-03-09", false, "2026-03-08", null),
                Arguments.of("Lind flies to Oslo Friday for talks with her counterpart.", "2026-03-09", true, "2026-03-13", null));
    }

    @ParameterizedTest(name = "{index} - {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "He will end his term at the end of this month.", "The results will be known next year."})
    void aReportIsNotDatedByWhatComesNext(String text) {
        assertTrue(resolver.find(text, LocalDate.parse("2026-03-14"), false).isEmpty());
    }

    @ParameterizedTest(name = "{index} - {0}")
    @MethodSource("forms")
    void resolvesAgainstThePublicationDate(String text, String published, boolean future, String first, String last) {
        List<DateMention> found = resolver.find(text, LocalDate.parse(published), future);
        assertTrue(!found.isEmpty(), "no date in " + text);
        DateMention d = found.get(0);
        assertEquals(first, d.first().toString());
        assertEquals(last, d.to() == null ? null : d.to().toString());
    }

    @org.junit.jupiter.api.Test
    void sameDayPointsAtTheNarrative() {
        assertTrue(resolver.find("On the same afternoon, he visited the academy.", LocalDate.parse("2025-12-01"), false).get(0).sameDay());
    }

    @org.junit.jupiter.api.Test
    void aDateBesideAWeekdayWithTheMonthMistypedTakesTheWeekdaysReading() {
        // published Saturday 14 March 2026; Thursday is 12 March, and 12 February was a Thursday too, but 12 April a Sunday
        List<DateMention> slip = resolver.find("Lind spoke on Thursday (Apr 12), state media said.", LocalDate.parse("2026-03-14"), false);
        assertEquals(List.of("2026-03-12", "2026-03-12"), slip.stream().map(d -> d.date().toString()).toList());
        // a date on another day of the month is not a slip of the month: both readings stay
        List<DateMention> other = resolver.find("Lind spoke on Thursday (Apr 16), state media said.", LocalDate.parse("2026-03-14"), false);
        assertEquals(List.of("2026-03-12", "2026-04-16"), other.stream().map(d -> d.date().toString()).toList());
    }

    @org.junit.jupiter.api.Test
    void inventsNoDate() {
        assertTrue(resolver.find("The two sides will cooperate in the coming time.", LocalDate.parse("2025-12-01"), true).isEmpty());
    }
}
