package org.diplomacykg.facts.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the words that belong to a trigger stop, read the way agency English strings clauses
 * together: at a semicolon or full stop, at a comma followed by a lower-case word (a new
 * clause or an aside), at "and" followed by a verb, at a linking word ("following", "during
 * which", "while").
 *
 * <pre>
 * Clauses.argumentEnd("held talks with X, and met with Y", 10, 34) → 18 (before ", and met")
 * </pre>
 */
public final class Clauses {
    private static final Pattern STOP = Pattern.compile(
            "[;:.!?](?:\\s|$)|[;:]|\\s[—–]\\s|,\\s+(?=[\\p{Ll}\"“‘'(])|,\\s+(?=(?:and|but|while|which|during|following|after|before|as)\\b)"
                    + "|\\s+(?=(?:following|while|whereby|during\\s+which|after|before|where|took\\s+place|was\\s+held|were\\s+held)\\b)"
                    + "|\\s+and\\s+(?=(?:\\w+ed|met|held|had|paid|gave|made|took|sent|said|saw|led|won|began|went|met|"
                    + "attended|delivered|visited|signed|witnessed|agreed|pledged|affirmed|reaffirmed|also|then)\\b)");
    private static final Pattern REPORTING = Pattern.compile(
            "\\b(?:said|says|noted|stressed|emphasised|emphasized|added|stated|affirmed|underlined|highlighted|agreed|"
                    + "told|believed|believes|expressed|voiced)\\s+that\\s+");

    private Clauses() {
    }

    /** Where the arguments of a trigger ending at {@code from} stop; never beyond {@code limit}. */
    public static int argumentEnd(String text, int from, int limit) {
        limit = Math.min(limit, text.length());
        if (from >= limit) {
            return limit;
        }
        Matcher m = STOP.matcher(text);
        m.region(from, limit);
        return m.find() ? m.start() : trimEnd(text, from, limit);
    }

    /** The start of the clause holding {@code at}: after the last semicolon, or after "said that" and the like. */
    public static int clauseStart(String text, int at) {
        int start = 0;
        int semi = Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf(':', at - 1));
        if (semi >= 0) {
            start = semi + 1;
        }
        Matcher m = REPORTING.matcher(text);
        m.region(start, at);
        while (m.find()) {
            start = m.end();
        }
        while (start < at && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** {@code end} moved left past spaces and closing punctuation. */
    public static int trimEnd(String text, int start, int end) {
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || ",;:.".indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end;
    }
}
