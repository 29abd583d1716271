package org.diplomacykg.facts;

/**
 * A person holding an office as the article states it at its date:
 * {@code Lao Prime Minister Sonexay Siphandone}.
 *
 * @param roleSlug  slug of the role concept ({@code prime-minister}); an unseen title gets a new one
 * @param roleLabel the title's canonical label ({@code Prime Minister})
 * @param roleIn    the organisation or country the office belongs to, or null if the text does not say
 * @param asOf      the date the article states it (its publication date)
 */
public record RoleFact(EntityRef holder, String roleSlug, String roleLabel, EntityRef roleIn, PartialDate asOf,
                       Evidence evidence) {
}
