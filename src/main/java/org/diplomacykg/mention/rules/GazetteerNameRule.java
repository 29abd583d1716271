package org.diplomacykg.mention.rules;

import java.util.Optional;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.mention.Gazetteer;
import org.diplomacykg.mention.GazetteerEntry;
import org.diplomacykg.mention.NameKeys;
import org.diplomacykg.mention.Tokens;

/**
 * Finds the names the gazetteer knows, longest first, whatever the spelling: {@code Tô Lâm},
 * {@code To Lam}, {@code Viet Nam}, {@code Vietnam}, {@code Lao People’s Revolutionary Party},
 * {@code LPRP}. A name must start with a capital; an acronym must be written in capitals
 * ({@code UN}, not {@code un}). Also marks demonyms ({@code Lao}, {@code Vietnamese}).
 */
public final class GazetteerNameRule {

    public void apply(DocumentScan doc) {
        Gazetteer g = doc.gazetteer();
        for (SentenceScan s : doc.sentences()) {
            Tokens t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                if (!t.get(i).capitalised()) {
                    continue;
                }
                int matched = match(doc, s, i);
                if (matched > 0) {
                    i += matched - 1;
                    continue;
                }
                int words = demonymWords(g, t, i);
                if (words > 0) {
                    // "Sri Lankan", "Papua New Guinean": each word of the demonym modifies the title after it
                    org.diplomacykg.facts.EntityRef country = g.demonymCountry(t.span(i, i + words)).orElseThrow();
                    for (int k = i; k < i + words; k++) {
                        s.demonym(k, country);
                    }
                    i += words - 1;
                }
            }
        }
    }

    /** How many words from token {@code i} make a demonym (three, two or one, joined by spaces), or 0. */
    private static int demonymWords(Gazetteer g, Tokens t, int i) {
        for (int n = Math.min(3, t.size() - i); n >= 1; n--) {
            boolean spaced = true;
            for (int k = i + 1; k < i + n; k++) {
                spaced &= t.gapBefore(k).equals(" ");
            }
            if (spaced && (n > 1 || !t.get(i).acronym()) && g.demonymCountry(t.span(i, i + n)).isPresent()) {
                return n;
            }
        }
        return 0;
    }

    /** A country's name that only qualifies a currency: {@code U.S. dollars}. */
    private static final java.util.regex.Pattern CURRENCY = java.util.regex.Pattern.compile("\\.?\\s+(dollars?|cents?)\\b");
    /** Words after a body's name that make it the name of a text: the {@code UN Convention} on the Law of the Sea. */
    private static final java.util.Set<String> DOCUMENTS = java.util.Set.of(
            "Convention", "Charter", "Declaration", "Treaty", "Resolution", "Protocol");

    /** Tries the longest known name at token {@code i}; returns how many tokens it took, or 0. */
    private static int match(DocumentScan doc, SentenceScan s, int i) {
        Gazetteer g = doc.gazetteer();
        Tokens t = s.tokens();
        int max = Math.min(g.longestName(), t.size() - i);
        for (int len = max; len >= 1; len--) {
            if (!joinable(t, i, len)) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int k = i; k < i + len; k++) {
                key.append(t.get(k).key());
            }
            Optional<GazetteerEntry> e = g.named(key.toString());
            int after = t.get(i + len - 1).end();
            String rest = t.text().substring(after);
            boolean currency = rest.startsWith("$") || CURRENCY.matcher(rest).lookingAt();
            boolean document = e.isPresent() && e.get().ref().kind() == EntityKind.ORGANIZATION
                    && i + len < t.size() && t.adjacent(i + len) && DOCUMENTS.contains(t.get(i + len).text());
            if (e.isEmpty() || !caseFits(e.get(), t, i, len) || currency || document) {
                continue;
            }
            s.add(i, i + len, doc.table().known(e.get(), t.span(i, i + len)), Found.How.NAME);
            return len;
        }
        return 0;
    }

    private static boolean joinable(Tokens t, int i, int len) {
        for (int k = i + 1; k < i + len; k++) {
            if (!t.joinable(k)) {
                return false;
            }
        }
        return true;
    }

    /** An acronym in the gazetteer ({@code UN}) only matches capitals in the text. */
    private static boolean caseFits(GazetteerEntry e, Tokens t, int i, int len) {
        String surface = t.span(i, i + len);
        String key = NameKeys.key(surface);
        for (String name : e.names()) {
            if (NameKeys.key(name).equals(key) && name.equals(name.toUpperCase()) && !surface.equals(surface.toUpperCase())) {
                return false;
            }
        }
        return true;
    }
}
