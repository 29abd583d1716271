package org.diplomacykg.facts;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A named undertaking: {@code Vientiane–Vũng Áng railway}.
 *
 * @param slug        identity across articles ({@code vientiane-vung-ang-railway})
 * @param projectType local name of a project-type concept ({@code Railway}, {@code Hospital})
 * @param location    where it is, or null
 * @param status      the stated status ({@code inaugurated} → {@link ProjectStatus#INAUGURATED}), or null
 */
public record ProjectFact(String slug, String label, SortedSet<String> altLabels, String projectType,
                          EntityRef location, ProjectStatus status, Evidence evidence) {
    public ProjectFact {
        altLabels = new TreeSet<>(altLabels);
        altLabels.remove(label);
    }
}
