package org.diplomacykg.facts.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.facts.EventType;

/**
 * Event triggers read from the dependency parse rather than from word sequences: an event noun
 * with the modifiers the parser hangs on it, whatever stands between them ("an online talks",
 * "his first introductory visit", "a working breakfast", "Pany Yathotou's visit"), a light verb
 * that reports it ("talks were held", "having a bilateral meeting"), and event verbs with the
 * arguments that make them events ("met Vo", "is visiting China", "an accord was inked",
 * "while receiving Lao Vice President X", "the two leaders discussed …").
 *
 * <pre>
 * rule.find(parse("Bilateral talks were held after that")) → [TALKS "Bilateral talks were held" verbal]
 * rule.find(parse("Srettha arrived on his first introductory visit")) → [visit "his first introductory visit"]
 * </pre>
 *
 * The word lists here name event kinds (what a meeting or a signing is called), not sentences:
 * which words they apply to, and how far a trigger reaches, the parse decides.
 */
final class EventWordRule {
    /** Nouns that name an event of one kind whatever modifies them. */
    private static final Map<String, EventType> EVENT_NOUNS = Map.of(
            "meeting", EventType.MEETING, "retreat", EventType.MEETING,
            "signing", EventType.DOCUMENT_SIGNING, "banquet", EventType.CEREMONY, "ceremony", EventType.CEREMONY,
            "speech", EventType.SPEECH, "keynote", EventType.SPEECH);
    /** Nouns that are a visit; its kind is told by a modifier ("state", "official"), else by the text before. */
    private static final Set<String> VISIT_NOUNS = Set.of("visit", "trip");
    /** Meals and exchanges that are a meeting only when held with someone ("a working breakfast with …"). */
    private static final Set<String> MEETING_IF_WITH = Set.of("breakfast", "lunch", "luncheon", "dinner", "discussion");
    private static final Map<String, EventType> VISIT_KINDS = Map.of("state", EventType.STATE_VISIT, "official", EventType.OFFICIAL_VISIT,
            "working", EventType.OFFICIAL_VISIT, "friendship", EventType.OFFICIAL_VISIT);
    /** Modifiers of "ceremony" that make it another kind of event. */
    private static final Map<String, EventType> CEREMONY_KINDS = Map.of("signing", EventType.DOCUMENT_SIGNING, "sign", EventType.DOCUMENT_SIGNING,
            "inauguration", EventType.INAUGURATION, "inaugurate", EventType.INAUGURATION, "opening", EventType.INAUGURATION);
    /** What makes a call a phone call: "a phone call", "a video call". */
    private static final Set<String> CALL_MEANS = Set.of("phone", "telephone", "video");
    /** Verbs by which someone takes part in an event named by their object ("held talks", "attended a banquet"). */
    private static final Set<String> LIGHT_VERBS = Set.of("hold", "have", "attend", "host", "join", "chair", "co-chair", "conduct",
            "organize", "organise", "convene", "witness");
    /**
     * Verbs whose passive reports an event ("talks were held", "the signing ceremony was witnessed by A and B": those
     * who witness a ceremony are its participants); "the meeting was chaired by" tells one told before.
     */
    private static final Set<String> HELD = Set.of("hold", "conduct", "organize", "organise", "convene", "witness");
    /** What is signed or inked: a document. */
    static final Set<String> DOCUMENT_NOUNS = Set.of("agreement", "memorandum", "mou", "accord", "deal", "treaty", "contract",
            "protocol", "document", "letter", "declaration", "pact", "convention", "charter", "instrument");
    private static final Set<String> SIGN_VERBS = Set.of("sign", "ink", "seal");
    private static final Set<String> NOUN_MODIFIERS = Set.of("det", "nmod:poss", "amod", "compound", "nummod", "advmod");
    private static final Set<String> ARGUMENT_ENTITIES = Set.of("PERSON", "ORGANIZATION");

