package org.diplomacykg.facts;

/** One actor's part in an event. */
public record Participation(EntityRef actor, ParticipantRole role) {
}
