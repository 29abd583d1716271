/**
 * Step 5: fact records → RDF. {@link org.diplomacykg.rdf.ArticleGraphWriter} is the one place
 * records become triples; {@link org.diplomacykg.rdf.ArticleGraphValidator} checks the graph
 * against the SHACL shapes; {@link org.diplomacykg.rdf.OntologyFiles} and
 * {@link org.diplomacykg.rdf.GazetteerLoader} read {@code ontology/}.
 */
package org.diplomacykg.rdf;
