package org.diplomacykg.mention;

import java.util.List;
import org.diplomacykg.facts.EntityRef;

/**
 * A person named with one or more titles: {@code Lao Prime Minister Sonexay Siphandone},
 * {@code Saleumxay Kommasith, Deputy Prime Minister of Laos}. The mention rules read these to
 * find persons and to resolve short references ({@code the minister}); role assignments are read
 * from the parse ({@code facts.roles.NounPhraseRoleRule}).
 *
 * @param sentence index of the sentence
 * @param start    first char of the whole phrase in the sentence text (Java char index)
 * @param end      one past its last char
 * @param person   the person named
 * @param units    the titles, in text order
 * @param country  a country the phrase names for all its titles ({@code Lao} in
 *                 {@code Lao Party General Secretary and President ...}), or null
 */
public record TitledName(int sentence, int start, int end, EntityRef person, List<TitleUnit> units,
                         EntityRef country) {
    public TitledName {
        units = List.copyOf(units);
    }
}
