package org.diplomacykg.facts.events;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.diplomacykg.facts.EventType;
import org.diplomacykg.facts.PartialDate;

/**
 * The structure of a visit: the talks, meetings, ceremonies, speeches, award, inaugurations
 * and signings its guest takes part in while it lasts are {@code dip:partOf} the visit.
 * An event dated outside the visit's span (or month), or announced for later, is not.
 */
final class VisitStructureRule {
    private static final Set<EventType> ACTIVITIES = EnumSet.of(EventType.TALKS, EventType.MEETING, EventType.CEREMONY,
            EventType.SPEECH, EventType.AWARD_CONFERRAL, EventType.DOCUMENT_SIGNING, EventType.INAUGURATION,
            EventType.JOINT_STATEMENT);

    void apply(List<EventDraft> drafts) {
        List<EventDraft> visits = drafts.stream()
                .filter(d -> (d.type == EventType.STATE_VISIT || d.type == EventType.OFFICIAL_VISIT) && !d.planned && d.slug != null)
                .toList();
        for (EventDraft e : drafts) {
            if (!ACTIVITIES.contains(e.type) || e.planned || e.slug == null) {
                continue;
            }
            for (EventDraft v : visits) {
                if (v.guest != null && e.participants.containsKey(v.guest) && within(e, v)) {
                    e.partOf = v.slug;
                    break;
                }
            }
        }
    }

    private static boolean within(EventDraft e, EventDraft v) {
        PartialDate d = e.firstDate();
        if (d == null) {
            return v.slug.endsWith(monthOf(e.slug));
        }
        if (v.from != null && v.to != null && d.day() != null) {
            String x = d.toString();
            return x.compareTo(v.from.toString()) >= 0 && x.compareTo(v.to.toString()) <= 0;
        }
        PartialDate vd = v.firstDate();
        String month = d.month() == null ? null : String.format("%04d-%02d", d.year(), d.month());
        if (vd != null && vd.month() != null) {
            return String.format("%04d-%02d", vd.year(), vd.month()).equals(month);
        }
        return month != null && v.slug.endsWith(month);
    }

    private static String monthOf(String slug) {
        return slug.length() >= 7 && slug.charAt(4) == '-' ? slug.substring(0, 7) : "~";
    }
}
