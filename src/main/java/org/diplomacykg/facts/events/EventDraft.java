package org.diplomacykg.facts.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.EventType;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.PartialDate;
import org.diplomacykg.facts.ParticipantRole;

/**
 * An event while the rules are still reading: what one trigger says, before drafts that name
 * the same event are merged and turned into an {@link org.diplomacykg.facts.EventFact}.
 */
final class EventDraft {
    EventType type;
    final EventTrigger trigger;
    final int sentence;
    boolean planned;
    /** True when the words only refer back ("the talks", "the visit") and name nobody new. */
    boolean reference;
    /** True for talks told only by what two sides discussed ("The two leaders discussed …"). */
    boolean discussion;
    PartialDate date;
    PartialDate from;
    PartialDate to;
    /** A date the draft took from the narrative or the sentence rather than its own words. */
    boolean borrowedDate;
    EntityRef place;
    int placeRank = Integer.MAX_VALUE;
    final Map<EntityRef, ParticipantRole> participants = new LinkedHashMap<>();
    /** The participants that identify the event (no spouses, no chairs of a meeting "between" others). */
    final Set<EntityRef> main = new LinkedHashSet<>();
    EntityRef guest;
    EntityRef hostCountry;
    /** For events identified by what they concern (an inaugurated park, an occasion): a key from its words. */
    String objectKey;
    /** True when the words after the trigger name who the event is with ("talks with X"). */
    boolean hasObjects;
    String objectLabel;
    final List<Evidence> evidence = new ArrayList<>();
    String slug;
    String partOf;

    /** True for "the X signed between …": the signing told before, if the article has told one. */
    boolean knownDocument;
    /** Where the event's quote in its own sentence begins: its verb's subject, else the trigger. */
    int quoteStart;
    /** True when a finite verb or a passive reports the event here ("An accord was inked", "talks were held"). */
    boolean reported;

    /** True while every sentence telling of the event is an invitation to visit. */
    boolean invitedOnly;

    EventDraft(EventType type, EventTrigger trigger, int sentence) {
        this.type = type;
        this.trigger = trigger;
        this.sentence = sentence;
        this.invitedOnly = trigger.invited();
    }

    void participant(EntityRef ref, ParticipantRole role, boolean isMain) {
        ParticipantRole old = participants.get(ref);
        // a plain participant gives way to a finer role; a companion (a spouse) stays one unless
        // named as a party of the event in their own right
        if (old == null || old == ParticipantRole.PARTICIPANT && role != ParticipantRole.COMPANION
                || old == ParticipantRole.COMPANION && isMain) {
            participants.put(ref, role);
        }
        if (isMain) {
            main.add(ref);
        }
    }

    /** The country a visit is to: its host, and its place unless a nearer one is known. */
    void host(EntityRef country) {
        hostCountry = country;
        participant(country, ParticipantRole.HOST, false);
        if (place == null) {
            place = country;
            placeRank = EventPlaceRule.HERE + 1;
        }
    }

    boolean hasOwnDate() {
        return (date != null || from != null) && !borrowedDate;
    }

    /** The first day (or month, or year) the event is dated to, or null. */
    PartialDate firstDate() {
        return date != null ? date : from;
    }

    /** Folds another draft of the same event into this one. */
    void absorb(EventDraft o) {
        if (o.hasOwnDate() && !hasOwnDate() || firstDate() == null && o.firstDate() != null) {
            date = o.date;
            from = o.from;
            to = o.to;
            borrowedDate = o.borrowedDate;
        }
        if (o.place != null && o.placeRank < placeRank) {
            place = o.place;
            placeRank = o.placeRank;
        }
        o.participants.forEach((r, role) -> participant(r, role, false));
        if (guest == null) {
            guest = o.guest;
        }
        if (hostCountry == null) {
            hostCountry = o.hostCountry;
        }
        planned = planned && o.planned;
        invitedOnly = invitedOnly && o.invitedOnly;
        if (from == null && date != null && o.from != null && o.to != null
                && date.toString().compareTo(o.from.toString()) >= 0 && date.toString().compareTo(o.to.toString()) <= 0) {
            // "closed on January 8" and "held from January 6-8": the span says more
            date = null;
            from = o.from;
            to = o.to;
        }
        for (Evidence ev : o.evidence) {
            if (evidence.stream().noneMatch(x -> x.begin() == ev.begin() && x.end() == ev.end())) {
                evidence.add(ev);
            }
        }
        if (trigger.count() == null && o.trigger.count() != null && countOverride == null) {
            countOverride = o.trigger.count();
        }
        if (award == null) {
            award = o.award;
        }
    }

    Integer countOverride;
    String award;

    Integer count() {
        return trigger.count() != null ? trigger.count() : countOverride;
    }
}
