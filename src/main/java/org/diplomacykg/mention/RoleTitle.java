package org.diplomacykg.mention;

import java.util.List;
import java.util.stream.Stream;

/**
 * An office or title of the role scheme: {@code General Secretary} (also {@code Party chief},
 * {@code Secretary-General}), {@code Prime Minister} (also {@code PM}).
 *
 * @param slug        the concept's slug: {@code id/role/{slug}}
 * @param partyOffice true when the office, named with no organisation, is held in the ruling
 *                    party of the holder's country (a General Secretary), not in the country
 *                    itself (a Prime Minister)
 * @param rank        precedence among a country's leaders, 1 highest; 0 when not a top office
 */
public record RoleTitle(String slug, String label, List<String> altLabels, boolean partyOffice, int rank) {
    public RoleTitle {
        altLabels = List.copyOf(altLabels);
    }

    public List<String> names() {
        return Stream.concat(Stream.of(label), altLabels.stream()).toList();
    }
}
