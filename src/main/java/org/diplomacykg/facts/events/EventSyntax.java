package org.diplomacykg.facts.events;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;

/**
 * The clause around an event's words, read from the dependency parse: the word that heads the
 * trigger, the predicate that tells the event ("paid" in "He paid an official visit", "arrived"
 * in "arrived on his first visit", the trigger itself in "Modi is on a two-day visit" or "met
 * Vo"), that predicate's subject, and the dates and places hung on it.
 *
 * <pre>
 * Word visit = EventSyntax.head(s, trigger);              // "visit"
 * Word told = EventSyntax.predicate(s, visit);            // "paid"
 * EventSyntax.subject(s, told)                            // "He"
 * EventSyntax.governs(s, told, visit, dateStart, dateEnd) // "on October 29" hangs on "paid": true
 * </pre>
 */
final class EventSyntax {
    /** Relations by which a noun is an argument of the verb that tells it ("paid a visit", "arrived on a visit"). */
    private static final Set<String> ARGUMENT = Set.of("obj", "iobj", "nsubj:pass");
    /** Clauses without a subject of their own take their governor's ("X arrived, beginning a state visit"). */
    private static final Set<String> SUBJECTLESS = Set.of("advcl", "xcomp", "conj", "acl", "dep");
    private static final int MAX_CLIMB = 4;
    /** Tags of a finite verb: one that has, or shares, a subject of its own. */
    private static final Set<String> FINITE_TAGS = Set.of("VBD", "VBZ", "VBP");
    /** Relations inside a noun phrase: its modifiers, complements and appositions. */
    private static final Set<String> NOMINAL = Set.of("nmod", "appos", "compound", "flat", "amod", "conj", "nummod");

    private EventSyntax() {
    }

