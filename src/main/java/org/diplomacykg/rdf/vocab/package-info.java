/**
 * Vocabulary constants of the knowledge graph.
 *
 * <p>{@link org.diplomacykg.rdf.vocab.DIP} holds one Jena constant per term of the diplomacy
 * ontology ({@code https://w3id.org/diplomacy-kg/ontology#}, files {@code ontology/diplomacy.ttl}
 * and {@code ontology/vocabularies.ttl}); {@link org.diplomacykg.rdf.vocab.KG} mints the IRIs of
 * articles and entities and the slugs they are built from. Tests keep the constants and the
 * ontology files in step.
 *
 * <p>Input: names and file stems. Output: Jena {@code Resource} and {@code Property} constants
 * and IRIs.
 */
package org.diplomacykg.rdf.vocab;