    List<EventTrigger> find(Sentence s) {
        List<EventTrigger> out = new ArrayList<>();
        for (Word w : s.words()) {
            String lemma = w.lemma().toLowerCase(Locale.ROOT);
            if (w.noun()) {
                noun(s, w, lemma).ifPresent(out::add);
            } else if (w.verb()) {
                verb(s, w, lemma).ifPresent(out::add);
            }
        }
        return out;
    }

    /** Joint acts of two named leaders ({@link #jointAct}); the caller asks only of a sentence that tells no event of its own. */
    List<EventTrigger> jointActs(Sentence s) {
        List<EventTrigger> out = new ArrayList<>();
        for (Word w : s.words()) {
            jointAct(s, w).ifPresent(out::add);
        }
        return out;
    }

    /** Verbs that report speech, or tell movement or being: never the joint act that shows two leaders met. */
    private static final Set<String> NOT_JOINT_ACTS = Set.of("say", "tell", "add", "note", "write", "be", "have",
            "arrive", "leave", "depart", "return", "travel", "fly", "come", "go", "head", "die");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
    /** Any day will do: only where the sentence states a day matters here, not which. */
    private static final java.time.LocalDate ANY_DAY = java.time.LocalDate.of(2000, 1, 1);
    private final EventDateResolver dates = new EventDateResolver();

    /**
     * Two named leaders doing one thing on a stated day ("Hun Manet and Xi Jinping on Friday pledged more support",
     * "Modi and his Malaysian counterpart Anwar Ibrahim renewed pledges on Sunday"): they met, though no word
     * says so. Only in a sentence that tells no event of its own, and only for a finite verb whose subject names
     * both and under which the day hangs.
     */
    private Optional<EventTrigger> jointAct(Sentence s, Word verb) {
        if (!FINITE.contains(verb.tag()) || NOT_JOINT_ACTS.contains(verb.lemma().toLowerCase(Locale.ROOT))
                || s.dependents(verb.index()).stream().anyMatch(d -> d.relation().equals("advmod") && d.lemma().equalsIgnoreCase("not"))) {
            return Optional.empty();
        }
        boolean twoNamed = s.dependents(verb.index()).stream().anyMatch(d -> d.relation().equals("nsubj") && named(s, d)
                && s.dependents(d.index()).stream().anyMatch(c -> c.relation().startsWith("conj") && named(s, c)));
        if (!twoNamed) {
            return Optional.empty();
        }
        boolean day = dates.find(s.text(), ANY_DAY, false).stream().anyMatch(dm -> (dm.isDay() || dm.isRange()) && !dm.sameDay()
                && clauseOf(s, dm.start(), dm.end()) == verb.index());
        return day ? Optional.of(EventTrigger.of(EventType.MEETING, verb.start(), verb.end(), true)) : Optional.empty();
    }

    /** A person the tagger names, directly or as the name of a title noun ("his Malaysian counterpart Anwar Ibrahim"). */
    private static boolean named(Sentence s, Word w) {
        return person(s, w) || s.dependents(w.index()).stream().anyMatch(n -> (n.relation().equals("appos") || n.relation().equals("dep"))
                && person(s, n));
    }

    /** The index of the verb whose clause holds the span: the first verb up the parse from the span's head word, or -1. */
    private static int clauseOf(Sentence s, int start, int end) {
        for (Word w : s.words()) {
            if (w.start() >= start && w.end() <= end && w.head() >= 0) {
                Word p = s.words().get(w.head());
                if (p.start() >= start && p.end() <= end) {
                    continue;
                }
                for (int i = 0; i < s.words().size(); i++) {
                    if (p.verb()) {
                        return p.index();
                    }
                    if (p.head() < 0) {
                        return -1;
                    }
                    p = s.words().get(p.head());
                }
                return -1;
            }
        }
        return -1;
    }

