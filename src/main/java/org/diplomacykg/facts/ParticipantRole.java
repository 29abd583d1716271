package org.diplomacykg.facts;

/**
 * How an actor takes part in an event: plainly, as the host or the guest of a visit, or as
 * the recipient or the conferrer of an award.
 */
public enum ParticipantRole {
    PARTICIPANT, HOST, GUEST, RECIPIENT, CONFERRER
}
