package org.diplomacykg.mention.rules;

import org.diplomacykg.facts.EntityRef;

/**
 * One span a rule has recognised: tokens {@code [firstToken, endToken)} of a sentence, also as
 * Java char offsets {@code [start, end)} of its text.
 *
 * @param how whether the words are a full name, an alias (acronym) or a short reference
 */
public record Found(int sentence, int firstToken, int endToken, int start, int end, String surface, EntityRef ref,
                    How how) {

    /** How a span names its entity; only full names and aliases become labels. */
    public enum How {
        NAME, ALIAS, SHORT
    }

    public boolean contains(Found other) {
        return start <= other.start && other.end <= end;
    }

    public boolean crosses(Found other) {
        return start < other.end && other.start < end && !contains(other) && !other.contains(this);
    }

    public int length() {
        return end - start;
    }
}
