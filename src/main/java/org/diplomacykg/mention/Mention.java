package org.diplomacykg.mention;

import org.diplomacykg.facts.EntityRef;

/**
 * A place in a sentence where an entity is named or referred to: {@code To Lam}, {@code Lâm},
 * {@code the Lao leader}.
 *
 * @param ref      the entity meant
 * @param sentence index of the sentence in the document
 * @param start    first char of the mention in the sentence's text (Java char index)
 * @param end      one past its last char
 * @param surface  the words as written
 */
public record Mention(EntityRef ref, int sentence, int start, int end, String surface) {
}
