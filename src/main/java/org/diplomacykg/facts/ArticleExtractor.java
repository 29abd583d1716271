package org.diplomacykg.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.diplomacykg.document.Document;
import org.diplomacykg.facts.projects.ProjectRule;
import org.diplomacykg.facts.roles.RoleTitleRule;
import org.diplomacykg.mention.DocumentMentions;
import org.diplomacykg.mention.Gazetteer;
import org.diplomacykg.mention.GazetteerEntry;
import org.diplomacykg.mention.MentionFinder;

/**
 * The extraction façade: finds the document's mentions once, runs the fact rules over them
 * and gathers their records.
 *
 * <pre>
 * ArticleFacts facts = new ArticleExtractor(GazetteerLoader.fromOntology()).extract(document);
 * </pre>
 */
public final class ArticleExtractor implements FactExtractor {
    private final Gazetteer gazetteer;
    private final MentionFinder mentionFinder;
    private final RoleTitleRule roleRule;
    private final ProjectRule projectRule;

    public ArticleExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.mentionFinder = new MentionFinder(gazetteer);
        this.roleRule = new RoleTitleRule(gazetteer);
        this.projectRule = new ProjectRule(gazetteer);
    }

    public MentionFinder mentionFinder() {
        return mentionFinder;
    }

    @Override
    public ArticleFacts extract(Document document) {
        DocumentMentions mentions = mentionFinder.find(document);
        List<RoleFact> roles = roleRule.apply(document, mentions);
        List<ProjectFact> projects = projectRule.apply(document, mentions);
        List<Entity> entities = withReferenced(mentions.entities(), roles, projects);
        return new ArticleFacts(document, entities, roles, List.of(), List.of(), projects);
    }

    /**
     * The article's entities plus any a fact points to without the text naming it (the ruling
     * party behind {@code Party General Secretary Tô Lâm}), so that the graph stays self-contained.
     */
    private List<Entity> withReferenced(List<Entity> entities, List<RoleFact> roles, List<ProjectFact> projects) {
        Map<EntityRef, Entity> out = new LinkedHashMap<>();
        entities.forEach(e -> out.put(e.ref(), e));
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
