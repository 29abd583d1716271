package org.diplomacykg.facts;

/** The event types of the ontology's event scheme; {@link #localName()} is the class name. */
public enum EventType {
    STATE_VISIT("StateVisit"), OFFICIAL_VISIT("OfficialVisit"), TALKS("Talks"), MEETING("Meeting"),
    CEREMONY("Ceremony"), SPEECH("Speech"), AWARD_CONFERRAL("AwardConferral"), DOCUMENT_SIGNING("DocumentSigning"),
    INAUGURATION("Inauguration"), COMMITTEE_SESSION("CommitteeSession"), PHONE_CALL("PhoneCall"),
    CONGRESS("Congress"), ELECTION("Election"), JOINT_STATEMENT("JointStatement");

    private final String localName;

    EventType(String localName) {
        this.localName = localName;
    }

    /** The local name of the ontology class: {@code StateVisit}. */
    public String localName() {
        return localName;
    }
}