    private Optional<EventTrigger> noun(Sentence s, Word w, String lemma) {
        EventType type;
        // one visit, not "the regular visits" in general; of a kind its modifier says, else unknown (null)
        boolean visit = VISIT_NOUNS.contains(lemma) && w.tag().equals("NN");
        if (lemma.equals("talk") && w.tag().equals("NNS")) {
            type = EventType.TALKS;
        } else if (visit && !siteVisit(s, w)) {
            type = modifierKind(s, w, VISIT_KINDS);
        } else if (lemma.equals("ceremony")) {
            EventType kind = modifierKind(s, w, CEREMONY_KINDS);
            type = kind == null ? EventType.CEREMONY : kind;
        } else if (EVENT_NOUNS.containsKey(lemma) && w.tag().equals("NN")) {
            // one event, not "international meetings" in general
            type = EVENT_NOUNS.get(lemma);
        } else if (lemma.equals("summit") && w.tag().equals("NN") && withSomeone(s, w)) {
            type = EventType.TALKS; // "held a summit with the Philippine President": two leaders' talks, not a multilateral summit
        } else if (MEETING_IF_WITH.contains(lemma) && withSomeone(s, w)) {
            type = lemma.equals("discussion") ? EventType.TALKS : EventType.MEETING;
        } else if (lemma.equals("call") && hasModifier(s, w, CALL_MEANS)) {
            type = EventType.PHONE_CALL;
        } else {
            return Optional.empty();
        }
        int start = nounPhraseStart(s, w);
        int end = w.end();
        boolean verbal = false;
        if (w.head() >= 0) {
            Word gov = s.words().get(w.head());
            String rel = w.relation();
            if (gov.verb() && LIGHT_VERBS.contains(gov.lemma().toLowerCase(Locale.ROOT))) {
                if (rel.equals("obj") && gov.index() < w.index()) {
                    start = gov.start(); // "held talks", "having a bilateral meeting"
                    verbal = true;
                } else if (rel.equals("nsubj:pass") && HELD.contains(gov.lemma().toLowerCase(Locale.ROOT))) {
                    end = gov.end(); // "Bilateral talks were held"
                    verbal = true;
                }
            }
        }
        if (!verbal) {
            boolean atMeeting = atAMeeting(s, w);
            if (!told(s, w) && !atMeeting && !(visit && newVisit(s, w))) {
                return Optional.empty(); // "the talks", "the visit": the lexicon's back-references
            }
            // "after talks with Widodo in Tokyo": told with whom, the clause's subject is the other party; "A and B at
            // a meeting in Tokyo agreed …": those who act at it
            verbal = atMeeting || !visit && s.dependents(w.index()).stream().anyMatch(d -> d.relation().equals("nmod:with"));
        }
        return Optional.of(EventTrigger.of(type, start, end, verbal));
    }

    /**
     * "A and B at a meeting in Tokyo on Wednesday agreed …": an indefinite meeting at which the clause acts is news
     * of its own (a definite one, "at the meeting", is the one told before).
     */
    private static boolean atAMeeting(Sentence s, Word noun) {
        if (EVENT_NOUNS.get(noun.lemma().toLowerCase(Locale.ROOT)) != EventType.MEETING
                || !(noun.relation().equals("obl:at") || noun.relation().equals("nmod:at"))) {
            return false;
        }
        return s.dependents(noun.index()).stream().anyMatch(d -> d.relation().equals("det")
                && (d.lemma().equalsIgnoreCase("a") || d.lemma().equalsIgnoreCase("an")));
    }

    /** Units of a visit's length ("a week-long visit"); any "N-day" ("a two-day visit") is one too. */
    private static final Set<String> DURATION_UNITS = Set.of("day", "week", "month", "week-long", "day-long");

    /**
     * A visit first told: one given its length ("for a two-day visit from today", "arrived for a nine-day visit"), which
     * a later mention of the visit does not repeat.
     */
    private static boolean newVisit(Sentence s, Word noun) {
        return s.dependents(noun.index()).stream().anyMatch(d -> (d.relation().equals("compound") || d.relation().equals("amod"))
                && d.index() < noun.index() && (DURATION_UNITS.contains(d.lemma().toLowerCase(Locale.ROOT))
                        || d.lemma().toLowerCase(Locale.ROOT).endsWith("-day")));
    }

