/** Role rules: who holds which office, in which organisation or country, as the article states it. */
package org.diplomacykg.facts.roles;
