package org.diplomacykg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence cut into words, keeping what stands between them so that rules can tell
 * {@code "Việt Nam – Laos"} (a dash) from {@code "Việt Nam, Laos"} (a comma).
 *
 * <pre>
 * Tokens t = Tokens.of("Lao Prime Minister Sonexay Siphandone’s visit");
 * t.get(3).text()   // "Sonexay"
 * t.gapBefore(5)    // "’"   (before the possessive "s")
 * </pre>
 */
public final class Tokens {
    /** What may stand between two name tokens that join into one name; compiled once, used per token pair. */
    private static final Pattern JOINING_GAP = Pattern.compile("\\s*[-–—‑]?\\s*|['’]|\\.\\s?|\\s*&\\s*");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private final String text;
    private final List<Token> tokens;

    private Tokens(String text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
    }

    public static Tokens of(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Token(out.size(), m.start(), m.end(), m.group()));
        }
        return new Tokens(text, List.copyOf(out));
    }

    public String text() {
        return text;
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    public List<Token> all() {
        return tokens;
    }

    /** The text between token {@code i - 1} and token {@code i} (from the sentence start for 0). */
    public String gapBefore(int i) {
        int from = i == 0 ? 0 : tokens.get(i - 1).end();
        int to = i >= tokens.size() ? text.length() : tokens.get(i).start();
        return text.substring(from, to);
    }

    /** The text after the last token. */
    public String tail() {
        return tokens.isEmpty() ? text : text.substring(tokens.get(tokens.size() - 1).end());
    }

    /** The sentence text of tokens {@code [from, to)}. */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** True when the gap only holds spaces: the two words stand side by side. */
    public boolean adjacent(int i) {
        return i > 0 && i < tokens.size() && gapBefore(i).isBlank() && !gapBefore(i).isEmpty();
    }

    /** True when token {@code i} follows a one-letter initial and its full stop: the "Iswaran" of "S. Iswaran". */
    public boolean afterInitial(int i) {
        if (i < 1 || i >= tokens.size()) {
            return false;
        }
        String before = tokens.get(i - 1).text();
        return before.length() == 1 && Character.isUpperCase(before.charAt(0)) && gapBefore(i).startsWith(".")
                && gapBefore(i).length() > 1 && gapBefore(i).substring(1).isBlank();
    }

    /** True when a name can run across the gap before token {@code i}: spaces, a dash or hyphen, an apostrophe. */
    public boolean joinable(int i) {
        String gap = gapBefore(i);
        return !gap.isEmpty() && JOINING_GAP.matcher(gap).matches();
    }

    /** Token {@code i} is a word of this text, in any case. */
    public boolean is(int i, String word) {
        return i >= 0 && i < tokens.size() && tokens.get(i).text().equalsIgnoreCase(word);
    }

    /** The index of the first token starting at or after a char offset, or {@link #size()}. */
    public int tokenAt(int charOffset) {
        for (Token t : tokens) {
            if (t.start() >= charOffset) {
                return t.index();
            }
        }
        return tokens.size();
    }
}
