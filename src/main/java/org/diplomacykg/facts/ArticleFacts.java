package org.diplomacykg.facts;

import java.util.List;
import org.diplomacykg.document.Document;

/**
 * Everything extraction found in one article, as plain records. The RDF writer maps this to
 * the article's named graph; nothing here knows about RDF.
 */
public record ArticleFacts(Document document, List<Entity> entities, List<RoleFact> roles, List<EventFact> events,
                           List<CommitmentFact> commitments, List<ProjectFact> projects) {
    public ArticleFacts {
        entities = List.copyOf(entities);
        roles = List.copyOf(roles);
        events = List.copyOf(events);
        commitments = List.copyOf(commitments);
        projects = List.copyOf(projects);
    }
}
