package org.diplomacykg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.diplomacykg.facts.Entity;
import org.diplomacykg.facts.EntityRef;

/**
 * What {@link MentionFinder} found in one document: its entities and where each is named.
 */
public final class DocumentMentions implements Mentions {
    private final Map<Integer, List<Mention>> bySentence = new TreeMap<>();
    private final List<Entity> entities;
    private final EntityRef homeCountry;
    private final EntityRef datelinePlace;

    DocumentMentions(List<Mention> mentions, List<Entity> entities, EntityRef homeCountry, EntityRef datelinePlace) {
        for (Mention m : mentions) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        bySentence.values().forEach(l -> l.sort(Comparator.comparingInt(Mention::start)));
        this.entities = List.copyOf(entities);
        this.homeCountry = homeCountry;
        this.datelinePlace = datelinePlace;
    }

    /** Mentions in one sentence, in text order, none inside another. */
    @Override
    public List<Mention> in(int sentence) {
        return List.copyOf(bySentence.getOrDefault(sentence, List.of()));
    }

    /** Every mention of the document, sentence by sentence. */
    public List<Mention> all() {
        List<Mention> out = new ArrayList<>();
        bySentence.values().forEach(out::addAll);
        return out;
    }

    @Override
    public List<Entity> entities() {
        return entities;
    }

    @Override
    public Optional<Entity> entity(EntityRef ref) {
        return entities.stream().filter(e -> e.ref().equals(ref)).findFirst();
    }

    @Override
    public Optional<EntityRef> datelinePlace() {
        return Optional.ofNullable(datelinePlace);
    }

    /** The country the article speaks from (publisher's, else dateline's), or null. */
    public EntityRef homeCountry() {
        return homeCountry;
    }
}
