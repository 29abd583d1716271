/**
 * Step 3: {@link org.diplomacykg.document.Document} → {@link org.diplomacykg.mention.Mentions}:
 * which persons, organisations, countries and places each sentence names, with one identity
 * per real entity (gazetteer spellings, titles, acronyms, short references). Plain Java; the
 * gazetteer arrives as plain records loaded by {@code rdf.GazetteerLoader}.
 */
package org.diplomacykg.mention;
