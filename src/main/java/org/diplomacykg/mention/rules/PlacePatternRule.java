package org.diplomacykg.mention.rules;

import java.util.Map;
import java.util.Optional;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.mention.GazetteerEntry;
import org.diplomacykg.mention.Tokens;

/**
 * Places named with their kind: {@code Houaphanh province}, {@code Ba Đình district},
 * {@code Thanh Thủy border gate}, {@code the Presidential Palace}. A province is named by its
 * own name ({@code Houaphanh}, with {@code Houaphanh province} as a spelling); the others keep
 * the kind word ({@code Thanh Thủy border gate}). A known place is resolved to the gazetteer's.
 */
public final class PlacePatternRule {
    /** Kind words after the name, and whether the canonical name keeps them. */
    private static final Map<String, Boolean> AFTER = Map.ofEntries(
            Map.entry("province", false), Map.entry("Province", false), Map.entry("district", true),
            Map.entry("District", true), Map.entry("commune", true), Map.entry("Commune", true),
            Map.entry("ward", true), Map.entry("town", true), Map.entry("village", true), Map.entry("city", true),
            Map.entry("City", true), Map.entry("Palace", true), Map.entry("Mausoleum", true), Map.entry("Hall", true),
            Map.entry("Square", true), Map.entry("Stadium", true));

    public void apply(DocumentScan doc) {
        for (SentenceScan s : doc.sentences()) {
            Tokens t = s.tokens();
            for (int h = 1; h < t.size(); h++) {
                String w = t.get(h).text();
                boolean borderGate = w.equalsIgnoreCase("border") && t.is(h + 1, "gate") && t.adjacent(h + 1);
                if (!AFTER.containsKey(w) && !borderGate || !t.adjacent(h)) {
                    continue;
                }
                int first = nameStart(s, h);
                if (first == h) {
                    continue;
                }
                int end = borderGate ? h + 2 : h + 1;
                boolean keepKind = borderGate || AFTER.get(w);
                String name = keepKind ? t.span(first, end) : t.span(first, h);
                if (s.found().stream().anyMatch(f -> f.firstToken() <= first && end <= f.endToken())) {
                    continue;
                }
                Optional<GazetteerEntry> known = doc.gazetteer().named(name)
                        .or(() -> doc.gazetteer().named(t.span(first, end)))
                        .filter(e -> e.ref().kind() == EntityKind.PLACE);
                EntityRef ref = known.isPresent()
                        ? doc.table().known(known.get(), t.span(first, end))
                        : doc.table().unknown(EntityKind.PLACE, name, countryOfPlace(doc, s, first, h));
                doc.table().spelling(ref, t.span(first, end));
                s.add(first, end, ref, Found.How.NAME);
            }
        }
    }

    /** The capitalised words before the kind word, at most four, not part of a found actor. */
    private static int nameStart(SentenceScan s, int h) {
        Tokens t = s.tokens();
        int j = h - 1;
        while (j >= 0 && h - j <= 4 && t.get(j).capitalised() && !Words.notName(t.get(j).text())
                && (j == h - 1 || t.adjacent(j + 1) || t.joinable(j + 1))) {
            final int at = j;
            if (s.found().stream().anyMatch(f -> f.firstToken() <= at && at < f.endToken()
                    && f.ref().kind() != EntityKind.PLACE && f.ref().kind() != EntityKind.PERSON)) {
                break;
            }
            j--;
        }
        return j + 1;
    }

    private static EntityRef countryOfPlace(DocumentScan doc, SentenceScan s, int first, int h) {
        return null;
    }
}
