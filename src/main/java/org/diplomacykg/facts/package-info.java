/**
 * Step 4: document and mentions → fact records ({@link org.diplomacykg.facts.ArticleFacts}):
 * entities, roles, projects, events, commitments, each with its evidence. The façade is
 * {@link org.diplomacykg.facts.ArticleExtractor}; the rules live in the subpackages. Plain
 * Java records: nothing here knows about RDF.
 */
package org.diplomacykg.facts;
