package org.diplomacykg.facts.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.EventType;
import org.diplomacykg.facts.PartialDate;
import org.diplomacykg.facts.reading.ReadingContext;
import org.diplomacykg.mention.Mention;

/**
 * Where an event happened, read from the dependency parse: a phrase hung by "at" or "in" on the
 * event's word ("talks in Hanoi"), on the predicate that tells it ("delivered a speech at the
 * university"), on the verb it is the subject of ("the ceremony took place at the Presidential
 * Palace", "was held in Vientiane"), or on the phrase of someone it names ("met with the Minister
 * of Defence Gen. X in Vientiane", where the parser hangs the place on the minister). A venue after
 * "at" beats a place after "in"; what the verb of happening says beats both. A visit takes only a
 * country (its host); the cities it stops in are its parts' places. A sentence's earlier event lends
 * its place to a later one that has none; "Here," points at the place the sentence before went to;
 * news of the last days that no sentence places happened where the article is filed from (its dateline).
 * No regular expression over the text: the parse says what hangs on what.
 */
final class EventPlaceRule {
    // Ranks, lower is better: a venue before a city, what the verb of happening names ("took place at",
    // "was held in") before what hangs on the event's words.
    private static final int HAPPENED_AT = 0;
    private static final int AT = 1;
    private static final int HAPPENED_IN = 2;
    private static final int IN = 3;
    private static final int BORROWED = 4;
    /** Weaker than any place read in the event's own sentence, stronger than a visit's host country ({@link EventDraft#host}). */
    static final int HERE = 5;
    private static final int DATELINE = HERE + 2;
    /** Days before its filing that an article reports as news from its dateline. */
    private static final int NEWS_DAYS = 2;
    /** Events held somewhere (not a call, a visit, a statement or an election). */
    private static final Set<EventType> FILED_WHERE_HELD = EnumSet.of(EventType.TALKS, EventType.MEETING,
            EventType.CEREMONY, EventType.DOCUMENT_SIGNING, EventType.COMMITTEE_SESSION);
    /** Relations of the words that name who takes part: the phrase a place may hang on by the parser's choice. */
    private static final Set<String> PARTY = Set.of("obj", "nsubj", "nmod:with", "nmod:between");
    /**
     * Obliques of time and sequence: a place hung on them is another event's ("held talks following a
     * ceremony at the Palace"), and the verb they hang on tells another event.
     */
    private static final Set<String> TIME = Set.of("obl:tmod", "obl:npmod", "obl:following", "obl:after", "obl:before",
            "obl:prior_to", "obl:since", "obl:until", "obl:ahead_of");
    /** Inside a phrase of place, the relations that lead from its head to the name ("the city of Chengdu", "the capital, Putrajaya"). */
    private static final Set<String> NAMING = Set.of("nmod:of", "appos", "compound", "flat");
    private static final int MAX_DEPTH = 3;

    private final ReadingContext ctx;

