package org.diplomacykg.facts.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.EventType;
import org.diplomacykg.facts.ParticipantRole;
import org.diplomacykg.facts.reading.Clauses;
import org.diplomacykg.facts.reading.ReadingContext;
import org.diplomacykg.mention.Mention;

/**
 * Who takes part in an event, read from the mentions around its trigger and the parse: the subject of
 * the verb that tells it ("Tô Lâm held talks with …"), the people after "with", "between", "by",
 * "for", "upon"; "X’s state visit to C" gives the guest and the host country; a spouse is a
 * companion (there, but no party to the event, and not one that identifies it); "the two Parties", "the two sides"
 * and "the two leaders" stand for the article's bodies so named, its two countries, or the pair the story follows.
 */
final class EventParticipantRule {
    private static final Pattern ACTIVE_ELECTION_VERB = Pattern.compile("(?s)(?:re-?)?elect(?:ed|ing|s)\\s*|approv.*");
    private static final Pattern PASSIVE_AUXILIARY_FIRST = Pattern.compile("(?s)(?:was|were|been|being|is|are)\\b.*");
    private static final Pattern IN_OR_DURING_FIRST = Pattern.compile("(?s)(?:in|during)\\s.*");
    private static final Pattern HIS_OR_HER_LAST = Pattern.compile(".*\\b(?:his|her)\\s*$");
    private static final Pattern WHICH_OR_WHERE_LAST = Pattern.compile("(?is).*\\b(?:which|where)");
    private static final Pattern IN_THE_LAST = Pattern.compile("(?s).*\\bin\\s+(?:the\\s+)?$");
    private static final Pattern POSSESSIVE_S_LAST = Pattern.compile(".*[’']s\\s*");
    private static final Pattern ITS_OR_THEIR_FIRST = Pattern.compile("(?:its|their)\\b.*");
    private static final Pattern PARTY_AT_TO_FOR_GAP = Pattern.compile("(?s)\\)?\\s+(?:at|to|for)\\s+(?:the\\s+|its\\s+)?");
    private static final Pattern BY_WORD = Pattern.compile("\\bby\\s");
    private static final Pattern TO_IN_VISIT = Pattern.compile("\\b(?:to|in|visit)\\s+(?:to\\s+)?(?:the\\s+)?");
    private static final Pattern UPON_ON_TO = Pattern.compile("\\b(?:upon|on|to)\\s");
    private static final Pattern OF_NEXT = Pattern.compile("^\\s+of\\s+(?:the\\s+)?");
    private static final EntityKind[] ACTORS = {EntityKind.PERSON, EntityKind.ORGANIZATION, EntityKind.COUNTRY};
    private static final Pattern SPOUSE = Pattern.compile("(?i)\\b(?:his|her)\\s+(?:spouse|wife|husband)\\s*,?\\s*$");
    private static final Pattern CHAIRED_BY = Pattern.compile("(?i)\\b(?:co-?)?chaired\\s+by\\b");
    private static final Pattern GUEST_BY_TITLE = Pattern.compile(
            "(?i)^\\s+(?:(?:was|were)\\s+(?:held|organi[sz]ed)\\s+)?for\\s+the\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:leader|guest|president|prime\\s+minister|visitor|minister)\\b");
    private static final Pattern HEADQUARTERS = Pattern.compile("(?i)\\b(?:headquarters|office|offices|embassy|residence)\\s+of\\s+(?:the\\s+)?$");

    /** Verbs whose object, not their subject, is on the visit they are told with ("welcomed X on a state visit"). */
    private static final java.util.Set<String> HOSTING = java.util.Set.of("welcome", "receive", "host", "greet", "accompany");

    private final ReadingContext ctx;
    /** Where the words between the previous trigger's arguments and this trigger begin. */
    private int localStart;
    /** The person the narrative follows: the last person named as a subject. */
    private EntityRef protagonist;
    /** The pair "the two leaders" stands for: the main participants of the last talks or meeting. */
    private List<EntityRef> focalPair = List.of();

