package org.diplomacykg.facts.commitments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money and percentages as agency English writes them, normalised to an amount and an ISO 4217
 * code. {@code "US$5 billion"}, {@code "5 billion USD"} and {@code "$5bn"} are all
 * {@code 5000000000 USD}; {@code "VNĐ1.2 trillion (about US$47 million)"} is
 * {@code 1200000000000 VND} followed by its stated equivalent {@code 47000000 USD}
 * (marked {@link Amount#equivalent()}): both are kept, the text's own currency first;
 * {@code "by 20 per cent"} is {@code 20} with unit {@code percent} and no currency.
 */
public final class AmountParser {
    private static final Pattern CURRENCY_CODE = Pattern.compile("(?i)[A-Z]{3}|VNĐ");
    private static final Pattern CURRENCY_WORDS = Pattern.compile("dollars|us\\s+dollars|euros");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("us$", "USD"), Map.entry("usd", "USD"), Map.entry("$", "USD"), Map.entry("us dollars", "USD"),
            Map.entry("dollars", "USD"), Map.entry("vnđ", "VND"), Map.entry("vnd", "VND"), Map.entry("đ", "VND"),
            Map.entry("dong", "VND"), Map.entry("kip", "LAK"), Map.entry("lak", "LAK"), Map.entry("€", "EUR"),
            Map.entry("eur", "EUR"), Map.entry("euros", "EUR"), Map.entry("£", "GBP"), Map.entry("gbp", "GBP"),
            Map.entry("¥", "JPY"), Map.entry("jpy", "JPY"), Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"),
            Map.entry("cny", "CNY"), Map.entry("rmb", "CNY"), Map.entry("baht", "THB"), Map.entry("thb", "THB"),
            Map.entry("riel", "KHR"), Map.entry("won", "KRW"), Map.entry("krw", "KRW"), Map.entry("s$", "SGD"),
            Map.entry("sgd", "SGD"), Map.entry("a$", "AUD"), Map.entry("aud", "AUD"), Map.entry("rupees", "INR"),
            Map.entry("inr", "INR"), Map.entry("ringgit", "MYR"), Map.entry("rupiah", "IDR"), Map.entry("peso", "PHP"),
            Map.entry("pesos", "PHP"), Map.entry("idr", "IDR"), Map.entry("rp", "IDR"), Map.entry("myr", "MYR"),
            Map.entry("rm", "MYR"), Map.entry("php", "PHP"), Map.entry("khr", "KHR"));
    private static final Map<String, BigDecimal> SCALES = Map.of(
            "thousand", BigDecimal.valueOf(1_000L), "million", BigDecimal.valueOf(1_000_000L), "m", BigDecimal.valueOf(1_000_000L),
            "mln", BigDecimal.valueOf(1_000_000L), "billion", BigDecimal.valueOf(1_000_000_000L),
            "bn", BigDecimal.valueOf(1_000_000_000L), "bln", BigDecimal.valueOf(1_000_000_000L),
            "trillion", BigDecimal.valueOf(1_000_000_000_000L), "tn", BigDecimal.valueOf(1_000_000_000_000L));

    private static final String NUM = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String SCALE = "(?:\\s*(thousand|million|billion|trillion|mln|bln|bn|tn|m)\\b)?";
    private static final String PREFIX = "(US\\$|S\\$|A\\$|\\$|€|£|¥|USD|VNĐ|VND|EUR|GBP|JPY|CNY|RMB|LAK|THB|KRW|SGD|AUD|INR|IDR|MYR|PHP|KHR)";
    private static final String SUFFIX = "(USD|VNĐ|VND|EUR|GBP|JPY|CNY|LAK|THB|KRW|SGD|AUD|INR|IDR|MYR|PHP|KHR|US\\s+dollars|dollars|dong|kip|euros|yen|yuan|baht|riel|won|rupees|ringgit|rupiah|pesos?)";
    private static final Pattern MONEY = Pattern.compile(
            PREFIX + "\\s?" + NUM + SCALE + "|" + NUM + SCALE + "\\s+" + SUFFIX + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile(NUM + "\\s*(?:%|per\\s*cent\\b|percent\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern EQUIVALENT = Pattern.compile("^\\s*\\(\\s*(?:about|around|approximately|roughly|some|nearly|or|equivalent\\s+to|~)?\\s*$");

    /**
     * An amount found in text.
     *
     * @param currency   ISO 4217 code, or null for a percentage
     * @param unit       {@code "percent"} for percentages, else null
     * @param equivalent true for a conversion the text gives in brackets after another amount
     */
    public record Amount(BigDecimal value, String currency, String unit, int start, int end, boolean equivalent) {
    }

    public List<Amount> find(String text) {
        List<Amount> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            boolean prefixed = m.group(1) != null;
            String number = prefixed ? m.group(2) : m.group(4);
            String scale = prefixed ? m.group(3) : m.group(5);
            String cur = prefixed ? m.group(1) : m.group(6);
            if (!prefixed && scale == null && !CURRENCY_CODE.matcher(cur).matches()) {
                // "5 dollars" is fine, but "2025 won" is a verb: require a scale for word currencies
                if (!CURRENCY_WORDS.matcher(cur.toLowerCase(Locale.ROOT)).matches()) {
                    continue;
                }
            }
            String code = SYMBOLS.get(WHITESPACE.matcher(cur.toLowerCase(Locale.ROOT)).replaceAll(" "));
            if (code == null) {
                code = cur.toUpperCase(Locale.ROOT);
            }
            BigDecimal value = new BigDecimal(number.replace(",", ""));
            if (scale != null) {
                value = value.multiply(SCALES.get(scale.toLowerCase(Locale.ROOT)));
            }
            boolean equivalent = !out.isEmpty() && EQUIVALENT.matcher(text.substring(out.get(out.size() - 1).end(), m.start())).find();
            out.add(new Amount(value.stripTrailingZeros().setScale(Math.max(0, value.stripTrailingZeros().scale())),
                    code, null, m.start(), m.end(), equivalent));
        }
        m = PERCENT.matcher(text);
        while (m.find()) {
            BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
            out.add(new Amount(value, null, "percent", m.start(), m.end(), false));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }
}
