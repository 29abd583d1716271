/**
 * Step 2: {@link org.diplomacykg.article.Article} → {@link org.diplomacykg.document.Document}:
 * the body split into sentences, each with its code-point span, and quotes of parts of them.
 */
package org.diplomacykg.document;
