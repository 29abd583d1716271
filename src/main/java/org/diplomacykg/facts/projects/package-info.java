/** Project rules: named undertakings (railways, ports, hospitals…) with type, place and status. */
package org.diplomacykg.facts.projects;
