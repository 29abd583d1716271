package org.diplomacykg.mention.rules;

import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.diplomacykg.facts.Entity;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Slugs;
import org.diplomacykg.mention.GazetteerEntry;
import org.diplomacykg.mention.NameKeys;

/**
 * The entities of one document as the rules find them, one per identity. A known entity keeps
 * the gazetteer's canonical label; an unknown one is named as written and keyed by the slug of
 * that name, so {@code Ngô Phương Ly} and {@code Ngo Phuong Ly} are one person, labelled with
 * the diacritics when the article has both spellings.
 */
public final class EntityTable {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<EntityRef, Info> infos = new LinkedHashMap<>();

    private static final class Info {
        final EntityRef ref;
        String label;
        final boolean known;
        final Set<String> spellings = new TreeSet<>();
        EntityRef country;

        Info(EntityRef ref, String label, boolean known, EntityRef country) {
            this.ref = ref;
            this.label = label;
            this.known = known;
            this.country = country;
        }
    }

    /** A gazetteer entity, seen written as {@code surface}. */
    public EntityRef known(GazetteerEntry e, String surface) {
        Info info = infos.computeIfAbsent(e.ref(), r -> new Info(r, e.label(), true, e.country()));
        spelling(info, surface);
        return e.ref();
    }

    /** An entity the gazetteer does not know, by its canonical name; the slug makes its identity. */
    public EntityRef unknown(EntityKind kind, String name, String slugSource, EntityRef country) {
        EntityRef ref = new EntityRef(kind, Slugs.slug(slugSource));
        Info info = infos.computeIfAbsent(ref, r -> new Info(r, name, false, country));
        if (!info.known && NameKeys.hasDiacritics(name) && !NameKeys.hasDiacritics(info.label)) {
            info.spellings.add(info.label);
            info.label = name;
        }
        if (info.country == null) {
            info.country = country;
        }
        spelling(info, name);
        return ref;
    }

    public EntityRef unknown(EntityKind kind, String name, EntityRef country) {
        return unknown(kind, name, name, country);
    }

    /** Records another spelling of an entity already in the table. */
    public void spelling(EntityRef ref, String surface) {
        Info info = infos.get(ref);
        if (info != null) {
            spelling(info, surface);
        }
    }

    private static void spelling(Info info, String surface) {
        String s = SPACES.matcher(surface.strip()).replaceAll(" ");
        if (!s.isEmpty()) {
            info.spellings.add(s);
        }
    }

    public boolean has(EntityRef ref) {
        return infos.containsKey(ref);
    }

    public String label(EntityRef ref) {
        Info info = infos.get(ref);
        return info == null ? ref.slug() : info.label;
    }

    public EntityRef country(EntityRef ref) {
        Info info = infos.get(ref);
        return info == null ? null : info.country;
    }

    /** Sets the country of an entity that has none yet. */
    public void country(EntityRef ref, EntityRef country) {
        Info info = infos.get(ref);
        if (info != null && info.country == null && country != null && !country.equals(ref)) {
            info.country = country;
        }
    }

    public List<EntityRef> refs(EntityKind kind) {
        List<EntityRef> out = new ArrayList<>();
        for (EntityRef r : infos.keySet()) {
            if (r.kind() == kind) {
                out.add(r);
            }
        }
        return out;
    }

    /** Entities in the order first found, each with every spelling the article uses. */
    public List<Entity> entities(Set<EntityRef> keep) {
        List<Entity> out = new ArrayList<>();
        for (Info info : infos.values()) {
            if (keep.contains(info.ref)) {
                out.add(new Entity(info.ref, info.label, new TreeSet<>(info.spellings), info.country));
            }
        }
        return out;
    }
}
