package org.diplomacykg.facts;

/**
 * How an actor takes part in an event: plainly, as the host or the guest of a visit, as the
 * recipient or the conferrer of an award, or as the companion of a participant (a spouse: there,
 * but no party to the talks).
 */
public enum ParticipantRole {
    PARTICIPANT, HOST, GUEST, RECIPIENT, CONFERRER, COMPANION;

    /** The role a whole side takes (all hosts, all guests), a companion staying a companion. */
    public ParticipantRole asSide(ParticipantRole side) {
        return this == COMPANION ? COMPANION : side;
    }
}
