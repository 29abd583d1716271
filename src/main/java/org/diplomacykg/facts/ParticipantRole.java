package org.diplomacykg.facts;

/** How an actor takes part in an event: plainly, or as the host or the guest of a visit. */
public enum ParticipantRole {
    PARTICIPANT, HOST, GUEST
}
