package org.diplomacykg.mention;

import org.diplomacykg.facts.EntityRef;

/**
 * One title inside a title phrase, with what the words around it say about where it is held.
 * In {@code Lao Party General Secretary and President Thongloun Sisoulith} there are two:
 * General Secretary (country Laos, party office) and President (country Laos).
 *
 * @param known        the role concept, or null for a title the role scheme does not have
 * @param title        the title as a label, without country words ({@code Minister of Health})
 * @param organisation the organisation the text ties it to ({@code of the LPRP}, {@code LPRP ...}), or null
 * @param country      the country the text ties it to ({@code Lao ...}, {@code ... of Laos}), or null
 * @param party        the text marks it as a party office ({@code Party General Secretary})
 * @param former       a former holder ({@code former President}): not a role held at the article's date
 */
public record TitleUnit(RoleTitle known, String title, EntityRef organisation, EntityRef country,
                        boolean party, boolean former) {
}
