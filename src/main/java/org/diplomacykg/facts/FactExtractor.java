package org.diplomacykg.facts;

import org.diplomacykg.document.Document;

/**
 * The seam between reading and RDF: takes a document, returns plain fact records.
 * Implementations must be deterministic: the same document always gives equal facts.
 */
public interface FactExtractor {
    ArticleFacts extract(Document document);
}
