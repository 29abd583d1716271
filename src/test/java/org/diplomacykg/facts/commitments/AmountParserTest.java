package org.diplomacykg.facts.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AmountParserTest {
    private final AmountParser parser = new AmountParser();

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of("raise bilateral trade to US$5 billion", "5000000000", "USD", null),
                Arguments.of("to 5 billion USD in the near future", "5000000000", "USD", null),
                Arguments.of("a longer-term target of $10 billion", "10000000000", "USD", null),
                Arguments.of("a grant of VNĐ1.2 trillion (about US$47 million)", "1200000000000", "VND", null),
                Arguments.of("a total investment of about IDR16 trillion (US$1 billion)", "16000000000000", "IDR", null),
                Arguments.of("a grant of 40 billion rupiah", "40000000000", "IDR", null),
                Arguments.of("loans worth €250 million", "250000000", "EUR", null),
                Arguments.of("investment of 1,500 million USD", "1500000000", "USD", null),
                Arguments.of("cut emissions by 20 per cent", "20", null, "percent"),
                Arguments.of("grow exports by 15%", "15", null, "percent"));
    }

    @ParameterizedTest(name = "{index} - {0}")
    @MethodSource("formats")
    void normalisesAmounts(String text, String amount, String currency, String unit) {
        AmountParser.Amount a = parser.find(text).get(0);
        assertEquals(0, new BigDecimal(amount).compareTo(a.value()), a.toString());
        assertEquals(currency, a.currency());
        assertEquals(unit, a.unit());
    }

    @org.junit.jupiter.api.Test
    void keepsTheStatedEquivalentAsASecondAmount() {
        List<AmountParser.Amount> found = parser.find("VNĐ1.2 trillion (about US$47 million)");
        assertEquals(2, found.size());
        assertEquals("USD", found.get(1).currency());
        assertTrue(found.get(1).equivalent());
        assertEquals(0, new BigDecimal("47000000").compareTo(found.get(1).value()));
    }

    @org.junit.jupiter.api.Test
    void yearsAreNotMoney() {
        assertTrue(parser.find("In 2025 the team won the cup by 2030 standards").isEmpty());
    }
}
