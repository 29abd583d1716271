/**
 * HTML for people, rendered from the graph: {@link org.diplomacykg.serve.pages.ResourcePage}
 * (label and types, evidence quotes, properties with linked labels, incoming links),
 * {@link org.diplomacykg.serve.pages.ArticlePage} (the text with the extracted facts marked),
 * {@link org.diplomacykg.serve.pages.OntologyPage} (documentation of every term),
 * {@link org.diplomacykg.serve.pages.LandingPage}, {@link org.diplomacykg.serve.pages.BrowsePage},
 * {@link org.diplomacykg.serve.pages.QueryPage} and the 404 page.
 *
 * <p>Input: a {@link org.diplomacykg.serve.pages.KgView} over the dataset, used inside a read
 * transaction. Output: a complete HTML document as a string. Labels come from
 * {@code skos:prefLabel} / {@code rdfs:label}; evidence from {@code dip:evidence} →
 * {@code dip:quote}, {@code dip:beginIndex}, {@code dip:endIndex}, with the article from
 * {@code dip:inArticle} or the graph name. No scripts and no external resources: the CSS is
 * inline, so pages work on a closed network and load fast on a phone.
 */
package org.diplomacykg.serve.pages;