    /** Common nouns that name a country ("his first visit to the country"). */
    private static final Set<String> COUNTRY_NOUNS = Set.of("country", "nation", "kingdom", "republic", "state");

    /**
     * "His morning visit to the tomb of X", "a visit to two provinces", "a visit to the National University": a visit
     * whose destination is a site (a common noun, or a body the tagger names), not a country or a city, is a stop on
     * a trip rather than a visit between states.
     */
    private static boolean siteVisit(Sentence s, Word noun) {
        return s.dependents(noun.index()).stream().filter(d -> d.relation().equals("nmod:to"))
                .anyMatch(d -> !d.entity().equals("LOCATION") && (d.entity().equals("ORGANIZATION")
                        || !d.properNoun() && !COUNTRY_NOUNS.contains(d.lemma().toLowerCase(Locale.ROOT))));
    }

    /**
     * A noun that tells an event of its own: with a named possessor, or a preposition naming with whom, or for a visit
     * where to; "talks to business leaders" are addressed to an audience, not held with a party.
     */
    private static boolean told(Sentence s, Word noun) {
        boolean visit = VISIT_NOUNS.contains(noun.lemma().toLowerCase(Locale.ROOT));
        return s.dependents(noun.index()).stream().anyMatch(d -> d.relation().equals("nmod:poss") && !d.tag().startsWith("PRP")
                || d.relation().equals("nmod:with") || visit && d.relation().equals("nmod:to") || d.relation().equals("nmod:between")
                || d.relation().equals("nmod:poss") && d.lemma().equalsIgnoreCase("they") && EventSyntax.pairNamed(s, noun)
                || hostedBySomeone(s, d));
    }

    /** "A state banquet hosted by Sultan X", "a meeting chaired by the minister": the event's participle clause names its host. */
    private static boolean hostedBySomeone(Sentence s, Word clause) {
        return clause.relation().equals("acl") && clause.tag().equals("VBN") && LIGHT_VERBS.contains(clause.lemma().toLowerCase(Locale.ROOT))
                && s.dependents(clause.index()).stream().anyMatch(a -> (a.relation().equals("obl:by") || a.relation().equals("obl:agent"))
                        && animate(s, a));
    }