    EventPlaceRule(ReadingContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Reads the place of the event {@code d} tells in {@code s}; {@code first}: it is the sentence's
     * first event, which a verb of happening that the parse hangs elsewhere describes.
     */
    void read(EventDraft d, Sentence s, boolean first) {
        Optional<Word> head = EventSyntax.head(s, d.trigger);
        if (head.isEmpty()) {
            return;
        }
        Word h = head.get();
        Word told = EventSyntax.predicate(s, h);
        for (Word verb : s.words()) {
            boolean itsSubject = subjectOf(verb, h);
            if (happening(s, verb) && (itsSubject ? ownClause(s, verb) : first && (!ownClause(s, verb) || !hasSubject(s, verb)))) {
                // "the ceremony took place at the Presidential Palace"; where a long subject breaks the
                // parse and the verb lands in a clause of its own, the sentence's first event is the subject
                placesOn(d, s, verb, true);
            }
        }
        // the words that name the event ("the annual ODA policy dialogue in Tokyo": the parser may hang
        // the place on any of them) and the predicate that tells it
        List<Word> anchors = new ArrayList<>();
        for (Word w : s.words()) {
            if (inside(w, d.trigger) && (w.noun() || w.verb())) {
                anchors.add(w);
            }
        }
        if (!TIME.contains(h.relation()) && anchors.stream().noneMatch(w -> w.index() == told.index())) {
            // not the verb an event is hung on by time ("the ceremony was held at the Palace before the talks")
            anchors.add(told);
        }
        if (h.relation().equals("nmod:of") && s.words().get(h.head()).noun()) {
            // "at the opening of the 47th ASEAN Summit in Kuala Lumpur", "on the sidelines of the summit in …"
            anchors.add(s.words().get(h.head()));
        }
        for (Word anchor : anchors) {
            placesOn(d, s, anchor, false);
        }
        for (Word anchor : anchors) {
            if (anchor.noun()) {
                // "the opening of the Friendship Park in Vientiane": the parser hangs the place on what was opened
                inPhrase(d, s, anchor, 0);
            }
            for (Word party : s.dependents(anchor.index())) {
                if (!inside(party, d.trigger) && party(party) && party.noun()) {
                    inPhrase(d, s, party, 0);
                }
            }
        }
    }

    /** Who or what the event's words name: a participant, or an oblique of the predicate ("to hold a conference on their cooperation in Nghệ An"). */
    private static boolean party(Word w) {
        String r = w.relation();
        return PARTY.contains(r) || r.startsWith("obl") && !TIME.contains(r);
    }

    private static boolean visit(EventDraft d) {
        // a visit of no stated kind yet ("Pany Yathotou's visit") is a visit too
        return d.type == EventType.STATE_VISIT || d.type == EventType.OFFICIAL_VISIT || d.type == null && d.trigger.bareVisit();
    }

    private static boolean inside(Word w, EventTrigger t) {
        return w.start() >= t.start() && w.end() <= t.end();
    }

    /** A verb that says an event happened: "took place", "was held", "convened", "happened". */
    private static boolean happening(Sentence s, Word v) {
        if (!v.verb()) {
            return false;
        }
        return switch (v.lemma()) {
            case "take" -> s.dependents(v.index()).stream().anyMatch(d -> d.relation().equals("obj") && d.lemma().equals("place"));
            // "was held in …", and a participle with neither subject nor object ("the meeting … held in Hanoi")
            case "hold" -> s.dependents(v.index()).stream().anyMatch(d -> d.relation().equals("nsubj:pass") || d.relation().equals("aux:pass"))
                    || s.dependents(v.index()).stream().noneMatch(d -> d.relation().startsWith("nsubj") || d.relation().equals("obj"));
            case "convene", "happen", "occur" -> true;
            default -> false;
        };
    }

    /** The event is the verb's subject, or the verb a participle on it ("the meeting held in Hanoi"). */
    private static boolean subjectOf(Word verb, Word h) {
        return h.head() == verb.index() && (h.relation().equals("nsubj") || h.relation().equals("nsubj:pass"))
                || verb.head() == h.index() && verb.relation().equals("acl");
    }

    private static boolean hasSubject(Sentence s, Word verb) {
        return s.dependents(verb.index()).stream().anyMatch(d -> d.relation().equals("nsubj") || d.relation().equals("nsubj:pass"));
    }

    /** A clause the parse can be trusted to give its own subject: the main clause, a conjunct, or one opened by "that". */
    private static boolean ownClause(Sentence s, Word verb) {
        return verb.head() < 0 || verb.relation().equals("acl") || verb.relation().startsWith("conj") || verb.relation().equals("parataxis")
                || s.dependents(verb.index()).stream().anyMatch(d -> d.relation().equals("mark"));
    }

    /** "at"/"in" phrases hung on a word itself; {@code happened}: the word is a verb of happening whose subject is the event. */
    private void placesOn(EventDraft d, Sentence s, Word anchor, boolean happened) {
        for (Word dep : s.dependents(anchor.index())) {
            String r = dep.relation();
            boolean at = r.equals("obl:at") || r.equals("nmod:at");
            boolean in = r.equals("obl:in") || r.equals("nmod:in");
            if (!at && !in) {
                continue;
            }
            int rank = happened ? (at ? HAPPENED_AT : HAPPENED_IN) : at ? AT : IN;
            offer(d, named(s, dep, at), rank);
        }
    }

    /** A city hung on the phrase of someone or something the event names, or on its conjuncts and modifiers, a few levels down. */
    private void inPhrase(EventDraft d, Sentence s, Word w, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Word dep : s.dependents(w.index())) {
            String r = dep.relation();
            if (r.equals("nmod:in") || r.equals("nmod:at")) {
                EntityRef place = named(s, dep, r.equals("nmod:at"));
                if (place != null && place.kind() == EntityKind.PLACE) {
                    offer(d, place, IN);
                }
            } else if (r.startsWith("conj") || r.startsWith("nmod") || r.equals("acl") || r.equals("obl:by") || r.equals("appos")
                    || r.equals("dep")) {
                inPhrase(d, s, dep, depth + 1);
            }
        }
    }

