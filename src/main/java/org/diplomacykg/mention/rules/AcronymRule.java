package org.diplomacykg.mention.rules;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.mention.Tokens;

/**
 * Acronyms an article defines in parentheses after a name it has found: {@code Communist Party
 * of Việt Nam (CPV)}, {@code Asia-Europe Meeting (ASEM)}. The acronym becomes a spelling of
 * that entity, and later bare uses ({@code the CPV and the LPRP}) are mentions of it. An
 * acronym after something that is not a found organisation or country ({@code Declaration on
 * the Conduct of Parties (DOC)}) defines nothing.
 */
public final class AcronymRule {
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern OPENING_PAREN_GAP = Pattern.compile("\\s*\\(");

    /** First pass: definitions, {@code Name (ACR)}. */
    public void definitions(DocumentScan doc) {
        for (SentenceScan s : doc.sentences()) {
            Tokens t = s.tokens();
            for (int i = 1; i < t.size(); i++) {
                if (!t.get(i).acronym() || !OPENING_PAREN_GAP.matcher(t.gapBefore(i)).matches() || !closes(t, i)) {
                    continue;
                }
                final int at = i;
                Optional<Found> longForm = s.found().stream()
                        .filter(f -> f.endToken() == at && f.how() == Found.How.NAME
                                && (f.ref().kind() == EntityKind.ORGANIZATION || f.ref().kind() == EntityKind.COUNTRY)
                                && abbreviates(t.get(at).text(), t, at))
                        .max(Comparator.comparingInt(Found::length));
                if (longForm.isEmpty()) {
                    // "National Assembly (NA) of Laos": the acronym of the words before it, inside the name
                    longForm = s.found().stream()
                            .filter(f -> f.firstToken() < at && at < f.endToken() && f.how() == Found.How.NAME
                                    && f.ref().kind() == EntityKind.ORGANIZATION
                                    && initials(t, f.firstToken(), at).endsWith(t.get(at).text()))
                            .max(Comparator.comparingInt(Found::length));
                }
                if (longForm.isEmpty()) {
                    continue;
                }
                EntityRef ref = longForm.get().ref();
                doc.acronyms().putIfAbsent(t.get(i).text(), ref);
                doc.table().spelling(ref, t.get(i).text());
                s.add(i, i + 1, ref, Found.How.ALIAS);
            }
        }
    }

    /** Second pass: every bare use of a defined acronym. */
    public void uses(DocumentScan doc) {
        if (doc.acronyms().isEmpty()) {
            return;
        }
        for (SentenceScan s : doc.sentences()) {
            Tokens t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                EntityRef ref = doc.acronyms().get(t.get(i).text());
                if (ref != null && !s.covered(i)) {
                    s.add(i, i + 1, ref, Found.How.ALIAS);
                }
            }
        }
    }

    /**
     * Whether an acronym can stand for the words before it (after Schwartz and Hearst, 2003): its letters occur
     * in order in the few words before the parenthesis at {@code at}, its first letter opening a word. "CPV"
     * after "Communist Party of Việt Nam", "MINA" after "Mi’raj News Agency" (whether or not the name found
     * covers all of it); not "AP" after "HANOI, Vietnam" in a wire credit.
     */
    private static boolean abbreviates(String acronym, Tokens t, int at) {
        String letters = NOT_A_LETTER.matcher(acronym.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        if (letters.isEmpty()) {
            return false;
        }
        StringBuilder words = new StringBuilder();
        for (int k = Math.max(0, at - Math.min(letters.length() + 5, letters.length() * 2)); k < at; k++) {
            words.append(' ').append(t.get(k).text());
        }
        String window = words.toString().toLowerCase(java.util.Locale.ROOT);
        for (int first = window.indexOf(" " + letters.charAt(0)); first >= 0; first = window.indexOf(" " + letters.charAt(0), first + 1)) {
            int pos = first + 1;
            int k = 0;
            while (k < letters.length() && (pos = window.indexOf(letters.charAt(k), pos)) >= 0) {
                pos++;
                k++;
            }
            if (k == letters.length()) {
                return true;
            }
        }
        return false;
    }

    /** The capitals that open the capitalised words of tokens {@code [from, to)}. */
    private static String initials(Tokens t, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (t.get(k).capitalised()) {
                out.append(t.get(k).text().charAt(0));
            }
        }
        return out.toString();
    }

    private static boolean closes(Tokens t, int i) {
        String after = i + 1 < t.size() ? t.gapBefore(i + 1) : t.tail();
        return after.startsWith(")");
    }
}
