/** What the event and commitment rules share about one document: its mentions, its main actors, clause limits. */
package org.diplomacykg.facts.reading;
