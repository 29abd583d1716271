package org.diplomacykg.mention;

import java.util.List;
import org.diplomacykg.facts.EntityRef;

/**
 * A known actor or place: {@code Tô Lâm} (person, Việt Nam), {@code LPRP} (organisation, Laos),
 * {@code Laos} (country; demonyms {@code Lao}, {@code Laotian}).
 *
 * @param label     the canonical name, with diacritics
 * @param altLabels every other spelling and acronym
 * @param country   the country it belongs to or lies in, or null
 * @param demonyms  for a country, its adjectives and demonyms; empty otherwise
 */
public record GazetteerEntry(EntityRef ref, String label, List<String> altLabels, EntityRef country,
                             List<String> demonyms) {
    public GazetteerEntry {
        altLabels = List.copyOf(altLabels);
        demonyms = List.copyOf(demonyms);
    }

    /** Label and alternative labels together. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(label), altLabels.stream()).toList();
    }
}
