package org.diplomacykg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.diplomacykg.document.Document;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.facts.Entity;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;

/**
 * Test fixture: {@link Mentions} built from explicit (surface → entity) pairs. Every exact,
 * word-bounded occurrence of a surface is a mention; longer surfaces win over shorter ones.
 *
 * <pre>
 * Mentions m = FixedMentions.builder()
 *     .person("Tô Lâm", "Tô Lâm", "Lâm").country("Laos", "Laos", "Lao PDR")
 *     .build(document);
 * </pre>
 */
public final class FixedMentions implements Mentions {
    private final Map<Integer, List<Mention>> bySentence = new LinkedHashMap<>();
    private final Map<EntityRef, Entity> entities = new LinkedHashMap<>();
    private EntityRef datelinePlace;

    private FixedMentions() {
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public List<Mention> in(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    @Override
    public List<Entity> entities() {
        return List.copyOf(entities.values());
    }

    @Override
    public Optional<Entity> entity(EntityRef ref) {
        return Optional.ofNullable(entities.get(ref));
    }

    @Override
    public Optional<EntityRef> datelinePlace() {
        return Optional.ofNullable(datelinePlace);
    }

    public static final class Builder {
        private record Surface(String text, EntityRef ref) {
        }

        private final List<Surface> surfaces = new ArrayList<>();
        private final Map<EntityRef, String> labels = new LinkedHashMap<>();
        private final Map<EntityRef, EntityRef> countries = new LinkedHashMap<>();

        public Builder add(EntityKind kind, String label, String... surfaceForms) {
            EntityRef ref = new EntityRef(kind, org.diplomacykg.facts.Slugs.slug(label));
            labels.putIfAbsent(ref, label);
            surfaces.add(new Surface(label, ref));
            for (String s : surfaceForms) {
                surfaces.add(new Surface(s, ref));
            }
            return this;
        }

        public Builder person(String label, String... forms) {
            return add(EntityKind.PERSON, label, forms);
        }

        public Builder org(String label, String... forms) {
            return add(EntityKind.ORGANIZATION, label, forms);
        }

        public Builder country(String label, String... forms) {
            return add(EntityKind.COUNTRY, label, forms);
        }

        public Builder place(String label, String country, String... forms) {
            add(EntityKind.PLACE, label, forms);
            if (country != null) {
                countries.put(new EntityRef(EntityKind.PLACE, org.diplomacykg.facts.Slugs.slug(label)),
                        new EntityRef(EntityKind.COUNTRY, org.diplomacykg.facts.Slugs.slug(country)));
            }
            return this;
        }

        public FixedMentions build(Document document) {
            FixedMentions out = new FixedMentions();
            List<Surface> ordered = new ArrayList<>(surfaces);
            ordered.sort(Comparator.comparingInt((Surface s) -> -s.text().length()));
            Map<EntityRef, TreeSet<String>> seen = new LinkedHashMap<>();
            for (Sentence s : document.sentences()) {
                List<Mention> found = new ArrayList<>();
                for (Surface surface : ordered) {
                    int from = 0;
                    while (true) {
                        int at = s.text().indexOf(surface.text(), from);
                        if (at < 0) {
                            break;
                        }
                        int end = at + surface.text().length();
                        from = at + 1;
                        if (!boundary(s.text(), at - 1) || !boundary(s.text(), end)) {
                            continue;
                        }
                        if (found.stream().anyMatch(m -> m.start() < end && at < m.end())) {
                            continue;
                        }
                        found.add(new Mention(surface.ref(), s.index(), at, end, surface.text()));
                        seen.computeIfAbsent(surface.ref(), k -> new TreeSet<>()).add(surface.text());
                    }
                }
                found.sort(Comparator.comparingInt(Mention::start));
                out.bySentence.put(s.index(), found);
            }
            seen.forEach((ref, forms) -> out.entities.put(ref, new Entity(ref, labels.get(ref), forms, countries.get(ref))));
            // the dateline ("SUDSTAD") names a place the list knows, whatever its case
            String dateline = document.article().metadata().dateline();
            surfaces.stream().filter(sf -> sf.ref().kind() == EntityKind.PLACE && sf.text().equalsIgnoreCase(dateline))
                    .findFirst().ifPresent(sf -> out.datelinePlace = sf.ref());
            return out;
        }

        private static boolean boundary(String text, int i) {
            return i < 0 || i >= text.length() || !Character.isLetterOrDigit(text.charAt(i));
        }
    }
}
