package org.diplomacykg.facts;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.diplomacykg.article.ArticleMetadata;
import org.diplomacykg.document.Document;

/**
 * The extraction façade: runs the extraction rules over a document and gathers their records.
 * So far it knows the article's own metadata (the dateline place); entity, role, event,
 * commitment and project rules plug in here.
 */
public final class ArticleExtractor implements FactExtractor {

    @Override
    public ArticleFacts extract(Document document) {
        ArticleMetadata meta = document.article().metadata();
        List<Entity> entities = meta.dateline() == null ? List.of() : List.of(datelinePlace(meta.dateline()));
        return new ArticleFacts(document, entities, List.of(), List.of(), List.of(), List.of());
    }

    /** The place an article is filed from. */
    public static Entity datelinePlace(String dateline) {
        SortedSet<String> alt = new TreeSet<>();
        return new Entity(new EntityRef(EntityKind.PLACE, Slugs.slug(dateline)), dateline, alt, null);
    }
}
