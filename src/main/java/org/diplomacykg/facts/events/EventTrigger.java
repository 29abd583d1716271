package org.diplomacykg.facts.events;

import org.diplomacykg.facts.EventType;

/**
 * Words in a sentence that announce an event: {@code "held talks with"}, {@code "the state visit"},
 * {@code "co-chairing the 48th Meeting of the … Committee"}.
 *
 * @param type      the event type, or null for a bare {@code "the visit"} that only refers back
 * @param start     first char of the trigger in the sentence text
 * @param end       one past its last char
 * @param verbal    true when a verb reports the event ("held talks", "met with", "presented"),
 *                  false for a noun phrase that names it ("the talks", "the state visit")
 * @param ordinal   the number of a numbered session or congress (48 for "48th Meeting"), else null
 * @param count     documents signed or exchanged when the text counts them, else null
 * @param award     the award named by an award conferral, else null
 * @param invited   true for "invited X to visit": an announced visit
 */
public record EventTrigger(EventType type, int start, int end, boolean verbal, Integer ordinal, Integer count,
                           String award, boolean invited) {

    public static EventTrigger of(EventType type, int start, int end, boolean verbal) {
        return new EventTrigger(type, start, end, verbal, null, null, null, false);
    }

    /** A reference to a visit whose kind the words do not say ("the visit", "his trip"). */
    public boolean bareVisit() {
        return type == null;
    }
}