    private Optional<EventTrigger> verb(Sentence s, Word w, String lemma) {
        List<Word> deps = s.dependents(w.index());
        if (lemma.equals("meet")) {
            // "Yoon met Vo", "met with his counterpart": someone met; not "meet the demand"
            boolean someone = deps.stream().anyMatch(d -> (d.relation().equals("obj") || d.relation().equals("obl:with")) && animate(s, d));
            // "The two leaders will meet tomorrow", "The two met on the sidelines": a subject naming both sides
            boolean together = deps.stream().noneMatch(d -> d.relation().equals("obj")) && deps.stream().anyMatch(d -> d.relation().equals("nsubj")
                    && (theTwo(s, d) || bothSides(s, d)));
            return someone || together ? Optional.of(EventTrigger.of(EventType.MEETING, w.start(), endWith(s, w, "with"), true)) : Optional.empty();
        }
        if (lemma.equals("receive") || lemma.equals("host")) {
            // a reception told by its verb, in any form: "while receiving Lao Vice President Pany Yathotou"
            boolean person = deps.stream().anyMatch(d -> d.relation().equals("obj") && person(s, d));
            return person || receivedBySomeone(s, deps) ? Optional.of(EventTrigger.of(EventType.MEETING, w.start(), w.end(), true)) : Optional.empty();
        }
        if (lemma.equals("welcome") && receivedBySomeone(s, deps)) {
            // "He was welcomed at the airport by President X": a welcome, not "the proposal was welcomed"
            return Optional.of(EventTrigger.of(EventType.MEETING, w.start(), w.end(), true));
        }
        if (lemma.equals("call") && courtesyCall(s, w, deps)) {
            // "called on his counterpart X": a courtesy call on someone, told by the verb and its particle
            return Optional.of(EventTrigger.of(EventType.MEETING, w.start(), endWith(s, w, "on"), true));
        }
        if (lemma.equals("visit")) {
            // "Widodo is visiting China": a visit to a place, of a kind the article may tell elsewhere
            boolean place = deps.stream().anyMatch(d -> d.relation().equals("obj") && (d.entity().equals("LOCATION")
                    || !d.properNoun() && COUNTRY_NOUNS.contains(d.lemma().toLowerCase(Locale.ROOT))));
            return place ? Optional.of(EventTrigger.of(null, w.start(), w.end(), true)) : Optional.empty();
        }
        if (lemma.equals("discuss")) {
            // "The two leaders discussed …", "Anwar and Widodo discussed …": two sides talking, not one person's topic
            boolean twoSides = deps.stream().anyMatch(d -> d.relation().equals("nsubj") && bothSides(s, d));
            return twoSides ? Optional.of(EventTrigger.of(EventType.TALKS, w.start(), w.end(), true)) : Optional.empty();
        }
        if (SIGN_VERBS.contains(lemma)) {
            // "signed six agreements", "an accord was inked", "a memorandum … was signed between …"; the verb of a
            // document's own clause, "the deals signed by A and B" (which the parser may also read as a main clause)
            boolean document = deps.stream().anyMatch(d -> (d.relation().equals("obj") || d.relation().startsWith("nsubj")
                    || d.relation().startsWith("obl:in")) && namesDocuments(s, d))
                    || describedDocument(s, w).isPresent();
            return document ? Optional.of(EventTrigger.of(EventType.DOCUMENT_SIGNING, w.start(), w.end(), true)) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A document noun, or a noun that counts or groups documents ("a total of six memoranda", "a package of
     * agreements"): the parser makes the first noun the argument and hangs the documents on it.
     */
    private static boolean namesDocuments(Sentence s, Word argument) {
        return DOCUMENT_NOUNS.contains(argument.lemma().toLowerCase(Locale.ROOT))
                || s.dependents(argument.index()).stream().anyMatch(d -> d.relation().startsWith("nmod") && d.index() > argument.index()
                && DOCUMENT_NOUNS.contains(d.lemma().toLowerCase(Locale.ROOT)));
    }

    /**
     * "Called on his counterpart X", "called on President X": the particle "on" with a person as the object. An appeal
     * ("called on the government to act") has a clause instead of a person; "called on X to …" is an appeal too.
     */
    private static boolean courtesyCall(Sentence s, Word verb, List<Word> deps) {
        boolean on = deps.stream().anyMatch(d -> d.relation().equals("compound:prt") && d.lemma().equalsIgnoreCase("on"));
        // "his counterpart Anna Berg": the name may hang on the title noun as an apposition
        boolean person = deps.stream().anyMatch(d -> (on && d.relation().equals("obj") || d.relation().equals("obl:on")) && named(s, d));
        boolean appeal = deps.stream().anyMatch(d -> d.relation().equals("xcomp") || d.relation().startsWith("advcl:to")
                || d.relation().equals("ccomp"));
        return person && !appeal;
    }

    /**
     * The document a participle clause describes ("a memorandum on fisheries signed between A and B"): the noun the
     * clause hangs on, or the noun that one modifies.
     */
    static Optional<Word> describedDocument(Sentence s, Word verb) {
        if (!verb.relation().startsWith("acl") || verb.head() < 0) {
            return Optional.empty();
        }
        Word n = s.words().get(verb.head());
        for (int i = 0; i < 3; i++) {
            if (DOCUMENT_NOUNS.contains(n.lemma().toLowerCase(Locale.ROOT))) {
                return Optional.of(n);
            }
            if (n.head() < 0 || !n.relation().startsWith("nmod")) {
                break;
            }
            n = s.words().get(n.head());
        }
        return Optional.empty();
    }

    /** The kind a modifier of the noun gives it ("state visit", "signing ceremony"), or null. */
    private static EventType modifierKind(Sentence s, Word noun, Map<String, EventType> kinds) {
        for (Word d : s.dependents(noun.index())) {
            if (d.relation().equals("amod") || d.relation().equals("compound")) {
                EventType t = kinds.get(d.lemma().toLowerCase(Locale.ROOT));
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }

    private static boolean hasModifier(Sentence s, Word noun, Set<String> lemmas) {
        return s.dependents(noun.index()).stream().anyMatch(d -> (d.relation().equals("amod") || d.relation().equals("compound"))
                && lemmas.contains(d.lemma().toLowerCase(Locale.ROOT)));
    }

    /** "a working breakfast with his Lao counterpart": held with someone the parse names. */
    private static boolean withSomeone(Sentence s, Word noun) {
        if (s.dependents(noun.index()).stream().anyMatch(d -> d.relation().equals("nmod:with") && animate(s, d))) {
            return true;
        }
        // "had a working lunch with her counterpart": the parser may hang "with" on the verb
        return noun.relation().equals("obj") && noun.head() >= 0
                && s.dependents(noun.head()).stream().anyMatch(d -> d.relation().equals("obl:with") && animate(s, d));
    }

    /**
     * A passive whose subject is someone and whose agent is a person ("the delegation was received … by His Majesty
     * X", "they were warmly welcomed by President Y").
     */
    private static boolean receivedBySomeone(Sentence s, List<Word> deps) {
        return deps.stream().anyMatch(d -> d.relation().equals("nsubj:pass") && (d.tag().equals("PRP") || person(s, d)
                        || PARTY_NOUNS.contains(d.lemma().toLowerCase(Locale.ROOT))))
                && deps.stream().anyMatch(d -> (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) && person(s, d));
    }

    /** Nouns for those who come to be received: "the delegation was received", "the guests were welcomed". */
    private static final Set<String> PARTY_NOUNS = Set.of("delegation", "guest", "entourage", "visitor", "delegate", "leader");

    /** A subject naming both sides: one that counts two ("the two leaders", "both ministers"), or two who act ("A and B"). */
    private static boolean bothSides(Sentence s, Word w) {
        return EventArguments.collective(s, w) == 2
                || animate(s, w) && s.dependents(w.index()).stream().anyMatch(c -> c.relation().startsWith("conj") && animate(s, c));
    }

    /** "The two met": the number itself as the subject. */
    private static boolean theTwo(Sentence s, Word w) {
        return w.tag().equals("CD") && w.lemma().equalsIgnoreCase("two")
                && s.dependents(w.index()).stream().anyMatch(d -> d.relation().equals("det") && d.lemma().equalsIgnoreCase("the"));
    }

    /** A person or body: named so by the tagger, or a noun whose own words are (a compound, an appositive name). */
    static boolean animate(Sentence s, Word w) {
        if (ARGUMENT_ENTITIES.contains(w.entity()) || w.tag().equals("PRP") || w.properNoun()) {
            return true;
        }
        // "his Lao counterpart Sonexay Siphandone": a common noun whose own dependents name someone
        return s.dependents(w.index()).stream().anyMatch(d -> ARGUMENT_ENTITIES.contains(d.entity()) && !d.relation().equals("case"));
    }

    private static boolean person(Sentence s, Word w) {
        return w.entity().equals("PERSON") || s.dependents(w.index()).stream()
                .anyMatch(d -> d.entity().equals("PERSON") && (d.relation().equals("compound") || d.relation().equals("flat")));
    }

    /** Where a noun phrase begins: its leftmost determiner, possessor or modifier before the noun. */
    private static int nounPhraseStart(Sentence s, Word noun) {
        int first = noun.index();
        for (Word d : s.dependents(noun.index())) {
            if (d.index() < first && NOUN_MODIFIERS.contains(d.relation())) {
                first = Math.min(first, s.phraseFirst(d.index()));
            }
        }
        return s.words().get(first).start();
    }


    /** "met with", "called on": the preposition or particle that follows the verb belongs to the trigger. */
    private static int endWith(Sentence s, Word verb, String preposition) {
        int next = verb.index() + 1;
        if (next < s.words().size() && s.words().get(next).lemma().equalsIgnoreCase(preposition)) {
            return s.words().get(next).end();
        }
        return verb.end();
    }
}