    private static void offer(EventDraft d, EntityRef place, int rank) {
        if (place != null && rank < d.placeRank && (!visit(d) || place.kind() == EntityKind.COUNTRY)) {
            // a visit is to a country: the city it stops in is the place of its parts
            d.place = place;
            d.placeRank = rank;
        }
    }

    /**
     * The place a phrase names: a mention covering its head word ("in Vientiane", "at the Presidential
     * Palace"), else a city named inside it ("in the southwestern Chinese city of Chengdu"). A body is
     * a venue only after "at", as its premises; a country only after "in".
     */
    private EntityRef named(Sentence s, Word phrase, boolean at) {
        if (!phrase.properNoun()) {
            // "the southwestern Chinese city of Chengdu": the name inside a common noun of place
            for (Word inside : s.dependents(phrase.index())) {
                if (!NAMING.contains(inside.relation())) {
                    continue;
                }
                for (Mention m : ctx.mentions(s.index(), 0, s.text().length(), EntityKind.PLACE)) {
                    if (m.start() <= inside.start() && inside.end() <= m.end()) {
                        return m.ref();
                    }
                }
            }
        }
        for (Mention m : ctx.mentions(s.index(), 0, s.text().length())) {
            if (m.start() <= phrase.start() && phrase.end() <= m.end()) {
                return venue(m.ref(), at);
            }
        }
        return null;
    }

    private static EntityRef venue(EntityRef ref, boolean at) {
        return switch (ref.kind()) {
            case PLACE -> ref;
            // an institution as a venue is its premises: a place of the same name
            case ORGANIZATION -> at ? new EntityRef(EntityKind.PLACE, ref.slug()) : null;
            case COUNTRY -> at ? null : ref;
            default -> null;
        };
    }

    /** For events still without a place: the place of the event told just before in the sentence, or "Here," → where the sentence before went. */
    void fallback(EventDraft d, Sentence s, EventDraft before) {
        if (d.place != null || visit(d)) {
            return;
        }
        if (before != null && before.place != null && before.placeRank <= IN && before.place.kind() != EntityKind.COUNTRY) {
            // "talks … in Hà Nội, following a welcoming ceremony": the same place
            d.place = before.place;
            d.placeRank = BORROWED;
            return;
        }
        if (s.index() > 0 && startsWithHere(s)) {
            EntityRef visited = visited(ctx.sentence(s.index() - 1));
            if (visited != null) {
                d.place = visited;
                d.placeRank = HERE;
            }
        }
    }

    /**
     * An event the article tells as news (of the last days before it was filed, not planned) and places
     * nowhere took place where the article is filed from: "HÀ NỘI — … during talks between …".
     */
    void fromDateline(EventDraft d) {
        PartialDate date = d.firstDate();
        if (d.place != null || d.planned || date == null || date.day() == null || !FILED_WHERE_HELD.contains(d.type)) {
            return;
        }
        LocalDate day = LocalDate.of(date.year(), date.month(), date.day());
        if (day.isAfter(ctx.published()) || day.isBefore(ctx.published().minusDays(NEWS_DAYS))) {
            return;
        }
        ctx.mentions().datelinePlace().ifPresent(place -> {
            d.place = place;
            d.placeRank = DATELINE;
        });
    }

    /** "Here, …" / "There, …": an adverb of place first, then a comma. */
    private static boolean startsWithHere(Sentence s) {
        List<Word> ws = s.words();
        return ws.size() > 1 && ws.get(0).tag().equals("RB") && ws.get(0).relation().equals("advmod")
                && (ws.get(0).lemma().equalsIgnoreCase("here") || ws.get(0).lemma().equalsIgnoreCase("there"))
                && ws.get(1).text().equals(",");
    }

    /** The last place a sentence's verbs went to or were at: "visited the Museum", "laid a wreath at the Monument". */
    private EntityRef visited(Sentence prev) {
        EntityRef last = null;
        for (Word w : prev.words()) {
            if (w.head() < 0 || !prev.words().get(w.head()).verb()) {
                continue;
            }
            String r = w.relation();
            boolean at = r.equals("obl:at") || r.equals("obl:to") || r.equals("obj") && prev.words().get(w.head()).lemma().equals("visit");
            if (!at) {
                continue;
            }
            for (Mention m : ctx.mentions(prev.index(), 0, prev.text().length())) {
                if (m.start() <= w.start() && w.end() <= m.end() && m.ref().kind() != EntityKind.PERSON) {
                    last = m.ref().kind() == EntityKind.ORGANIZATION ? new EntityRef(EntityKind.PLACE, m.ref().slug()) : m.ref();
                }
            }
        }
        return last;
    }
}
