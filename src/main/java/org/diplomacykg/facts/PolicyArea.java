package org.diplomacykg.facts;

/** The policy areas of the ontology's scheme; {@link #localName()} is the concept's local name. */
public enum PolicyArea {
    POLITICAL("Political"), DEFENCE_SECURITY("DefenceSecurity"), ECONOMY_TRADE("EconomyTrade"),
    INFRASTRUCTURE_TRANSPORT("InfrastructureTransport"), ENERGY("Energy"), EDUCATION_TRAINING("EducationTraining"),
    CULTURE_PEOPLE("CulturePeople"), MULTILATERAL("Multilateral"), SCIENCE_TECHNOLOGY("ScienceTechnology"),
    HEALTH("Health"), ENVIRONMENT("Environment"), OTHER("Other");

    private final String localName;

    PolicyArea(String localName) {
        this.localName = localName;
    }

    public String localName() {
        return localName;
    }
}
