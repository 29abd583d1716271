package org.diplomacykg.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import org.diplomacykg.document.Document;
import org.diplomacykg.facts.commitments.CommitmentRules;
import org.diplomacykg.facts.events.EventRules;
import org.diplomacykg.facts.projects.ProjectRule;
import org.diplomacykg.facts.reading.ReadingContext;
import org.diplomacykg.facts.roles.NounPhraseRoleRule;
import org.diplomacykg.mention.DocumentMentions;
import org.diplomacykg.mention.Gazetteer;
import org.diplomacykg.mention.GazetteerEntry;
import org.diplomacykg.mention.MentionFinder;
import org.diplomacykg.mention.Mentions;

/**
 * The extraction façade: finds the document's mentions once, runs the fact rules over them
 * (roles, projects, events, and the commitments made at those events) and gathers their records.
 *
 * <pre>
 * ArticleFacts facts = new ArticleExtractor(GazetteerLoader.fromOntology()).extract(document);
 * </pre>
 */
public final class ArticleExtractor implements FactExtractor {
    private final Gazetteer gazetteer;
    /** Set when the extractor finds its own mentions with the gazetteer (the production path). */
    private final MentionFinder finder;
    /** Set when mentions come from elsewhere (tests give explicit names); no roles or projects then. */
    private final Function<Document, ? extends Mentions> givenMentions;
    private final NounPhraseRoleRule roleRule;
    private final ProjectRule projectRule;
    private final EventRules eventRules = new EventRules();
    private final CommitmentRules commitmentRules = new CommitmentRules();

    public ArticleExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.finder = new MentionFinder(gazetteer);
        this.givenMentions = null;
        this.roleRule = new NounPhraseRoleRule(gazetteer);
        this.projectRule = new ProjectRule(gazetteer);
    }

    /** Events and commitments only, over mentions found some other way (tests give explicit names). */
    public ArticleExtractor(Function<Document, ? extends Mentions> mentionFinder) {
        this.gazetteer = null;
        this.finder = null;
        this.givenMentions = mentionFinder;
        this.roleRule = null;
        this.projectRule = null;
    }

    @Override
    public ArticleFacts extract(Document document) {
        if (finder == null) {
            return extract(document, givenMentions.apply(document), List.of(), List.of());
        }
        DocumentMentions mentions = finder.find(document);
        List<RoleFact> roles = roleRule.apply(document, mentions);
        return extract(document, mentions, roles, projectRule.apply(document, mentions));
    }

    private ArticleFacts extract(Document document, Mentions mentions, List<RoleFact> roles, List<ProjectFact> projects) {
        ReadingContext ctx = gazetteer == null ? new ReadingContext(document, mentions)
                : new ReadingContext(document, mentions, gazetteer::demonymCountry);
        List<EventFact> events = eventRules.extract(ctx);
        List<CommitmentFact> commitments = commitmentRules.extract(ctx, events, projects);
        List<Entity> entities = new ArrayList<>(withReferenced(mentions.entities(), roles, projects, events, commitments));
        if (document.article().metadata().dateline() != null
                && entities.stream().noneMatch(e -> e.ref().kind() == EntityKind.PLACE
                && e.ref().slug().equals(Slugs.slug(document.article().metadata().dateline())))) {
            entities.add(datelinePlace(document.article().metadata().dateline()));
        }
        for (EventFact e : events) {
            venue(e.place(), mentions, entities);
        }
        return new ArticleFacts(document, entities, roles, events, commitments, projects);
    }

    /** An institution's premises named as an event's venue: a place with the institution's names. */
    private static void venue(EntityRef place, Mentions mentions, List<Entity> entities) {
        if (place == null || entities.stream().anyMatch(x -> x.ref().equals(place))) {
            return;
        }
        mentions.entity(new EntityRef(EntityKind.ORGANIZATION, place.slug()))
                .ifPresent(org -> entities.add(new Entity(place, org.label(), org.altLabels(), org.country())));
    }

    /**
     * The article's entities plus any a fact points to without the text naming it (the ruling
     * party behind {@code Party General Secretary Tô Lâm}), so that the graph stays self-contained.
     */
    private List<Entity> withReferenced(List<Entity> entities, List<RoleFact> roles, List<ProjectFact> projects,
                                        List<EventFact> events, List<CommitmentFact> commitments) {
        Map<EntityRef, Entity> out = new LinkedHashMap<>();
        entities.forEach(e -> out.put(e.ref(), e));
        if (gazetteer == null) {
            return List.copyOf(out.values());
        }
        List<EntityRef> wanted = new ArrayList<>();
        roles.forEach(r -> {
            wanted.add(r.holder());
            if (r.roleIn() != null) {
                wanted.add(r.roleIn());
            }
        });
        projects.forEach(p -> {
            if (p.location() != null) {
                wanted.add(p.location());
            }
        });
        // "the two sides" of a story that names a country only by its demonym ("the Lao side")
        events.forEach(e -> e.participants().forEach(pp -> wanted.add(pp.actor())));
        commitments.forEach(c -> wanted.addAll(c.parties()));
        for (EntityRef ref : wanted) {
            if (!out.containsKey(ref)) {
                gazetteer.entry(ref).ifPresent(e -> out.put(ref, fromGazetteer(e)));
            }
        }
        return List.copyOf(out.values());
    }

    private static Entity fromGazetteer(GazetteerEntry e) {
        return new Entity(e.ref(), e.label(), new TreeSet<>(), e.country());
    }

    /** The place an article is filed from. */
    public static Entity datelinePlace(String dateline) {
        SortedSet<String> alt = new TreeSet<>();
        return new Entity(new EntityRef(EntityKind.PLACE, Slugs.slug(dateline)), dateline, alt, null);
    }
}
