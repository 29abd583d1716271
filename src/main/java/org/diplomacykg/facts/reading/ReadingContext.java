package org.diplomacykg.facts.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomacykg.document.Document;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.facts.Entity;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.mention.Mention;
import org.diplomacykg.mention.Mentions;

/**
 * What the event and commitment rules read besides the sentence itself: the document, who is
 * mentioned where, the publication date, and the article's main actors for phrases such as
 * "the two sides" (the two countries it is about).
 *
 * <pre>
 * ReadingContext ctx = new ReadingContext(document, mentions);
 * ctx.mentions(3, 0, 40, EntityKind.PERSON) → the people named in the first 40 chars of sentence 3
 * ctx.twoCountries() → [laos, viet-nam]
 * </pre>
 */
public final class ReadingContext {

    private final Document document;
    private final Mentions mentions;
    private final LocalDate published;
    /** The country a word names as its demonym ("Japanese" → Japan), or empty. */
    private final java.util.function.Function<String, Optional<EntityRef>> demonyms;

    public ReadingContext(Document document, Mentions mentions) {
        this(document, mentions, word -> Optional.empty());
    }

    public ReadingContext(Document document, Mentions mentions, java.util.function.Function<String, Optional<EntityRef>> demonyms) {
        this.document = document;
        this.mentions = mentions;
        this.published = document.article().metadata().published();
        this.demonyms = demonyms;
    }

    public Document document() {
        return document;
    }

    public List<Sentence> sentences() {
        return document.sentences();
    }

    public Sentence sentence(int i) {
        return document.sentences().get(i);
    }

    public LocalDate published() {
        return published;
    }

    public Mentions mentions() {
        return mentions;
    }

    /** Mentions of sentence {@code s} that lie inside {@code [from, to)} (chars), of the given kinds, in text order. */
    public List<Mention> mentions(int s, int from, int to, EntityKind... kinds) {
        Set<EntityKind> want = kinds.length == 0 ? Set.of(EntityKind.values()) : Set.of(kinds);
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions.in(s)) {
            if (m.start() >= from && m.end() <= to && want.contains(m.ref().kind())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    public Optional<Entity> entity(EntityRef ref) {
        return mentions.entity(ref);
    }

    public String label(EntityRef ref) {
        return entity(ref).map(Entity::label).orElse(ref.slug());
    }

    /** The country a place or organisation belongs to, when the gazetteer says. */
    public Optional<EntityRef> countryOf(EntityRef ref) {
        if (ref.kind() == EntityKind.COUNTRY) {
            return Optional.of(ref);
        }
        return entity(ref).map(Entity::country);
    }

    /** The two countries the article speaks of most: what "the two sides" and "both countries" mean. */
    public List<EntityRef> twoCountries() {
        return mostMentioned(r -> r.kind() == EntityKind.COUNTRY, 2);
    }

    private List<EntityRef> mostMentioned(java.util.function.Predicate<EntityRef> keep, int n) {
        Map<EntityRef, int[]> counts = new LinkedHashMap<>();
        for (Sentence s : document.sentences()) {
            List<Mention> in = mentions.in(s.index());
            for (Mention m : in) {
                if (keep.test(m.ref())) {
                    counts.computeIfAbsent(m.ref(), k -> new int[1])[0]++;
                }
            }
            // "Japanese Prime Minister", "the Philippine side": a demonym outside any name speaks of its country too
            for (org.diplomacykg.document.Word w : s.words()) {
                if (w.tag().startsWith("JJ") || w.tag().startsWith("NNP")) {
                    boolean inName = in.stream().anyMatch(m -> m.start() <= w.start() && w.end() <= m.end());
                    if (!inName) {
                        demonyms.apply(w.text()).filter(keep).ifPresent(c -> counts.computeIfAbsent(c, k -> new int[1])[0]++);
                    }
                }
            }
        }
        return counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
                .limit(n).map(Map.Entry::getKey)
                .sorted(Comparator.comparing(EntityRef::slug)).toList();
    }
}
