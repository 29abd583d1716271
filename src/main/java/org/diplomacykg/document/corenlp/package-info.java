/**
 * The document step's parser: Stanford CoreNLP behind {@link org.diplomacykg.document.TextParser}.
 * Nothing outside this package imports CoreNLP.
 */
package org.diplomacykg.document.corenlp;
