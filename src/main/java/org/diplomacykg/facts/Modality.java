package org.diplomacykg.facts;

/** How firmly a party undertook something; {@link #localName()} names the ontology concept. */
public enum Modality {
    AGREED("Agreed"), PLEDGED("Pledged"), AFFIRMED("Affirmed"), PROPOSED("Proposed"), URGED("Urged"),
    WELCOMED("Welcomed"), PLANNED("Planned");

    private final String localName;

    Modality(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
