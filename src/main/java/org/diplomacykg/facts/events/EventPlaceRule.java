package org.diplomacykg.facts.events;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.reading.ReadingContext;
import org.diplomacykg.mention.Mention;

/**
 * Where an event happened: a venue after "at" beats a city after "in"; "took place at X" and
 * "was held in X" place the sentence's first event; "Here," points at the venue of the sentence
 * before; a sentence naming exactly one place lends it to its events that have none.
 */
final class EventPlaceRule {
    private static final Pattern VISITED_AT_TO = Pattern.compile("\\b(?:visited|at|to)\\s+(?:the\\s+)?");
    private static final Pattern AT = Pattern.compile("\\b(at|in)\\s+(?:the\\s+)?(?:capital\\s+(?:city\\s+of\\s+)?)?");
    private static final Pattern HELD = Pattern.compile("(?i)\\b(?:took\\s+place|was\\s+held|were\\s+held|is\\s+held|will\\s+be\\s+held|take\\s+place)\\b");
    private static final Pattern HERE = Pattern.compile("^(?:Here|There),");
    private static final Pattern HEADQUARTERS = Pattern.compile("(?i)\\b(?:headquarters|office|offices|embassy|residence)\\s+of\\s+(?:the\\s+)?$");

    private final ReadingContext ctx;

    EventPlaceRule(ReadingContext ctx) {
        this.ctx = ctx;
    }

    /** Rank 1: venue after "at"; 2: place after "in"; 3: borrowed from the sentence; 4: "Here". Lower is better. */
    void read(EventDraft d, Sentence s, int from, int to, boolean firstInSentence) {
        place(d, s, from, to, 0);
        if (firstInSentence) {
            Matcher held = HELD.matcher(s.text());
            if (held.find()) {
                place(d, s, held.end(), s.text().length(), -1);
            }
        }
    }

    private void place(EventDraft d, Sentence s, int from, int to, int bonus) {
        String text = s.text();
        Matcher m = AT.matcher(text);
        m.region(from, Math.min(to, text.length()));
        while (m.find()) {
            int rank = (m.group(1).equals("at") ? 1 : 2) + bonus;
            for (Mention mention : ctx.mentions(s.index(), m.end(), Math.min(text.length(), m.end() + 90))) {
                if (mention.start() > m.end() + 1) {
                    break;
                }
                if (HEADQUARTERS.matcher(text.substring(Math.max(0, mention.start() - 30), mention.start())).find()) {
                    break;
                }
                EntityKind k = mention.ref().kind();
                boolean venue = k == EntityKind.PLACE || (k == EntityKind.ORGANIZATION && rank <= 1 + bonus)
                        || (k == EntityKind.COUNTRY && rank >= 2 + bonus);
                if (venue && rank < d.placeRank) {
                    // an institution as a venue is its premises: a place of the same name
                    d.place = k == EntityKind.ORGANIZATION ? new org.diplomacykg.facts.EntityRef(EntityKind.PLACE, mention.ref().slug())
                            : mention.ref();
                    d.placeRank = rank;
                }
                break;
            }
        }
    }

    /** For events still without a place: the place of the event told just before in the sentence, or "Here," → the venue just named. */
    void fallback(EventDraft d, Sentence s, EventDraft before) {
        if (d.place != null) {
            return;
        }
        if (before != null && before.place != null && before.placeRank <= 2 && before.place.kind() != EntityKind.COUNTRY) {
            // "talks … in Hà Nội, following a welcoming ceremony": the same place
            d.place = before.place;
            d.placeRank = 3;
            return;
        }
        if (HERE.matcher(s.text()).find() && s.index() > 0) {
            Sentence prev = ctx.sentence(s.index() - 1);
            EventDraft probe = new EventDraft(d.type, d.trigger, prev.index());
            Matcher visited = VISITED_AT_TO.matcher(prev.text());
            while (visited.find()) {
                for (Mention m : ctx.mentions(prev.index(), visited.end(), Math.min(prev.text().length(), visited.end() + 90))) {
                    if (m.start() <= visited.end() + 1 && m.ref().kind() != EntityKind.PERSON) {
                        probe.place = m.ref().kind() == EntityKind.ORGANIZATION
                                ? new org.diplomacykg.facts.EntityRef(EntityKind.PLACE, m.ref().slug()) : m.ref();
                    }
                    break;
                }
            }
            if (probe.place != null) {
                d.place = probe.place;
                d.placeRank = 4;
            }
        }
    }
}
