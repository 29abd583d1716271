package org.diplomacykg.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.diplomacykg.article.ArticleMetadata;
import org.diplomacykg.document.Document;
import org.diplomacykg.facts.commitments.CommitmentRules;
import org.diplomacykg.facts.events.EventRules;
import org.diplomacykg.facts.reading.ReadingContext;
import org.diplomacykg.mention.Mentions;

/**
 * The extraction façade: runs the extraction rules over a document and gathers their records.
 * It knows the article's own metadata (the dateline place); given a mention finder it also
 * reads events (and, from them, the commitments made there).
 */
public final class ArticleExtractor implements FactExtractor {
    private final Function<Document, Mentions> mentionFinder;
    private final EventRules events = new EventRules();
    private final CommitmentRules commitments = new CommitmentRules();

    /** Metadata only, until a mention finder is wired in. */
    public ArticleExtractor() {
        this(null);
    }

    /** @param mentionFinder finds the entities of a document and where each is mentioned */
    public ArticleExtractor(Function<Document, Mentions> mentionFinder) {
        this.mentionFinder = mentionFinder;
    }

    @Override
    public ArticleFacts extract(Document document) {
        ArticleMetadata meta = document.article().metadata();
        List<Entity> entities = new ArrayList<>();
        if (meta.dateline() != null) {
            entities.add(datelinePlace(meta.dateline()));
        }
        if (mentionFinder == null) {
            return new ArticleFacts(document, entities, List.of(), List.of(), List.of(), List.of());
        }
        Mentions mentions = mentionFinder.apply(document);
        for (Entity e : mentions.entities()) {
            if (entities.stream().noneMatch(x -> x.ref().equals(e.ref()))) {
                entities.add(e);
            }
        }
        ReadingContext ctx = new ReadingContext(document, mentions);
        List<EventFact> eventFacts = events.extract(ctx);
        for (EventFact e : eventFacts) {
            venue(e.place(), mentions, entities);
        }
        List<ProjectFact> projects = List.of();
        List<CommitmentFact> commitmentFacts = commitments.extract(ctx, eventFacts, projects);
        return new ArticleFacts(document, entities, List.of(), eventFacts, commitmentFacts, projects);
    }

    /** An institution's premises named as an event's venue: a place with the institution's names. */
    private static void venue(EntityRef place, Mentions mentions, List<Entity> entities) {
        if (place == null || entities.stream().anyMatch(x -> x.ref().equals(place))) {
            return;
        }
        mentions.entity(new EntityRef(EntityKind.ORGANIZATION, place.slug()))
                .ifPresent(org -> entities.add(new Entity(place, org.label(), org.altLabels(), org.country())));
    }

    /** The place an article is filed from. */
    public static Entity datelinePlace(String dateline) {
        SortedSet<String> alt = new TreeSet<>();
        return new Entity(new EntityRef(EntityKind.PLACE, Slugs.slug(dateline)), dateline, alt, null);
    }
}
