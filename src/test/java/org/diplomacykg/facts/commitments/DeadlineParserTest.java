package org.diplomacykg.facts.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineParserTest {
    private final DeadlineParser parser = new DeadlineParser();

    @ParameterizedTest(name = "{index} - {0}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "raise trade to US$10 billion by 2030 | 2030",
            "complete the railway by the end of 2026 | 2026",
            "sign the agreement by June 2027 | 2027-06",
            "raise trade in the coming time | none",
            "finish the road in the near future | none",
            "soon complete internal procedures | none",
            "open the border gate by the end of this year | 2026",
            "finish procedures within next year | 2027"})
    void readsDeadlines(String text, String expected) {
        var d = parser.find(text, java.time.LocalDate.of(2026, 3, 5));
        assertEquals(expected, d == null ? null : d.toString());
    }
}
