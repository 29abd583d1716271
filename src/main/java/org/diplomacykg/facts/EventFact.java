package org.diplomacykg.facts;

import java.util.List;

/**
 * Something that happened or is planned, as one article tells it.
 *
 * @param slug          identity across articles: the same real event told by several articles has
 *                      the same slug (built from type, date and main participants)
 * @param label         a readable name ({@code Talks between Tô Lâm and Thongloun Sisoulith})
 * @param date          the day, month or year, when the event is a single day; else null
 * @param start         first day of a multi-day event, or null
 * @param end           last day of a multi-day event, or null
 * @param place         where, or null
 * @param partOf        slug of the event it belongs to (talks within a state visit), or null
 * @param planned       true for an announced event not reported as having happened
 * @param documentCount documents signed or exchanged, when the text gives the number; else null
 * @param award         the award conferred (label), for award conferrals; else null
 */
public record EventFact(String slug, EventType type, String label, PartialDate date, PartialDate start,
                        PartialDate end, EntityRef place, List<Participation> participants, String partOf,
                        boolean planned, Integer documentCount, String award, List<Evidence> evidence) {
    public EventFact {
        participants = List.copyOf(participants);
        evidence = List.copyOf(evidence);
    }
}