    EventParticipantRule(ReadingContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Who does the event the trigger names, read from the parse: the subject of the verb that tells it ("Tô Lâm
     * held talks", "During talks with X, Dung said", "and signed" shares the first verb's subject, "invited X to
     * visit" gives the object), a pronoun's person, the pair "the two leaders" or "both sides" stands for, or for
     * "the leader", "the guest" the person the story follows. When the parse names no subject, the actors named in
     * the clause before {@code at}: its people if any, else its organisations and countries.
     */
    List<EntityRef> subject(Sentence s, EventTrigger t, int at) {
        int start = Clauses.clauseStart(s.text(), at);
        List<EntityRef> before = new ArrayList<>();
        for (Mention m : actors(s, start, at)) {
            if (!before.contains(m.ref())) {
                before.add(m.ref());
            }
        }
        java.util.Optional<Word> head = EventSyntax.head(s, t);
        java.util.Optional<Word> subject = head.flatMap(h -> EventSyntax.subject(s, EventArguments.teller(s, h)).filter(w -> w.index() != h.index()));
        List<EntityRef> who = subject.map(w -> whoIs(s, w, t)).orElse(List.of());
        boolean people = who.stream().anyMatch(r -> r.kind() == EntityKind.PERSON);
        if (who.isEmpty() || !people && before.stream().anyMatch(r -> r.kind() == EntityKind.PERSON)) {
            // no subject, or one naming only bodies where the clause names people: the parse may have climbed past
            // a clause it misread ("Norland treasures its ties with Sudland, Anna Berg said while receiving X")
            return before;
        }
        return who;
    }

    /**
     * Who a subject word stands for: "he"/"she" for a person named before, "the two X"/"both X" for the pair it
     * counts, the people its phrase names (else its organisations and countries), or, for a definite singular noun
     * that names nobody ("the Cambodian leader", "the guest"), the person the story follows. A phrase that holds
     * the trigger ("Dung, who held talks with X") is read only up to it.
     */
    private List<EntityRef> whoIs(Sentence s, Word w, EventTrigger t) {
        List<EntityRef> out = new ArrayList<>();
        if (EventSyntax.pronoun(w)) {
            person(s, w).ifPresent(out::add);
            return out;
        }
        int[] span = EventSyntax.span(s, w);
        int to = span[0] < t.start() && span[1] > t.start() ? t.start() : span[1];
        List<Mention> named = actors(s, span[0], to);
        if (named.stream().noneMatch(m -> m.ref().kind() == EntityKind.PERSON)) {
            // "the two leaders", "the Prime Ministers of both countries": the pair it counts, when it names nobody
            // ("The two leaders, who are in Osaka, Japan for the G20 Summit, met": the place is the clause's, not theirs)
            for (Word c : collectives(s, w)) {
                List<EntityRef> pair = standsFor(s, c, EventArguments.collective(s, c));
                if (!pair.isEmpty()) {
                    return pair;
                }
            }
        }
        boolean people = named.stream().anyMatch(m -> m.ref().kind() == EntityKind.PERSON);
        boolean headNamed = named.stream().anyMatch(m -> m.start() <= w.start() && w.end() <= m.end());
        if (!people && !headNamed && protagonist != null && w.noun() && !w.tag().endsWith("S")
                && s.dependents(w.index()).stream().anyMatch(d -> d.relation().equals("det") && d.lemma().equalsIgnoreCase("the"))) {
            // "the Vietnamese Party chief held talks": a person, even if a word of the title names a party or country
            out.add(protagonist);
            return out;
        }
        for (Mention m : named) {
            if (!out.contains(m.ref())) {
                out.add(m.ref());
            }
        }
        return out;
    }

    /** The subject word and the nouns of its "of" phrase that count ("the two leaders", "the Prime Ministers of both countries"). */
    private static List<Word> collectives(Sentence s, Word w) {
        List<Word> out = new ArrayList<>();
        if (EventArguments.collective(s, w) > 0) {
            out.add(w);
        }
        for (Word d : s.dependents(w.index())) {
            if (d.relation().equals("nmod:of") && EventArguments.collective(s, d) > 0) {
                out.add(d);
            }
        }
        return out;
    }

    /** "The three Parties of Viet Nam, Laos and Cambodia": a counting noun whose "of" phrase or apposition names its members. */
    private boolean namesItsMembers(Sentence s, Word w) {
        for (Word d : s.dependents(w.index())) {
            if (d.relation().equals("nmod:of") || d.relation().equals("appos")) {
                int[] span = EventSyntax.span(s, d);
                if (!actors(s, span[0], span[1]).isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Nouns that count the countries of the story ("the two sides", "both countries"), not its people or bodies. */
    private static final java.util.Set<String> SIDES = java.util.Set.of("side", "country", "nation", "state");

    /**
     * Who "the two X" or "both X" stands for: the article's organisations whose names hold X ("the two Parties", "both
     * ministries"), the two countries the story speaks of most for "sides" and "countries", else the pair of people
     * the story follows ("the two leaders", "both prime ministers").
     */
    private List<EntityRef> standsFor(Sentence s, Word w, int count) {
        String name = EventArguments.collectiveName(s, w);
        List<EntityRef> bodies = mostMentioned(EntityKind.ORGANIZATION, Integer.MAX_VALUE).stream()
                .filter(r -> ctx.label(r).toLowerCase(java.util.Locale.ROOT).contains(name)).limit(count).toList();
        if (bodies.size() == count) {
            return new ArrayList<>(bodies);
        }
        if (SIDES.contains(w.lemma().toLowerCase(java.util.Locale.ROOT)) || SIDES.contains(EventArguments.singular(w.text().toLowerCase(java.util.Locale.ROOT)))) {
            return new ArrayList<>(ctx.twoCountries());
        }
        List<EntityRef> pair = focalPair.isEmpty() ? mostMentioned(EntityKind.PERSON, count) : focalPair;
        return pair.size() == count ? new ArrayList<>(pair) : new ArrayList<>();
    }

    /** Notes who the sentence's subject is, for later pronouns. */
    void observeSubject(Sentence s) {
        int firstVerb = s.text().length();
        List<Mention> ps = ctx.mentions(s.index(), 0, Math.min(firstVerb, 80), EntityKind.PERSON);
        if (!ps.isEmpty() && ps.get(0).start() < 60) {
            protagonist = ps.get(0).ref();
        } else if (protagonist == null) {
            List<Mention> any = ctx.mentions(s.index(), 0, firstVerb, EntityKind.PERSON);
            if (!any.isEmpty()) {
                protagonist = any.get(0).ref();
            }
        }
    }

    void focalPair(List<EntityRef> pair) {
        if (pair.size() >= 2) {
            focalPair = List.copyOf(pair);
        }
    }

    List<EntityRef> focalPair() {
        return focalPair;
    }

    EntityRef protagonist() {
        return protagonist;
    }

    /** Actors named in {@code [from, to)}: people if any are named, else organisations and countries. */
    List<Mention> actors(Sentence s, int from, int to) {
        List<Mention> ms = ctx.mentions(s.index(), from, to, ACTORS);
        List<Mention> persons = ms.stream().filter(m -> m.ref().kind() == EntityKind.PERSON).toList();
        return persons.isEmpty() ? ms : persons;
    }

    /** True when the mention is introduced as someone's spouse ("and his wife Ngo Phuong Ly"). */
    boolean spouse(Sentence s, Mention m) {
        int from = Math.max(0, m.start() - 30);
        return SPOUSE.matcher(s.text().substring(from, m.start())).find();
    }

    /** Fills the participants of a draft from the words around its trigger. */
    void read(EventDraft d, Sentence s, int argEnd, int clauseFirstTrigger, int localStart) {
        this.localStart = localStart;
        EventTrigger t = d.trigger;
        String text = s.text();
        int wide = Math.min(text.length(), t.end() + 140);
        switch (d.type == null ? EventType.STATE_VISIT : d.type) {
            case STATE_VISIT, OFFICIAL_VISIT -> readVisit(d, s, argEnd);
            case AWARD_CONFERRAL -> readAward(d, s, wide);
            case COMMITTEE_SESSION, CONGRESS -> {
                // the body's name may run on past the trigger ("… Joint Commission for Bilateral Cooperation")
                for (Mention m : ctx.mentions(s.index(), t.start(), text.length(), EntityKind.ORGANIZATION)) {
                    if (m.start() < t.end()) {
                        d.participant(m.ref(), ParticipantRole.PARTICIPANT, true);
                    }
                }
                if (d.type == EventType.CONGRESS) {
                    readCongressParty(d, s);
                }
                if (d.type == EventType.COMMITTEE_SESSION && t.verbal()) {
                    addSubject(d, s, clauseFirstTrigger, false);
                }
                if (d.type == EventType.COMMITTEE_SESSION) {
                    // "…, co-chaired by Minister X and his counterpart Y, will be held …": the chairs take part
                    Matcher by = CHAIRED_BY.matcher(text);
                    by.region(t.end(), Math.min(text.length(), t.end() + 160));
                    if (by.find()) {
                        int stop = text.indexOf(',', by.end() + 1);
                        for (Mention m : ctx.mentions(s.index(), by.end(), stop < 0 ? text.length() : stop, EntityKind.PERSON)) {
                            d.participant(m.ref(), ParticipantRole.PARTICIPANT, false);
                        }
                    }
                }
            }
            case ELECTION -> {
                List<Mention> before = ctx.mentions(s.index(), 0, t.start(), EntityKind.PERSON);
                List<Mention> elected = ctx.mentions(s.index(), t.end(), argEnd, EntityKind.PERSON);
                String words = text.substring(t.start(), t.end()).toLowerCase();
                boolean active = ACTIVE_ELECTION_VERB.matcher(words).matches();
                if (active && !elected.isEmpty()) {
                    // "the Assembly re-elected X as President", "approved the nomination of X"
                    d.participant(elected.get(0).ref(), ParticipantRole.PARTICIPANT, true);
                } else if (PASSIVE_AUXILIARY_FIRST.matcher(words).matches()
                        && ctx.mentions(s.index(), Clauses.clauseStart(text, t.start()), t.start(), EntityKind.PERSON).isEmpty()) {
                    // "The new legislature was elected …": nobody named; what was elected identifies it
                    d.objectKey = EventIdentity.nameKey(text.substring(Clauses.clauseStart(text, t.start()), t.start()));
                    d.objectKey = d.objectKey.isEmpty() ? null : d.objectKey;
                } else if (!before.isEmpty()) {
                    d.participant(before.get(before.size() - 1).ref(), ParticipantRole.PARTICIPANT, true);
                } else if (protagonist != null) {
                    d.participant(protagonist, ParticipantRole.PARTICIPANT, true);
                }
            }
            case SPEECH -> {
                if (!t.verbal() && IN_OR_DURING_FIRST.matcher(text.substring(t.start(), t.end()).toLowerCase()).matches()) {
                    // "In his closing speech, X said": the subject after the comma
                    List<Mention> speaker = ctx.mentions(s.index(), t.end(), Math.min(text.length(), t.end() + 80), EntityKind.PERSON);
                    if (!speaker.isEmpty()) {
                        d.participant(speaker.get(0).ref(), ParticipantRole.PARTICIPANT, true);
                    } else if (protagonist != null) {
                        d.participant(protagonist, ParticipantRole.PARTICIPANT, true);
                    }
                } else {
                    readGeneric(d, s, argEnd, clauseFirstTrigger);
                    everyoneNamed(d, s);
                }
            }
            default -> {
                if (d.type == EventType.MEETING && text.substring(t.start(), t.end()).startsWith("Receiving")) {
                    // "Receiving the delegation on May 2, X thanked …": the host is the subject after the comma
                    int comma = text.indexOf(',', t.end());
                    List<Mention> host = comma < 0 ? List.of()
                            : ctx.mentions(s.index(), comma, Math.min(text.length(), comma + 80), EntityKind.PERSON);
                    if (!host.isEmpty()) {
                        d.participant(host.get(0).ref(), ParticipantRole.HOST, true);
                    }
                }
                readGeneric(d, s, argEnd, clauseFirstTrigger);
                if (d.type == EventType.DOCUMENT_SIGNING) {
                    readSigners(d, s);
                }
                if (d.type == EventType.MEETING || d.type == EventType.TALKS || d.type == EventType.PHONE_CALL
                        || d.type == EventType.CEREMONY && t.verbal()) {
                    readFromParse(d, s);
                }
                everyoneNamed(d, s);
            }
        }
    }

    /**
     * The people of a meeting, talks or call that the parse names when the words around the trigger gave fewer
     * than two: the subject of the clause that tells it ("During talks with X on Monday, Dung said …"), those
     * {@link EventArguments#partners} names ("with"/"between" phrases, passive agents, the object of "met"), the
     * organisations "the two …" counts ("talks between the two Border Guard High Commands"); "their talks" are
     * the subject's and the object's, or, when the clause names neither, the pair the story follows.
     */
    private void readFromParse(EventDraft d, Sentence s) {
        java.util.Optional<Word> head = EventSyntax.head(s, d.trigger);
        if (head.isEmpty() || d.main.stream().filter(r -> r.kind() == EntityKind.PERSON).count() >= 2) {
            return;
        }
        Word h = head.get();
        Word predicate = EventArguments.teller(s, h);
        List<Word> partners = EventArguments.partners(s, h);
        if (d.reference && partners.isEmpty()) {
            return; // "the talks" told again: only its own clause's partners ("was chaired by X") are new
        }
        // "talks between X and Y", "between the two Commands": the partners are both sides, not the clause's subject
        boolean bothSides = partners.stream().anyMatch(w -> w.relation().endsWith(":between") || EventArguments.collective(s, w) > 0);
        List<Word> subjects = new ArrayList<>();
        if (!d.reference && !bothSides) {
            EventSyntax.subject(s, predicate).ifPresent(subjects::add);
        }
        boolean theirs = EventArguments.theirs(s, h).isPresent();
        for (Word w : s.dependents(predicate.index())) {
            if (predicate != h && theirs && w.relation().equals("obj")) {
                subjects.add(w);
            }
        }
        for (Word w : subjects) {
            if (EventSyntax.pronoun(w)) {
                person(s, w).ifPresent(r -> d.participant(r, ParticipantRole.PARTICIPANT, true));
                continue;
            }
            int[] span = EventSyntax.span(s, w);
            List<Mention> named = ctx.mentions(s.index(), span[0], span[1], EntityKind.PERSON);
            if (named.isEmpty() && d.participants.isEmpty() && EventArguments.collective(s, w) == 2) {
                // "The two leaders discussed …": the pair of the talks told before, else the story's two people
                List<EntityRef> pair = focalPair.isEmpty() ? mostMentioned(EntityKind.PERSON, 2) : focalPair;
                if (pair.size() == 2) {
                    pair.forEach(r -> d.participant(r, ParticipantRole.PARTICIPANT, true));
                }
                continue;
            }
            for (Mention m : named) {
                if (!spouse(s, m)) {
                    d.participant(m.ref(), ParticipantRole.PARTICIPANT, true);
                }
            }
        }
        for (Word w : partners) {
            if (EventSyntax.pronoun(w)) {
                person(s, w).ifPresent(r -> d.participant(r, ParticipantRole.PARTICIPANT, true));
                continue;
            }
            int count = EventArguments.collective(s, w);
            if (count > 0 && counted(d, s, w, count)) {
                continue;
            }
            for (Mention m : named(s, w)) {
                d.participant(m.ref(), ParticipantRole.PARTICIPANT, true);
            }
        }
        if (theirs && d.participants.keySet().stream().noneMatch(r -> r.kind() == EntityKind.PERSON)) {
            // "During their bilateral meeting in Kumamoto, …": the pair of the talks told before, else the story's two people
            List<EntityRef> pair = focalPair.isEmpty() ? mostMentioned(EntityKind.PERSON, 2) : focalPair;
            if (pair.size() == 2) {
                pair.forEach(r -> d.participant(r, ParticipantRole.PARTICIPANT, true));
            }
        }
    }

    /**
     * Who a partner's phrase names: its people (no spouse), else the organisations or countries that the phrase or
     * one of its conjuncts is ("with the Ministry of Transport"), not those that only qualify it ("the Sudland delegation").
     */
    private List<Mention> named(Sentence s, Word w) {
        int[] span = EventSyntax.span(s, w);
        List<Mention> persons = ctx.mentions(s.index(), span[0], span[1], EntityKind.PERSON).stream().filter(m -> !spouse(s, m)).toList();
        if (!persons.isEmpty()) {
            return persons;
        }
        List<Word> heads = new ArrayList<>(List.of(w));
        for (Word d : s.dependents(w.index())) {
            if (d.relation().startsWith("conj")) {
                heads.add(d);
            }
        }
        return ctx.mentions(s.index(), span[0], span[1], EntityKind.ORGANIZATION, EntityKind.COUNTRY).stream()
                .filter(m -> heads.stream().anyMatch(h -> m.start() <= h.start() && h.end() <= m.end())).toList();
    }

    /**
     * "The two Border Guard High Commands", "both ministries": the organisations of the article whose names hold
     * what the noun names, the most mentioned first; false when the article does not name as many.
     */
    private boolean counted(EventDraft d, Sentence s, Word w, int count) {
        String name = EventArguments.collectiveName(s, w);
        List<EntityRef> named = mostMentioned(EntityKind.ORGANIZATION, Integer.MAX_VALUE).stream()
                .filter(r -> ctx.label(r).toLowerCase(java.util.Locale.ROOT).contains(name)).limit(count).toList();
        if (named.size() < count) {
            return false;
        }
        named.forEach(r -> d.participant(r, ParticipantRole.PARTICIPANT, true));
        return true;
    }

    /** The actors of a kind the article names most often, most first. */
    private List<EntityRef> mostMentioned(EntityKind kind, int n) {
        java.util.Map<EntityRef, Integer> counts = new java.util.LinkedHashMap<>();
        for (Sentence s : ctx.sentences()) {
            for (Mention m : ctx.mentions(s.index(), 0, s.text().length(), kind)) {
                counts.merge(m.ref(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
                .limit(n).map(java.util.Map.Entry::getKey).toList();
    }

    /** "signed by the Philippines and Indonesia", "signed between the Vietnamese and Lao governments": the signers the parse names. */
    private void readSigners(EventDraft d, Sentence s) {
        java.util.Optional<Word> head = EventSyntax.head(s, d.trigger);
        if (head.isEmpty() || !head.get().verb()) {
            return;
        }
        for (Word w : s.dependents(head.get().index())) {
            if (w.relation().equals("obl:by") || w.relation().equals("obl:between")) {
                int[] span = EventSyntax.span(s, w);
                for (Mention m : actors(s, span[0], span[1])) {
                    d.participant(m.ref(), ParticipantRole.PARTICIPANT, true);
                }
            }
        }
    }

    private void readGeneric(EventDraft d, Sentence s, int argEnd, int clauseFirstTrigger) {
        EventTrigger t = d.trigger;
        String text = s.text();
        String after = text.substring(t.end(), argEnd);
        boolean between = d.type != EventType.DOCUMENT_SIGNING && (text.substring(t.start(), t.end()).toLowerCase().endsWith("between")
                || after.toLowerCase().startsWith(" between"));
        if (t.verbal() || d.type == EventType.JOINT_STATEMENT) {
            addSubject(d, s, clauseFirstTrigger, !between);
        } else if (!d.reference) {
            // nominal: "the ceremony for X", "his meeting with X"
            String before = text.substring(Math.max(0, t.start() - 6), t.start()).toLowerCase();
            if (HIS_OR_HER_LAST.matcher(before).matches() && protagonist != null) {
                d.participant(protagonist, ParticipantRole.PARTICIPANT, true);
            }
        }
        // objects: "with X", "between X and Y", "for X", the recipients of a signing
        String lower = after.toLowerCase();
        boolean takesObjects = d.type == EventType.TALKS || d.type == EventType.MEETING || d.type == EventType.PHONE_CALL
                || (d.type == EventType.CEREMONY && lower.startsWith(" for")) || lower.startsWith(" with") || between
                || (d.type == EventType.CEREMONY && WHICH_OR_WHERE_LAST.matcher(text.substring(t.start(), t.end())).matches());
        if (takesObjects && d.type != EventType.SPEECH && d.type != EventType.INAUGURATION && d.type != EventType.DOCUMENT_SIGNING) {
            // "the two Parties", "between the two sides" after the trigger: read by position, since the parse does not always
            // hang them on the event they end ("Meeting between the two Parties and the Third Meeting …")
            for (Word w : s.words()) {
                int count = w.start() >= t.end() && w.end() <= argEnd ? EventArguments.collective(s, w) : 0;
                List<EntityRef> sides = count > 0 && !namesItsMembers(s, w) ? standsFor(s, w, count) : List.of();
                boolean bodies = !sides.isEmpty() && sides.stream().allMatch(r -> r.kind() == EntityKind.ORGANIZATION);
                boolean countries = !sides.isEmpty() && sides.stream().allMatch(r -> r.kind() == EntityKind.COUNTRY);
                if (bodies || between && countries) {
                    sides.forEach(r -> d.participant(r, ParticipantRole.PARTICIPANT, true));
                    break;
                }
            }
            for (Mention m : actors(s, t.end(), argEnd)) {
                String lead = text.substring(Math.max(0, m.start() - 30), m.start());
                if (HEADQUARTERS.matcher(lead).find() || (m.ref().kind() == EntityKind.COUNTRY && IN_THE_LAST.matcher(lead).matches())) {
                    continue;
                }
                d.hasObjects = true;
                boolean spouse = spouse(s, m);
                d.participant(m.ref(), spouse ? ParticipantRole.COMPANION : ParticipantRole.PARTICIPANT, !spouse);
            }
            if (d.type == EventType.CEREMONY && lower.startsWith(" for")) {
                // "the welcoming ceremony for X and his wife Y": X is the guest
                for (Mention m : ctx.mentions(s.index(), t.end(), argEnd, EntityKind.PERSON)) {
                    d.participants.put(m.ref(), spouse(s, m) ? ParticipantRole.COMPANION : ParticipantRole.GUEST);
                }
            }
        }
        if (d.type == EventType.CEREMONY && d.participants.isEmpty() && protagonist != null
                && GUEST_BY_TITLE.matcher(after).lookingAt()) {
            // "A welcome ceremony was held for the Korean leader": the guest the narrative follows
            d.participant(protagonist, ParticipantRole.GUEST, true);
        }
    }

    /** When neither the words nor the parse named anyone: the people the sentence names. */
    private void everyoneNamed(EventDraft d, Sentence s) {
        if (d.participants.isEmpty() && !d.reference && d.type != EventType.DOCUMENT_SIGNING
                && d.type != EventType.INAUGURATION) {
            // nobody named in the clause: the people the sentence names
            for (Mention m : ctx.mentions(s.index(), 0, s.text().length(), EntityKind.PERSON)) {
                boolean spouse = spouse(s, m);
                d.participant(m.ref(), spouse ? ParticipantRole.COMPANION : ParticipantRole.PARTICIPANT, !spouse);
            }
        }
    }

    /**
     * The doers of a verbal event (or a joint statement): the subject the parse gives ({@link #subject}), or one of
     * its own in the words since the previous trigger's ("…, during which he also attended"); a spouse comes as a
     * companion, and the subject of "hosted" is the host.
     */
    private void addSubject(EventDraft d, Sentence s, int clauseFirstTrigger, boolean isMain) {
        int at = Math.min(clauseFirstTrigger, d.trigger.start());
        List<EntityRef> who = localSubject(s, d.trigger.start());
        if (who.isEmpty()) {
            who = subject(s, d.trigger, at);
        }
        java.util.Optional<Word> triggerHead = EventSyntax.head(s, d.trigger);
        for (EntityRef r : who) {
            List<Mention> named = ctx.mentions(s.index(), 0, at, EntityKind.PERSON).stream().filter(m -> m.ref().equals(r)).toList();
            if (!named.isEmpty() && named.stream().allMatch(m -> possessorOfAnother(s, m, triggerHead))) {
                continue; // "Pornpimol, Mr Don’s special adviser, met with …": Don is named for whose adviser she is
            }
            boolean spouse = ctx.mentions(s.index(), 0, at, EntityKind.PERSON).stream()
                    .anyMatch(m -> m.ref().equals(r) && spouse(s, m));
            d.participant(r, spouse ? ParticipantRole.COMPANION : ParticipantRole.PARTICIPANT, isMain && !spouse);
        }
        boolean hosted = triggerHead.map(h -> h.lemma().equalsIgnoreCase("host")
                || EventArguments.teller(s, h).lemma().equalsIgnoreCase("host")).orElse(false);
        if (hosted) {
            d.participants.replaceAll((r, role) -> role.asSide(ParticipantRole.HOST));
        }
    }

    /** True when the parse hangs the mention on a noun other than the event's as its possessor ("Mr Don’s special adviser"). */
    private static boolean possessorOfAnother(Sentence s, Mention m, java.util.Optional<Word> eventHead) {
        Word last = null;
        for (Word w : s.words()) {
            if (w.start() >= m.start() && w.end() <= m.end()) {
                last = w;
            }
        }
        if (last == null || !last.relation().equals("nmod:poss") || last.head() < 0) {
            return false;
        }
        Word owned = s.words().get(last.head());
        return owned.noun() && !owned.properNoun() && eventHead.map(h -> h.index() != owned.index()).orElse(true);
    }

    /** A subject of its own between the previous trigger's words and this one: "…, during which he also attended". */
    private List<EntityRef> localSubject(Sentence s, int at) {
        if (localStart <= 0 || localStart >= at) {
            return List.of();
        }
        List<EntityRef> out = new ArrayList<>();
        for (Mention m : ctx.mentions(s.index(), localStart, at, EntityKind.PERSON)) {
            if (!out.contains(m.ref())) {
                out.add(m.ref());
            }
        }
        boolean pronoun = s.words().stream().anyMatch(w -> w.start() >= localStart && w.end() <= at && w.tag().equals("PRP")
                && (w.lemma().equalsIgnoreCase("he") || w.lemma().equalsIgnoreCase("she")));
        if (out.isEmpty() && pronoun) {
            List<Mention> before = ctx.mentions(s.index(), 0, localStart, EntityKind.PERSON);
            if (!before.isEmpty()) {
                out.add(before.get(before.size() - 1).ref());
            } else if (protagonist != null) {
                out.add(protagonist);
            }
        }
        return out;
    }

    private void readVisit(EventDraft d, Sentence s, int argEnd) {
        EventTrigger t = d.trigger;
        String text = s.text();
        if (t.invited()) {
            // "X invited Y (and his wife) to visit C"
            int visitAt = text.lastIndexOf("visit", t.end());
            for (Mention m : ctx.mentions(s.index(), t.start(), visitAt, EntityKind.PERSON)) {
                boolean spouse = spouse(s, m);
                if (d.guest == null && !spouse) {
                    d.guest = m.ref();
                }
                d.participant(m.ref(), spouse ? ParticipantRole.COMPANION : ParticipantRole.GUEST, !spouse);
            }
            List<Mention> inviter = ctx.mentions(s.index(), 0, t.start(), EntityKind.PERSON);
            if (!inviter.isEmpty()) {
                d.participant(inviter.get(inviter.size() - 1).ref(), ParticipantRole.HOST, false);
            }
            hostCountryAfter(d, s, Math.max(t.start(), visitAt), Math.min(text.length(), t.end() + 40));
            return;
        }
        // X’s (state) visit
        String before = text.substring(Math.max(0, t.start() - 3), t.start());
        if (POSSESSIVE_S_LAST.matcher(before).matches()) {
            List<Mention> ps = ctx.mentions(s.index(), 0, t.start(), EntityKind.PERSON);
            if (!ps.isEmpty()) {
                d.guest = ps.get(ps.size() - 1).ref();
            }
        }
        // … by X
        Matcher by = BY_WORD.matcher(text);
        by.region(t.end(), argEnd);
        if (d.guest == null && by.find()) {
            List<Mention> ps = ctx.mentions(s.index(), by.end(), argEnd, EntityKind.PERSON);
            if (!ps.isEmpty()) {
                d.guest = ps.get(0).ref();
            }
        }
        if (d.guest == null && !d.reference) {
            d.guest = guestFromParse(s, t).orElse(null);
        }
        if (d.guest == null && ITS_OR_THEIR_FIRST.matcher(text.substring(t.start(), t.end()).toLowerCase()).matches()) {
            // "the delegation … during its state visit": the side of the clause's subject
            List<EntityRef> subj = subject(s, t, t.start());
            if (!subj.isEmpty() && subj.get(0).kind() == EntityKind.PERSON) {
                d.guest = subj.get(0);
            }
        }
        if (d.guest == null && !d.reference) {
            // "the welcoming ceremony for X and his wife Y, … on a state visit to C": the nearest person before
            int from = Clauses.clauseStart(text, t.start());
            List<Mention> ps = ctx.mentions(s.index(), from, t.start(), EntityKind.PERSON);
            for (int i = ps.size() - 1; i >= 0; i--) {
                if (!spouse(s, ps.get(i))) {
                    d.guest = ps.get(i).ref();
                    break;
                }
            }
        }
        if (d.guest != null) {
            d.participant(d.guest, ParticipantRole.GUEST, true);
            // the guest's spouse, when the same clause names one
            for (Mention m : ctx.mentions(s.index(), 0, argEnd, EntityKind.PERSON)) {
                if (spouse(s, m)) {
                    d.participant(m.ref(), ParticipantRole.COMPANION, false);
                }
            }
        }
        hostCountryAfter(d, s, t.end(), argEnd);
        if (d.hostCountry == null && !d.reference) {
            hostFromParse(d, s, t);
        }
    }

    /**
     * The guest the parse names: the visit's possessor ("Widodo's visit"; "his visit" is the clause's
     * subject's, else the person the narrative follows), or the subject of the clause that tells it
     * ("He paid an official visit", "Srettha arrived … on his first visit", "Modi is on a two-day visit").
     */
    private java.util.Optional<EntityRef> guestFromParse(Sentence s, EventTrigger t) {
        java.util.Optional<Word> head = EventSyntax.head(s, t);
        if (head.isEmpty()) {
            return java.util.Optional.empty();
        }
        Word predicate = EventSyntax.predicate(s, head.get());
        java.util.Optional<Word> possessor = EventSyntax.possessor(s, head.get());
        if (possessor.isPresent() && !EventSyntax.pronoun(possessor.get())) {
            return person(s, possessor.get());
        }
        // "the state visit of President Xi Jinping to the Himalayan nation": the one the visit is of
        java.util.Optional<EntityRef> of = s.dependents(head.get().index()).stream()
                .filter(w -> w.relation().equals("nmod:of") && w.properNoun()).findFirst().flatMap(w -> person(s, w));
        if (of.isPresent() && !head.get().verb()) {
            return of;
        }
        if (predicate != head.get() && HOSTING.contains(predicate.lemma().toLowerCase(java.util.Locale.ROOT))) {
            // "welcomed Sisoulith … on a state visit": the one welcomed is the guest
            java.util.Optional<EntityRef> welcomed = s.dependents(predicate.index()).stream().filter(w -> w.relation().equals("obj"))
                    .findFirst().flatMap(w -> person(s, w));
            if (welcomed.isPresent()) {
                return welcomed;
            }
        }
        return EventSyntax.subject(s, predicate).flatMap(w -> person(s, w));
    }

    /** The person a word names: the person mention in its phrase, or for a pronoun the person the narrative follows. */
    private java.util.Optional<EntityRef> person(Sentence s, Word w) {
        if (EventSyntax.pronoun(w)) {
            // "he", "his", "she", "her" stand for a person; "its" and "their" for a country, a party, a pair
            String lemma = w.lemma().toLowerCase(java.util.Locale.ROOT);
            if (!lemma.equals("he") && !lemma.equals("she")) {
                return java.util.Optional.empty();
            }
            // "Widodo's visit followed his trip to China, where he met …": the first person the sentence names before
            // the pronoun, else the person the story follows
            return ctx.mentions(s.index(), 0, w.start(), EntityKind.PERSON).stream().filter(m -> !spouse(s, m))
                    .map(Mention::ref).findFirst().or(() -> java.util.Optional.ofNullable(protagonist));
        }
        int[] span = EventSyntax.span(s, w);
        List<Mention> ps = ctx.mentions(s.index(), span[0], span[1], EntityKind.PERSON);
        for (Mention m : ps) {
            if (m.start() <= w.start() && w.end() <= m.end()) {
                return java.util.Optional.of(m.ref());
            }
        }
        return ps.stream().filter(m -> !spouse(s, m)).map(Mention::ref).findFirst();
    }

    /** The host country of a visit from the places the parse hangs on it ("arrived at Phnom Penh airport", "to Laos"). */
    private void hostFromParse(EventDraft d, Sentence s, EventTrigger t) {
        java.util.Optional<Word> head = EventSyntax.head(s, t);
        if (head.isEmpty()) {
            return;
        }
        List<Word> places = new ArrayList<>(EventSyntax.placeArguments(s, EventSyntax.predicate(s, head.get())));
        places.addAll(EventSyntax.placeArguments(s, head.get()));
        for (Word w : places) {
            int[] span = EventSyntax.span(s, w);
            for (Mention m : ctx.mentions(s.index(), span[0], span[1])) {
                EntityRef country = ctx.countryOf(m.ref()).orElse(null);
                if (country != null) {
                    d.host(country);
                    return;
                }
            }
        }
    }

    private void hostCountryAfter(EventDraft d, Sentence s, int from, int to) {
        String text = s.text();
        Matcher toC = TO_IN_VISIT.matcher(text);
        toC.region(from, Math.min(text.length(), to));
        if (toC.find()) {
            for (Mention m : ctx.mentions(s.index(), toC.end(), Math.min(text.length(), toC.end() + 40))) {
                if (m.start() > toC.end() + 2) {
                    break;
                }
                EntityRef country = ctx.countryOf(m.ref()).orElse(null);
                if (country != null) {
                    d.host(country);
                    return;
                }
            }
        }
    }

    private void readAward(EventDraft d, Sentence s, int wide) {
        EventTrigger t = d.trigger;
        String text = s.text();
        String words = text.substring(t.start(), t.end());
        EntityRef recipient = null;
        Matcher upon = UPON_ON_TO.matcher(text);
        upon.region(t.end(), Math.min(wide, t.end() + 80));
        if (upon.find()) {
            List<Mention> ps = ctx.mentions(s.index(), upon.end(), Math.min(text.length(), upon.end() + 60), EntityKind.PERSON);
            if (!ps.isEmpty()) {
                recipient = ps.get(0).ref();
            }
        }
        if (recipient == null && !words.toLowerCase().startsWith("honour") && !words.toLowerCase().startsWith("honor")) {
            // "presented X with the …", "awarded X the …": the person inside the trigger
            List<Mention> ps = ctx.mentions(s.index(), t.start(), t.end(), EntityKind.PERSON);
            if (!ps.isEmpty()) {
                recipient = ps.get(0).ref();
            }
        }
        if (recipient == null) {
            // "congratulated X for being honoured with …"
            List<Mention> ps = ctx.mentions(s.index(), 0, t.start(), EntityKind.PERSON);
            if (!ps.isEmpty()) {
                recipient = ps.get(ps.size() - 1).ref();
            }
        }
        if (recipient != null) {
            d.guest = recipient;
            d.participant(recipient, ParticipantRole.RECIPIENT, true);
        }
        if (!words.toLowerCase().startsWith("honour") && !words.toLowerCase().startsWith("honor")) {
            // the subject of "conferred", "presented", "awarded" is who gives the award
            for (EntityRef r : subject(s, t, t.start())) {
                if (!r.equals(recipient)) {
                    d.participant(r, ParticipantRole.CONFERRER, false);
                }
            }
        }
        d.award = t.award();
    }

    private void readCongressParty(EventDraft d, Sentence s) {
        EventTrigger t = d.trigger;
        String text = s.text();
        // "the 14th National Congress of the Communist Party of Việt Nam"
        Matcher of = OF_NEXT.matcher(text.substring(t.end()));
        if (of.find()) {
            int from = t.end() + of.end();
            for (Mention m : ctx.mentions(s.index(), from, Math.min(text.length(), from + 60), EntityKind.ORGANIZATION)) {
                if (m.start() <= from + 1) {
                    d.participant(m.ref(), ParticipantRole.PARTICIPANT, true);
                    return;
                }
            }
        }
        // "the LPRP’s 12th Congress"
        String before = text.substring(Math.max(0, t.start() - 3), t.start());
        if (POSSESSIVE_S_LAST.matcher(before).matches()) {
            List<Mention> os = ctx.mentions(s.index(), Math.max(0, t.start() - 80), t.start(), EntityKind.ORGANIZATION);
            if (!os.isEmpty() && os.get(os.size() - 1).end() >= t.start() - 4) {
                d.participant(os.get(os.size() - 1).ref(), ParticipantRole.PARTICIPANT, true);
                return;
            }
        }
        // "General Secretary of the Communist Party of Việt Nam at the 14th National Party Congress": the party named just before
        if (text.substring(t.start(), t.end()).contains("Party") && d.participants.isEmpty()) {
            List<Mention> os = ctx.mentions(s.index(), Math.max(0, t.start() - 120), t.start(), EntityKind.ORGANIZATION);
            for (int i = os.size() - 1; i >= 0; i--) {
                String gap = text.substring(os.get(i).end(), t.start());
                if (os.get(i).ref().slug().contains("party") && PARTY_AT_TO_FOR_GAP.matcher(gap).matches()) {
                    d.participant(os.get(i).ref(), ParticipantRole.PARTICIPANT, true);
                    return;
                }
            }
        }
    }
}
