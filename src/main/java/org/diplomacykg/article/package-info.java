/**
 * Step 1 of the pipeline: article file → {@link org.diplomacykg.article.Article}. Reads bytes
 * (rejecting empty, binary, non-UTF-8 and oversized files), finds the metadata (date, dateline,
 * publisher, source URL, headline) and the body paragraphs without page furniture, with
 * offsets in Unicode code points. No RDF here.
 */
package org.diplomacykg.article;