    /** The word of the trigger whose head lies outside it: the trigger's head word (the last such noun or verb). */
    static Optional<Word> head(Sentence s, EventTrigger t) {
        Word best = null;
        for (Word w : s.words()) {
            if (w.start() < t.start() || w.end() > t.end()) {
                continue;
            }
            boolean outside = w.head() < 0 || s.words().get(w.head()).start() < t.start() || s.words().get(w.head()).end() > t.end();
            if (outside && (best == null || w.noun() || w.verb())) {
                best = w;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The predicate that tells the event the word heads: its verb, or the word itself (a verb, a copular predicate). */
    static Word predicate(Sentence s, Word head) {
        if (head.verb() || head.head() < 0 || hasDependent(s, head, "cop")) {
            return head;
        }
        Word gov = s.words().get(head.head());
        if (gov.verb() && (ARGUMENT.contains(head.relation()) || head.relation().startsWith("obl"))) {
            return gov;
        }
        return head;
    }

    /**
     * The subject of a predicate, climbing from clauses that have none of their own to the clause they
     * belong to; a relative clause's subject is the noun it describes ("X, who is on a visit").
     */
    static Optional<Word> subject(Sentence s, Word predicate) {
        Word p = predicate;
        for (int i = 0; i < MAX_CLIMB; i++) {
            for (Word d : s.dependents(p.index())) {
                if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass") && !d.noun()) {
                    return Optional.of(d);
                }
            }
            if (p.head() < 0) {
                return Optional.empty();
            }
            if (p.relation().startsWith("acl:relcl") || p.relation().equals("acl") && p.tag().equals("VBG")) {
                // "X, who is on a visit", "with the Prime Ministers of both countries co-chairing the meeting"
                return Optional.of(s.words().get(p.head()));
            }
            if (!SUBJECTLESS.contains(p.relation().split(":")[0])) {
                return Optional.empty();
            }
            Word gov = s.words().get(p.head());
            if (p.relation().equals("acl") && FINITE_TAGS.contains(p.tag()) && gov.noun() && gov.head() >= 0) {
                // "attended a ceremony, paid visits to X, delivered a speech": a finite verb the parser hung on the
                // noun before it is one more verb of the noun's clause, and has that clause's subject
                p = s.words().get(gov.head());
                continue;
            }
            if (p.relation().equals("xcomp")) {
                // "invited Anwar to pay a visit": the governor's object does what the clause says
                Optional<Word> object = s.dependents(gov.index()).stream().filter(d -> d.relation().equals("obj")).findFirst();
                if (object.isPresent()) {
                    return object;
                }
            }
            p = gov;
        }
        return Optional.empty();
    }

    /** Tags of a verb that reports something as happening: a finite verb, or a past participle ("was inked"). */
    private static final Set<String> REPORTING_TAGS = Set.of("VBD", "VBZ", "VBP", "VBN");

    /**
     * True when the trigger's predicate is a finite verb or a participle ("An accord was inked", "talks were
     * held", "Yoon met Vo"), not a gerund or infinitive that only considers or plans it ("consider signing").
     */
    static boolean reported(Sentence s, EventTrigger t) {
        Optional<Word> head = head(s, t);
        if (head.isEmpty()) {
            return false;
        }
        Word p = predicate(s, head.get());
        return p.verb() && REPORTING_TAGS.contains(p.tag());
    }

    /**
     * Verbs by which someone takes part in the event their object names ("attended the opening ceremony"); not
     * "hold": who agrees "to hold the annual dialogue" is told by the dialogue's own name.
     */
    private static final Set<String> TAKING_PART = Set.of("attend", "join", "host", "chair", "co-chair", "witness", "preside", "oversee");
    /** Verbs of coming somewhere, whose "for" phrase names the event come for ("arrived in Bintan for the retreat"). */
    private static final Set<String> COMING = Set.of("arrive", "come", "travel", "fly", "go", "head", "gather", "land");

    /**
     * True when the clause tells that its subject takes part in the event the trigger names: the event is the
     * object of a verb of taking part ("attended the ceremony"), the "in" phrase of taking part or participating
     * ("took part in the welcoming ceremony"), or the "for" phrase of a verb of coming ("arrived in Bintan on
     * Tuesday for the Leaders' Retreat").
     */
    static boolean attended(Sentence s, EventTrigger t) {
        Optional<Word> head = head(s, t);
        if (head.isEmpty() || head.get().verb() || head.get().head() < 0) {
            return false;
        }
        Word h = head.get();
        Word gov = s.words().get(h.head());
        if (!gov.verb()) {
            return false;
        }
        String verb = gov.lemma().toLowerCase(java.util.Locale.ROOT);
        return switch (h.relation()) {
            case "obj" -> TAKING_PART.contains(verb);
            case "obl:in" -> verb.equals("participate")
                    || verb.equals("take") && s.dependents(gov.index()).stream().anyMatch(d -> d.lemma().equalsIgnoreCase("part"));
            case "obl:for" -> COMING.contains(verb);
            default -> false;
        };
    }

    /**
     * Where a quote of the event begins: at the subject of the verb that tells it when that subject comes first
     * ("Pornpimol Kanchanalak, Mr Don’s special adviser for Myanmar, met with Ko Kolai"), else at the trigger.
     */
    static int subjectStart(Sentence s, EventTrigger t) {
        Optional<Word> head = head(s, t);
        if (head.isEmpty() || !t.verbal()) {
            return t.start();
        }
        Word p = predicate(s, head.get());
        if (!p.verb()) {
            return t.start();
        }
        for (Word d : s.dependents(p.index())) {
            if (d.relation().equals("nsubj") && d.start() < t.start()) {
                int first = span(s, d)[0];
                return first < t.start() ? first : t.start();
            }
        }
        return t.start();
    }

    /**
     * Where the quote of a visit told as a noun begins: at the phrase of its named possessor, who is the
     * visitor ("Vietnamese Prime Minister Pham Minh Chinh’s official visit to Singapore"), else at the
     * trigger. A possessive pronoun ("his visit") names no one, so the quote starts at the trigger.
     */
    static int possessorStart(Sentence s, EventTrigger t) {
        return head(s, t).filter(h -> !h.verb()).flatMap(h -> possessor(s, h))
                .filter(p -> p.properNoun() && p.start() < t.start())
                .map(p -> Math.min(span(s, p)[0], t.start())).orElse(t.start());
    }

    /**
     * True when the expression at {@code start} follows a "since" phrase told after the trigger, with no comma
     * or semicolon between ("his first visit to Malaysia since becoming prime minister in 2021", "since he took
     * office in May"): a date after "since" tells when the earlier state began, not the event. The parser hangs
     * such a year on the visit or on the since-phrase, so the test is the order of the words.
     */
    static boolean afterSince(Sentence s, EventTrigger t, int start) {
        boolean since = false;
        for (Word w : s.words()) {
            if (w.start() < t.end()) {
                continue;
            }
            if (w.end() > start) {
                break;
            }
            if (w.lemma().equalsIgnoreCase("since") && w.tag().equals("IN")) {
                since = true;
            } else if (w.text().equals(",") || w.text().equals(";")) {
                since = false;
            }
        }
        return since;
    }

    /** "The first Memorandum of Cooperation signed between the two governments": a verb that describes a document the text names as known. */
    static boolean describesKnownDocument(Sentence s, EventTrigger t) {
        Optional<Word> head = head(s, t);
        if (head.isEmpty() || !head.get().verb()) {
            return false;
        }
        Word verb = head.get();
        // the document the verb describes; the parser may read the reduced clause as a main one with the document its subject
        Optional<Word> document = verb.relation().startsWith("acl") ? EventWordRule.describedDocument(s, verb)
                : s.dependents(verb.index()).stream().filter(d -> d.relation().startsWith("nsubj")
                        && EventWordRule.DOCUMENT_NOUNS.contains(d.lemma().toLowerCase(java.util.Locale.ROOT))).findFirst();
        return document.isPresent() && s.dependents(document.get().index()).stream()
                .anyMatch(d -> d.relation().equals("det") && d.lemma().equalsIgnoreCase("the"));
    }

    /** The possessor of a noun ("his visit", "Widodo's visit"), if it has one. */
    static Optional<Word> possessor(Sentence s, Word noun) {
        return s.dependents(noun.index()).stream().filter(d -> d.relation().equals("nmod:poss")).findFirst();
    }

    /**
     * True when a visit of no stated kind is told rather than referred back to: a visit verb ("is visiting
     * China"), or a visit noun with someone's possessor or a destination, or an indefinite one ("his first
     * visit to the country", "a two-day visit"); "the visit" alone refers to one told before.
     */
    static boolean toldVisit(Sentence s, EventTrigger t) {
        Optional<Word> head = head(s, t);
        if (head.isEmpty()) {
            return false;
        }
        if (head.get().verb()) {
            return true;
        }
        return s.dependents(head.get().index()).stream().anyMatch(d -> d.relation().equals("nmod:poss") || d.relation().equals("nmod:to")
                || d.relation().equals("det") && (d.lemma().equalsIgnoreCase("a") || d.lemma().equalsIgnoreCase("an")));
    }

    /** "X told Y during their talks": the clause around the noun names both of the pair "their" stands for. */
    static boolean pairNamed(Sentence s, Word noun) {
        if (noun.head() < 0 || !noun.relation().startsWith("obl")) {
            return false;
        }
        List<Word> args = s.dependents(noun.head());
        return args.stream().anyMatch(d -> d.relation().equals("nsubj") && EventWordRule.animate(s, d))
                && args.stream().anyMatch(d -> d.relation().equals("obj") && EventWordRule.animate(s, d));
    }

    /** "their talks" told in a clause that names the pair: an event told here, not a reference to one told before. */
    static boolean theirsTold(Sentence s, EventTrigger t) {
        Optional<Word> head = head(s, t);
        return head.isPresent() && possessor(s, head.get()).filter(p -> p.lemma().equalsIgnoreCase("they")).isPresent()
                && pairNamed(s, head.get());
    }

    /** True for a personal pronoun standing for someone told before ("He", "his", "she"). */
    static boolean pronoun(Word w) {
        return w.tag().startsWith("PRP");
    }

    /**
     * True when the expression at {@code [start, end)} hangs on the predicate or on the trigger's head word:
     * its own head word (the one whose head lies outside it) depends on one of them.
     */
    static boolean governs(Sentence s, Word predicate, Word head, int start, int end) {
        for (Word w : s.words()) {
            if (w.start() < start || w.end() > end || w.head() < 0) {
                continue;
            }
            Word gov = s.words().get(w.head());
            boolean outside = gov.start() < start || gov.end() > end;
            if (outside) {
                return gov.index() == predicate.index() || nominal(s, head, gov);
            }
        }
        return false;
    }

    /**
     * True when {@code w} lies in the noun phrase {@code head} heads, reached through nominal relations only
     * ("the visit to Laos by X on December 1-2" hangs the date on X), not through a clause inside it ("his
     * first visit since he became prime minister in August").
     */
    private static boolean nominal(Sentence s, Word head, Word w) {
        Word p = w;
        for (int i = 0; i < s.words().size() && p.index() != head.index(); i++) {
            if (p.head() < 0 || p.verb() || !NOMINAL.contains(p.relation().split(":")[0])) {
                return false;
            }
            p = s.words().get(p.head());
        }
        return p.index() == head.index();
    }

    /**
     * True when the expression at {@code [start, end)} hangs on a verb of another clause that the trigger's
     * phrase contains or that contains it ("his first visit since he became prime minister in August"): the
     * path from its head word up the parse meets that verb before the trigger's head or predicate.
     */
    static boolean inOtherClause(Sentence s, EventTrigger t, int start, int end) {
        Optional<Word> head = head(s, t);
        if (head.isEmpty()) {
            return false;
        }
        Word predicate = predicate(s, head.get());
        Word p = null;
        for (Word w : s.words()) {
            if (w.start() >= start && w.end() <= end && w.head() >= 0) {
                Word gov = s.words().get(w.head());
                if (gov.start() < start || gov.end() > end) {
                    p = gov;
                    break;
                }
            }
        }
        for (int i = 0; p != null && i < s.words().size(); i++) {
            if (p.index() == head.get().index() || p.index() == predicate.index()) {
                return false;
            }
            if (p.verb()) {
                return true;
            }
            p = p.head() < 0 ? null : s.words().get(p.head());
        }
        return false;
    }

    /** The char span of the phrase a word heads. */
    static int[] span(Sentence s, Word w) {
        List<Word> ws = s.words();
        return new int[] {ws.get(s.phraseFirst(w.index())).start(), ws.get(s.phraseLast(w.index())).end()};
    }

    /** The words hung on a predicate by a preposition of place ("arrived in Hanoi", "at Phnom Penh airport", "to Laos"). */
    static List<Word> placeArguments(Sentence s, Word predicate) {
        return s.dependents(predicate.index()).stream()
                .filter(d -> d.relation().equals("obl:in") || d.relation().equals("obl:at") || d.relation().equals("obl:to")
                        || d.relation().equals("nmod:to") || d.relation().equals("obl:for") && d.properNoun())
                .toList();
    }

    private static boolean hasDependent(Sentence s, Word w, String relation) {
        return s.dependents(w.index()).stream().anyMatch(d -> d.relation().equals(relation));
    }
}
