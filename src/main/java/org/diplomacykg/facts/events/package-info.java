/**
 * Event rules: triggers, dates resolved against the publication date, participants, places,
 * the structure of a visit and cross-article identity, behind {@link org.diplomacykg.facts.events.EventRules}.
 */
package org.diplomacykg.facts.events;
