package org.diplomacykg.facts;

import java.util.List;

/**
 * An undertaking stated by one or more parties.
 *
 * @param slug     deterministic identity within the article ({@code 001_355fb81d80dc29d6-c3})
 * @param label    a short readable name
 * @param parties  who commits (countries, parties, governments, or a person speaking for one)
 * @param deadline the stated deadline, or null ("in the coming time" is none)
 * @param projects slugs of the projects concerned
 * @param madeAt   slug of the event it was made at, or null
 */
public record CommitmentFact(String slug, String label, Modality modality, PolicyArea area, List<EntityRef> parties,
                             List<TargetFact> targets, PartialDate deadline, List<String> projects, String madeAt,
                             Evidence evidence) {
    public CommitmentFact {
        parties = List.copyOf(parties);
        targets = List.copyOf(targets);
        projects = List.copyOf(projects);
    }
}
