package org.diplomacykg.facts;

/** Where a project stands, as the article states it; {@link #localName()} names the ontology concept. */
public enum ProjectStatus {
    PROPOSED("StatusProposed"), UNDER_STUDY("StatusUnderStudy"), PLANNED("StatusPlanned"),
    UNDER_CONSTRUCTION("StatusUnderConstruction"), COMPLETED("StatusCompleted"), INAUGURATED("StatusInaugurated"),
    IN_OPERATION("StatusInOperation");

    private final String localName;

    ProjectStatus(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
