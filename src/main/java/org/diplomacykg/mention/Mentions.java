package org.diplomacykg.mention;

import java.util.List;
import java.util.Optional;
import org.diplomacykg.facts.Entity;
import org.diplomacykg.facts.EntityRef;

/**
 * The entities of one document and where each is mentioned; what later rules (events,
 * commitments) read to know who and where a sentence speaks of.
 */
public interface Mentions {
    /** Mentions in one sentence, in text order. */
    List<Mention> in(int sentence);

    /** Every entity the document mentions, once each, with all spellings it uses. */
    List<Entity> entities();

    Optional<Entity> entity(EntityRef ref);

    /** The place the article is filed from, as its dateline names it, if it names one. */
    Optional<EntityRef> datelinePlace();
}
