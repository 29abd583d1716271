/**
 * Step 7 of the pipeline, serving: the TDB2 store → an HTTP server for machines and people.
 *
 * <p>{@link org.diplomacykg.serve.KgServer} (the façade {@code dkg serve} calls) runs embedded
 * Fuseki ({@link org.diplomacykg.serve.FusekiAssembly}): dataset {@code /kg} with SPARQL query,
 * Graph Store read, and, only with {@code --update}, authenticated SPARQL Update and Graph Store
 * write; a query timeout; the Fuseki UI at {@code /ui/}; admin functions kept to localhost
 * ({@link org.diplomacykg.serve.AdminAccessFilter}); {@code /$/ping} and Prometheus
 * {@code /$/metrics}; a deliberate CORS policy ({@link org.diplomacykg.serve.CorsFilter}).
 *
 * <p>Beside it, linked data: every minted IRI {@code https://w3id.org/diplomacy-kg/PATH} is
 * served at {@code /PATH} ({@link org.diplomacykg.serve.ResourceServlet}) in HTML, Turtle,
 * JSON-LD, N-Triples or RDF/XML ({@link org.diplomacykg.serve.ContentNegotiation}); the pages
 * themselves are rendered from the graph in {@link org.diplomacykg.serve.pages}. Also the
 * landing page, browse lists, saved queries, the VoID/DCAT description
 * ({@code /.well-known/void}) and the full dump ({@code /dump/diplomacy-kg.nq.gz}).
 *
 * <p>Input: a TDB2 {@code DatasetGraph} (one named graph per article, the ontology graph).
 * Output: HTTP responses. Every read is one read transaction; writes arrive only through
 * Fuseki's authenticated endpoints (see {@link org.diplomacykg.store.RemoteGraphStore}).
 */
package org.diplomacykg.serve;
