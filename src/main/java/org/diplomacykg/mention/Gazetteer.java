package org.diplomacykg.mention;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;

/**
 * The curated knowledge the rules start from: known actors and places with every spelling,
 * country demonyms, role titles and project head nouns. Built from {@code ontology/gazetteer.ttl}
 * and {@code ontology/vocabularies.ttl} by {@code rdf.GazetteerLoader}; plain Java here.
 *
 * <pre>
 * Gazetteer g = Gazetteer.builder()
 *         .entry(new GazetteerEntry(new EntityRef(EntityKind.COUNTRY, "laos"), "Laos",
 *                 List.of("Lao PDR"), null, List.of("Lao")))
 *         .build();
 * g.named("LAO PDR")          // the Laos entry
 * g.demonymCountry("Lao")     // the Laos ref
 * </pre>
 */
public final class Gazetteer {
    private final Map<EntityRef, GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> byKey = new HashMap<>();
    private final Map<String, EntityRef> demonyms = new HashMap<>();
    private final List<RoleTitle> roles;
    private final Map<String, RoleTitle> rolesByKey = new HashMap<>();
    private final List<ProjectTypeTerm> projectTypes;
    private final Map<Institution, Map<EntityRef, EntityRef>> institutions;
    private final int longestName;
    private final int longestRole;

    private Gazetteer(Builder b) {
        this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(b.entries));
        this.roles = List.copyOf(b.roles);
        this.projectTypes = List.copyOf(b.projectTypes);
        this.institutions = b.institutions;
        int longest = 1;
        for (GazetteerEntry e : entries.values()) {
            for (String name : e.names()) {
                byKey.putIfAbsent(NameKeys.key(name), e);
                longest = Math.max(longest, Tokens.of(name).size());
            }
            for (String d : e.demonyms()) {
                demonyms.putIfAbsent(NameKeys.key(d), e.ref());
            }
        }
        this.longestName = longest;
        int longestR = 1;
        for (RoleTitle r : roles) {
            for (String name : r.names()) {
                rolesByKey.putIfAbsent(NameKeys.key(name), r);
                longestR = Math.max(longestR, Tokens.of(name).size());
            }
        }
        this.longestRole = longestR;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Gazetteer empty() {
        return builder().build();
    }

    /** The entry any of whose names has the same key as {@code name}. */
    public Optional<GazetteerEntry> named(String name) {
        return Optional.ofNullable(byKey.get(NameKeys.key(name)));
    }

    /** Same, but only an entry of the given kind. */
    public Optional<GazetteerEntry> named(String name, EntityKind kind) {
        return named(name).filter(e -> e.ref().kind() == kind);
    }

    public Optional<GazetteerEntry> entry(EntityRef ref) {
        return Optional.ofNullable(entries.get(ref));
    }

    public Iterable<GazetteerEntry> entries() {
        return entries.values();
    }

    /** The country a demonym or adjective names: {@code Lao} and {@code Laotian} give Laos. */
    public Optional<EntityRef> demonymCountry(String word) {
        return Optional.ofNullable(demonyms.get(NameKeys.key(word)));
    }

    /** The role concept with this title among its labels: {@code Party chief} gives General Secretary. */
    public Optional<RoleTitle> roleTitle(String title) {
        return Optional.ofNullable(rolesByKey.get(NameKeys.key(title)));
    }

    public List<RoleTitle> roleTitles() {
        return roles;
    }

    public List<ProjectTypeTerm> projectTypes() {
        return projectTypes;
    }

    /** The ruling party, government or legislature of a country, when the gazetteer knows it. */
    public Optional<EntityRef> institution(EntityRef country, Institution kind) {
        return Optional.ofNullable(institutions.getOrDefault(kind, Map.of()).get(country));
    }

    /** The most words any known name has: how far a scan needs to look ahead. */
    public int longestName() {
        return longestName;
    }

    public int longestRoleTitle() {
        return longestRole;
    }

    /** Collects entries, role titles, project types and institutions. */
    public static final class Builder {
        private final Map<EntityRef, GazetteerEntry> entries = new LinkedHashMap<>();
        private final List<RoleTitle> roles = new ArrayList<>();
        private final List<ProjectTypeTerm> projectTypes = new ArrayList<>();
        private final Map<Institution, Map<EntityRef, EntityRef>> institutions = new EnumMap<>(Institution.class);

        public Builder entry(GazetteerEntry e) {
            entries.put(e.ref(), e);
            return this;
        }

        public Builder role(RoleTitle r) {
            roles.add(r);
            return this;
        }

        public Builder projectType(ProjectTypeTerm t) {
            projectTypes.add(t);
            return this;
        }

        public Builder institution(EntityRef country, Institution kind, EntityRef org) {
            institutions.computeIfAbsent(kind, k -> new HashMap<>()).put(country, org);
            return this;
        }

        public Gazetteer build() {
            return new Gazetteer(this);
        }
    }
}
