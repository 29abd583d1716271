/**
 * Saved queries: the analyst's questions as SPARQL files in {@code queries/}, each with a
 * grlc-style {@code #+} header. {@link org.diplomacykg.query.SavedQueries} finds them,
 * {@link org.diplomacykg.query.SavedQuery} parses one (once), {@link org.diplomacykg.query.ParameterBinder}
 * turns {@code name=value} pairs into RDF terms, {@link org.diplomacykg.query.QueryRunner} runs the bound
 * query on the local TDB2 store or a remote SPARQL endpoint, and {@link org.diplomacykg.query.ResultPrinter}
 * writes the answer as a table or in a SPARQL result or RDF format.
 *
 * <p>Input: a query name or file and parameter values. Output: results on a writer.
 * Parameter values never become query text: they are RDF terms put in place of variables.
 */
package org.diplomacykg.query;
