package org.diplomacykg.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.article.TextBlock;

/**
 * Splits paragraphs into sentences the way agency English punctuates them: a sentence ends
 * at {@code . ! ?} (and any closing quote or bracket) followed by white space and a capital,
 * digit or opening quote, except after abbreviations ("No. 3", "Mr.", "U.S.") and initials.
 */
public final class SentenceSplitter {
    private static final Pattern BOUNDARY = Pattern.compile("[.!?]+[\"”’')\\]]*(\\s+)(?=[\"“‘'(\\p{Lu}\\p{N}])");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "no", "nos", "st", "jr", "sr", "gen", "col", "lt", "maj", "capt",
            "sen", "rep", "gov", "inc", "ltd", "co", "corp", "vs", "etc", "e.g", "i.e", "u.s", "u.k", "u.n",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "vol",
            "art", "para", "fig", "hon", "amb", "rev", "est", "dept", "assoc");

    public List<Sentence> split(List<TextBlock> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            TextBlock block = paragraphs.get(p);
            String text = block.text();
            int start = 0;
            Matcher m = BOUNDARY.matcher(text);
            while (m.find()) {
                if (endsWithAbbreviation(text, m.start())) {
                    continue;
                }
                add(out, p, block, start, m.start(1));
                start = m.end(1);
            }
            add(out, p, block, start, text.length());
        }
        return out;
    }

    private static void add(List<Sentence> out, int paragraph, TextBlock block, int charStart, int charEnd) {
        String text = block.text();
        while (charEnd > charStart && Character.isWhitespace(text.charAt(charEnd - 1))) {
            charEnd--;
        }
        if (charEnd <= charStart) {
            return;
        }
        int begin = block.begin() + text.codePointCount(0, charStart);
        int end = begin + text.codePointCount(charStart, charEnd);
        out.add(new Sentence(out.size(), paragraph, begin, end, text.substring(charStart, charEnd), block.heading()));
    }

    /** True when the word before the full stop at {@code dot} is an abbreviation or an initial. */
    private static boolean endsWithAbbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int w = dot;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase();
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }
}
