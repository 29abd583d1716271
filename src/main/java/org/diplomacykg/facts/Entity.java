package org.diplomacykg.facts;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An entity an article mentions, with its canonical label (diacritics kept) and every other
 * spelling the article uses for it.
 *
 * @param country for a place or organisation, the country it belongs to, or null
 */
public record Entity(EntityRef ref, String label, SortedSet<String> altLabels, EntityRef country) {
    public Entity {
        altLabels = new TreeSet<>(altLabels);
        altLabels.remove(label);
    }
}
