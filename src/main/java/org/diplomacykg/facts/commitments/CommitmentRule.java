package org.diplomacykg.facts.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.facts.Modality;

/**
 * The cues of undertakings, read from the dependency parse: a predicate of undertaking whose
 * complement is a clause ({@code agreed to expand}, {@code vowed that the ministry would},
 * {@code were unanimous in coordinating}, {@code reaffirmed their determination to raise}), a
 * modal on a verb ({@code will coordinate}, {@code should adopt}), a sum pledged or lent, a stated
 * target. The complement clause is the undertaking; a predicate without one is no undertaking
 * ({@code agreed to the programme of the visit} is procedure, {@code is forecast to double} is
 * no party's act). What is a belief, a forecast or a report of figures is left out downstream
 * (see {@link NegativeCues}).
 *
 * <pre>
 * rule.cues(sentence("The two sides agreed to boost trade")) → [AGREED "agreed to"]
 * rule.cues(sentence("Trade reached $1 billion last year")) → []
 * </pre>
 */
public final class CommitmentRule {
    /** Predicates (verbs and adjectives) that undertake what their complement clause says. */
    private static final Map<String, Modality> PREDICATES = Map.ofEntries(
            Map.entry("agree", Modality.AGREED), Map.entry("decide", Modality.AGREED), Map.entry("resolve", Modality.AGREED),
            Map.entry("consent", Modality.AGREED), Map.entry("strive", Modality.AGREED), Map.entry("aim", Modality.AGREED),
            Map.entry("unanimous", Modality.AGREED), Map.entry("endorse", Modality.AGREED),
            Map.entry("pledge", Modality.PLEDGED), Map.entry("vow", Modality.PLEDGED), Map.entry("promise", Modality.PLEDGED),
            Map.entry("commit", Modality.PLEDGED), Map.entry("committed", Modality.PLEDGED), Map.entry("undertake", Modality.PLEDGED),
            Map.entry("guarantee", Modality.PLEDGED), Map.entry("assure", Modality.PLEDGED), Map.entry("ready", Modality.PLEDGED),
            Map.entry("willing", Modality.PLEDGED), Map.entry("prepared", Modality.PLEDGED), Map.entry("offer", Modality.PLEDGED),
            Map.entry("affirm", Modality.AFFIRMED), Map.entry("reaffirm", Modality.AFFIRMED), Map.entry("reiterate", Modality.AFFIRMED),
            Map.entry("determined", Modality.AFFIRMED), Map.entry("adhere", Modality.AFFIRMED), Map.entry("abide", Modality.AFFIRMED),
            Map.entry("plan", Modality.PLANNED), Map.entry("intend", Modality.PLANNED), Map.entry("set", Modality.PLANNED),
            Map.entry("seek", Modality.PLANNED),
            Map.entry("propose", Modality.PROPOSED), Map.entry("suggest", Modality.PROPOSED), Map.entry("recommend", Modality.PROPOSED),
            Map.entry("ask", Modality.PROPOSED), Map.entry("request", Modality.PROPOSED), Map.entry("invite", Modality.PROPOSED),
            Map.entry("urge", Modality.URGED), Map.entry("encourage", Modality.URGED), Map.entry("call", Modality.URGED));
    /** Nouns that undertake what their "to" clause says: {@code their determination to}, {@code pledges to}. */
    /** Verbs whose future is a visit's programme: where someone goes, whom they see, what they talk about. */
    private static final Set<String> ITINERARY_VERBS = Set.of("arrive", "visit", "travel", "depart", "leave", "meet", "discuss",
            "attend", "witness", "tour");
    /** Verbs that take part in an event named by their object ("hold talks", "join the exercise"). */
    private static final Set<String> TAKING_PART_VERBS = Set.of("hold", "join", "have", "host", "chair", "co-chair", "pay", "take");
    private static final Set<String> EVENT_NOUNS = Set.of("talk", "talks", "meeting", "summit", "ceremony", "visit", "session",
            "exercise", "dialogue", "conference", "forum", "banquet", "retreat", "call", "signing", "part", "reception", "dinner",
            "luncheon", "lunch", "breakfast");
    private static final Map<String, Modality> NOUNS = Map.ofEntries(
            Map.entry("pledge", Modality.PLEDGED), Map.entry("promise", Modality.PLEDGED), Map.entry("commitment", Modality.PLEDGED),
            Map.entry("readiness", Modality.PLEDGED), Map.entry("willingness", Modality.PLEDGED),
            Map.entry("determination", Modality.AFFIRMED), Map.entry("resolve", Modality.AFFIRMED),
            Map.entry("decision", Modality.AGREED), Map.entry("agreement", Modality.AGREED), Map.entry("consensus", Modality.AGREED),
            Map.entry("plan", Modality.PLANNED), Map.entry("intention", Modality.PLANNED));
    /** What a welcome can take up as an undertaking: {@code welcomed Norland's decision to build}. */
    private static final Set<String> WELCOMED_NOUNS = Set.of(
            "decision", "plan", "proposal", "initiative", "participation", "commitment", "intention", "pledge");
    /** Nouns of a call paid on someone: "courtesy calls on X". */
    private static final Set<String> CALL_KINDS = Set.of("courtesy", "farewell", "protocol");

    /**
     * "Paid separate courtesy calls on X" (which the tagger may read as a verb), "called on President X": "call on" someone
     * with no act asked of them (no "to" clause, no "for") is a visit.
     */
    private static boolean courtesyCall(Sentence s, Word call) {
        List<Word> deps = s.dependents(call.index());
        boolean kind = deps.stream().anyMatch(d -> (d.relation().startsWith("nsubj") || d.relation().equals("compound") || d.relation().equals("amod"))
                && CALL_KINDS.contains(d.lemma().toLowerCase(Locale.ROOT)));
        boolean onSomeone = deps.stream().anyMatch(d -> (d.relation().equals("obl:on") || d.relation().equals("obl:upon"))
                && (d.entity().equals("PERSON") || s.dependents(d.index()).stream().anyMatch(x -> x.entity().equals("PERSON"))));
        boolean act = deps.stream().anyMatch(d -> d.relation().equals("xcomp") || d.relation().startsWith("advcl") || d.relation().equals("ccomp")
                || d.relation().equals("obl:for"));
        return kind || onSomeone && !act;
    }

    /** Proposing verbs that can put forward an act named by a noun ("proposed the exchange of visits"); "ask" and "invite" take whom they ask. */
    private static final Set<String> PUTTING_FORWARD = Set.of("propose", "suggest", "recommend");
    /** Verbs that take up an act named by their object ("endorsed an increase of investment"); not "approve", as often procedural ("approved the nomination of X"). */
    private static final Set<String> ENDORSING = Set.of("endorse");
    /**
     * Verbs that keep to a policy or a principle, with the relation that names it: "adhere to", "abide by"; not "uphold",
     * which the seeds' "affirmed upholding the principles of …" shows inside another stance.
     */
    private static final Map<String, String> STANCES = Map.of("adhere", "obl:to", "abide", "obl:by");
    /** Verbs that pledge a sum when it is their object: {@code pledged 40 million kroner}. */
    private static final Set<String> SUM_VERBS = Set.of("pledge", "promise", "earmark", "commit");
    /** Nouns that pledge a sum they are "of": {@code a concessional loan of $200 million}. */
    private static final Set<String> SUM_NOUNS = Set.of("loan", "grant", "credit", "aid", "assistance", "package");
    private static final Set<String> MONEY = Set.of("MONEY");
    private static final Set<String> QUANTITIES = Set.of("MONEY", "NUMBER", "PERCENT");
    /** Common nouns that name a party when they head a clause's subject ("the ministry would …"). */
    private static final Set<String> PARTY_NOUNS = Set.of("side", "government", "ministry", "country", "party", "army", "agency",
            "authority", "committee", "commission", "company", "bank", "province", "city", "delegation", "leader", "minister",
            "state", "nation", "parliament", "legislature");
    /** Adverbs that make a modal a forecast. */
    private static final Set<String> HEDGES = Set.of("likely", "probably", "possibly", "perhaps", "unlikely");
    private static final Set<String> CLAUSES = Set.of("xcomp", "ccomp", "advcl", "acl");

    /** Whether a word is a predicate that undertakes what its complement says ("striving to", "agreed to"). */
    static boolean undertakingPredicate(Word w) {
        return (w.verb() || w.tag().startsWith("JJ")) && PREDICATES.containsKey(w.lemma().toLowerCase(Locale.ROOT));
    }

    /** Cues of one sentence in text order, overlapping ones dropped. */
    public List<CommitmentCue> cues(Sentence sentence) {
        List<Word> words = sentence.words();
        List<CommitmentCue> out = new ArrayList<>();
        List<Word> cueWords = new ArrayList<>();
        for (Word w : words) {
            if (negated(sentence, w) || insideUndertaking(sentence, w, cueWords)) {
                continue;
            }
            cue(sentence, w).map(c -> c.needsActor() ? withSubject(sentence, w, c) : c).ifPresent(c -> {
                if (out.stream().noneMatch(o -> o.start() < c.end() && c.start() < o.end())) {
                    out.add(c);
                    cueWords.add(w);
                }
            });
        }
        out.sort(Comparator.comparingInt(CommitmentCue::start));
        return out;
    }

    private static Optional<CommitmentCue> cue(Sentence s, Word w) {
        String lemma = w.lemma().toLowerCase(Locale.ROOT);
        String text = w.text().toLowerCase(Locale.ROOT);
        // a modal on a verb: "will coordinate", "should adopt"; a party must be its subject
        if (w.relation().equals("aux") && w.head() > w.index()) {
            Word verb = s.words().get(w.head());
            boolean copulaOrPassive = verb.lemma().equals("be") || s.dependents(verb.index()).stream()
                    .anyMatch(d -> d.relation().equals("cop") || d.relation().startsWith("aux:pass")
                            || d.relation().equals("aux") && d.index() > w.index() && d.lemma().equals("be"));
            if (hedged(s, verb) || itinerary(s, verb)) {
                return Optional.empty();
            }
            if (!copulaOrPassive && (text.equals("will") || text.equals("shall") || text.equals("would"))) {
                return cueTo(w, verb.start(), Modality.PLANNED, true, verb.index());
            }
            if (!copulaOrPassive && (text.equals("should") || text.equals("must"))) {
                return cueTo(w, verb.start(), Modality.PROPOSED, true, verb.index());
            }
            return Optional.empty();
        }
        if (lemma.equals("continue") && w.verb() && s.dependents(w.index()).stream().anyMatch(d -> d.relation().equals("xcomp"))
                && s.dependents(w.index()).stream().anyMatch(d -> d.relation().startsWith("nsubj"))
                && s.dependents(w.index()).stream().noneMatch(d -> d.relation().equals("aux"))) {
            return clause(s, w, Modality.PLANNED, true); // "the two sides continue to …"
        }
        if (lemma.equals("come") && w.verb() && s.dependents(w.index()).stream()
                .anyMatch(d -> d.relation().equals("obl:to") && d.lemma().equalsIgnoreCase("term") && d.tag().equals("NNS"))) {
            Optional<CommitmentCue> c = clause(s, w, Modality.AGREED, false); // "came to terms to reinforce …": agreed to
            if (c.isPresent()) {
                return c;
            }
        }
        Modality m = PREDICATES.get(lemma);
        if (m == null && (w.tag().startsWith("JJ") || w.tag().equals("VBN"))) {
            m = PREDICATES.get(text);
        }
        if (m == Modality.URGED && lemma.equals("call") && courtesyCall(s, w)) {
            return Optional.empty(); // "paid courtesy calls on X", "called on President X": a visit to someone, urging nothing
        }
        if (m == Modality.URGED && w.verb()) {
            // "urged stronger collaboration to …", "called on both sides to …": the undertaking starts at whom or what is urged
            for (Word d : s.dependents(w.index())) {
                if (d.index() > w.index() && (d.relation().equals("obj") || d.relation().startsWith("obl:")
                        || d.relation().equals("nsubj") && d.head() != w.index())) {
                    return cueTo(w, startAfterPreposition(s, d), m, false);
                }
            }
            for (Word d : s.dependents(w.index())) {
                if (d.index() > w.index() && (d.relation().startsWith("advcl") || d.relation().equals("xcomp"))) {
                    // "called on both sides to promote …": the parser hangs whom is urged on the clause
                    return cueTo(w, startAfterPreposition(s, d), m, false, d.index());
                }
            }
        }
        if (m != null && (w.verb() || w.tag().startsWith("JJ"))) {
            Optional<CommitmentCue> c = clause(s, w, m, lemma.equals("aim"));
            if (c.isPresent()) {
                return c;
            }
            if (lemma.equals("agree") && s.dependents(w.index()).stream().anyMatch(d -> d.relation().equals("obl:on"))) {
                return cueTo(w, w.end(), m, false); // "agreed on cooperation orientations for 2020"
            }
            if (m == Modality.AFFIRMED && w.verb()) {
                for (Word o : s.dependents(w.index())) {
                    if (!o.relation().equals("obj") || NOUNS.containsKey(o.lemma().toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    Optional<Word> owner = s.dependents(o.index()).stream().filter(d -> d.relation().equals("nmod:poss")).findFirst();
                    if (owner.isPresent() && (owner.get().tag().equals("PRP$") || jointSubject(s, w))) {
                        // "the two sides reaffirmed their interest in …", "… ASEAN's principled stance": a stance the parties take
                        // together; one leader's "reaffirmed Việt Nam's support for …" restates his country's policy
                        return cueTo(w, s.words().get(s.phraseFirst(o.index())).start(), m, false);
                    }
                    if (owner.isEmpty() && ofAction(s, o)) {
                        // "affirmed the strategic importance of further strengthening cooperation": a course of action affirmed
                        return cueTo(w, s.words().get(s.phraseFirst(o.index())).start(), m, false);
                    }
                }
            }
            if (m == Modality.PROPOSED && w.verb() && PUTTING_FORWARD.contains(lemma) && proposedAct(s, w)) {
                return cueTo(w, w.end(), m, false); // "proposed an increase of cooperation in …": the act named by the object is put forward
            }
            if (m == Modality.AGREED && w.verb() && ENDORSING.contains(lemma) && proposedAct(s, w)) {
                return cueTo(w, w.end(), m, false); // "endorsed an increase of investment": the parties take up the act the object names
            }
            if (m == Modality.PLEDGED && lemma.equals("offer")) {
                return Optional.empty(); // an offer of a thing is as often courtesy ("offered congratulations to") as an undertaking
            }
            if (m == Modality.AFFIRMED && w.verb() && STANCES.containsKey(lemma) && s.dependents(w.index()).stream()
                    .anyMatch(d -> d.relation().equals(STANCES.get(lemma)) && d.index() > w.index() && d.noun())
                    && s.dependents(w.index()).stream().anyMatch(d -> d.relation().equals("nsubj"))) {
                // "Cambodia adhered to the one-China policy", "both sides abide by international law"; with a party of its
                // own: a subjectless "firmly adhere to the goal of …" is an item of the proposal around it
                return cueTo(w, w.end(), m, false);
            }
            if (m == Modality.PLEDGED && s.dependents(w.index()).stream().anyMatch(d -> d.relation().equals("obl:to"))) {
                return cueTo(w, w.end(), m, false); // "are committed to (maintaining) peace": a pledge to a thing is one too
            }
            if (m == Modality.PLEDGED && w.verb() && PREDICATES.get(lemma) == Modality.PLEDGED && s.dependents(w.index()).stream()
                    .anyMatch(d -> d.relation().equals("obj") && d.noun() && d.index() > w.index())) {
                // a verb of pledging by its lemma: "have prepared a plan" (a perfect, not "prepared to") pledges nothing
                return cueTo(w, w.end(), m, false); // "pledged more support on sovereignty", "promised assistance"
            }
            if (m == Modality.URGED && s.dependents(w.index()).stream().anyMatch(d -> d.relation().equals("obj")
                    || d.relation().equals("obl:for") || d.relation().equals("obl:on") || d.relation().equals("obl:upon"))) {
                return cueTo(w, w.end(), m, false); // "urged stronger collaboration", "called for …"
            }
        }
        if (w.verb() && lemma.equals("welcome")) {
            for (Word o : s.dependents(w.index())) {
                if (o.relation().equals("obj") && WELCOMED_NOUNS.contains(o.lemma().toLowerCase(Locale.ROOT))) {
                    return cueTo(w, o.end(), Modality.WELCOMED, false);
                }
            }
            // "welcomes Chinese enterprises to invest in Laos": an open door to what the welcomed will do
            Optional<Word> welcomed = s.dependents(w.index()).stream().filter(o -> o.relation().equals("obj") && o.index() > w.index()).findFirst();
            if (welcomed.isPresent() && s.dependents(w.index()).stream().anyMatch(d -> d.relation().equals("xcomp") && d.verb()
                    && d.index() > welcomed.get().index()
                    && s.dependents(d.index()).stream().anyMatch(x -> x.relation().equals("mark") && x.lemma().equalsIgnoreCase("to")))) {
                return cueTo(w, s.words().get(s.phraseFirst(welcomed.get().index())).start(), Modality.WELCOMED, false);
            }
        }
        if (w.verb() && SUM_VERBS.contains(lemma) && s.dependents(w.index()).stream()
                .anyMatch(d -> d.relation().equals("obj") && subtreeHas(s, d, QUANTITIES))) {
            return cueTo(w, w.end(), Modality.PLEDGED, false);
        }
        if (w.noun()) {
            Modality n = NOUNS.get(lemma);
            if (n != null) {
                Optional<CommitmentCue> c = clause(s, w, n, false);
                if (c.isPresent()) {
                    return c;
                }
                // "renewed pledges to bolster trade": the clause hangs on the verb that takes the noun
                if (w.relation().equals("obj") && w.head() >= 0) {
                    Word verb = s.words().get(w.head());
                    Optional<CommitmentCue> v = clause(s, verb, n, false);
                    if (v.isPresent()) {
                        return Optional.of(new CommitmentCue(n, verb.start(), v.get().end(), false, v.get().clause()));
                    }
                }
            }
            // "his willingness to expand cooperation", parsed as the subject of its own clause
            if (n != null && w.relation().startsWith("nsubj") && w.head() > w.index()
                    && s.dependents(w.head()).stream().anyMatch(d -> d.relation().equals("mark") && d.lemma().equalsIgnoreCase("to"))) {
                return cueTo(w, s.words().get(w.head()).start(), n, false, w.head());
            }
            if (SUM_NOUNS.contains(lemma) && s.dependents(w.index()).stream()
                    .anyMatch(d -> (d.relation().startsWith("nmod") || d.relation().startsWith("acl") || d.relation().equals("dep"))
                            && subtreeHas(s, d, MONEY))) {
                return cueTo(w, w.end(), Modality.PLEDGED, false);
            }
            if (lemma.equals("target") && w.relation().equals("obj") && w.head() >= 0 && s.words().get(w.head()).verb()
                    && s.dependents(w.index()).stream().anyMatch(d -> d.index() < w.index() && subtreeHas(s, d, QUANTITIES))) {
                // "set an ambitious $50 billion target for bilateral trade": a target set is agreed
                Word verb = s.words().get(w.head());
                return Optional.of(new CommitmentCue(Modality.AGREED, verb.start(), w.end(), false));
            }
            if (lemma.equals("target") && s.dependents(w.index()).stream()
                    .anyMatch(d -> (d.relation().startsWith("nmod") || d.relation().startsWith("acl") || d.relation().equals("dep"))
                            && d.index() > w.index() && subtreeHas(s, d, QUANTITIES))) {
                // "with a longer-term target of $10 billion": the cue is the whole phrase up to the amount
                int end = w.end();
                for (Word d : s.dependents(w.index())) {
                    int first = s.phraseFirst(d.index());
                    if (d.index() > w.index() && s.words().get(first).lemma().equalsIgnoreCase("of") && first + 1 < s.words().size()) {
                        end = s.words().get(first + 1).start();
                        break;
                    }
                }
                return Optional.of(new CommitmentCue(Modality.AGREED, s.words().get(phraseStart(s, w)).start(), end, false, w.index()));
            }
        }
        return Optional.empty();
    }

    /**
     * A step of a programme, not an undertaking: "will arrive on Wednesday", "will attend a welcoming
     * ceremony", "will hold talks with", "will join the exercise", "will discuss cooperation".
     */
    private static boolean itinerary(Sentence s, Word verb) {
        String lemma = verb.lemma().toLowerCase(Locale.ROOT);
        if (ITINERARY_VERBS.contains(lemma)) {
            return true;
        }
        return TAKING_PART_VERBS.contains(lemma) && s.dependents(verb.index()).stream()
                .anyMatch(d -> (d.relation().equals("obj") || d.relation().startsWith("obl"))
                        && EVENT_NOUNS.contains(d.lemma().toLowerCase(Locale.ROOT)));
    }

    /** A cue at {@code w} whose undertaking is the clause it governs, beginning after its "to" or "that". */
    private static Optional<CommitmentCue> clause(Sentence s, Word w, Modality m, boolean needsActor) {
        for (Word d : s.dependents(w.index())) {
            String rel = d.relation();
            boolean clausal = CLAUSES.contains(rel) || rel.startsWith("acl:") || rel.startsWith("advcl:")
                    || rel.equals("obl:in") && d.tag().equals("VBG") && w.tag().startsWith("JJ"); // "unanimous in coordinating"
            if (!clausal && d.index() > w.index() && proposedToWhom(s, w, d, m)) {
                return cueTo(w, d.start(), m, needsActor, d.index());
            }
            if (!clausal || d.index() < w.index()) {
                continue;
            }
            if (w.noun() && rel.startsWith("acl") && (d.tag().equals("VBN") || d.tag().equals("VBD"))
                    && s.dependents(d.index()).stream().noneMatch(x -> x.relation().startsWith("nsubj") || x.relation().equals("mark"))) {
                continue; // "the consensus reached on trade": a participle says what became of it, not what it undertakes
            }
            if (m == Modality.PROPOSED && rel.equals("xcomp")
                    && s.dependents(w.index()).stream().noneMatch(x -> x.relation().equals("obj"))) {
                continue; // "suggested raising the level": no party is asked to do anything
            }
            if (m == Modality.PLANNED && itinerary(s, d)) {
                continue; // "are set to hold a meeting", "plan to visit the plant": a schedule, as with "will"
            }
            if (rel.startsWith("advcl") && !infinitiveOrGerund(s, d)) {
                continue; // "…, while Norland pledged …" is a clause of its own, not this one's complement
            }
            if (s.dependents(d.index()).stream().anyMatch(x -> x.relation().startsWith("aux:pass"))) {
                continue; // "ready to be handed over": what is done to a thing, not what a party undertakes
            }
            if (rel.equals("ccomp") && !modal(s, d) && !m.equals(Modality.PROPOSED)
                    && s.dependents(d.index()).stream().noneMatch(x -> x.relation().equals("mark") && x.lemma().equalsIgnoreCase("to"))) {
                continue; // "agreed that relations are good" states a view; "agreed that X would" undertakes
            }
            int first = s.phraseFirst(d.index());
            Word lead = s.words().get(first);
            if (rel.equals("ccomp") && lead.lemma().equalsIgnoreCase("that")) {
                // "pledged that the Ministry of Energy would …": the clause's subject must be a party
                Optional<Word> subject = s.dependents(d.index()).stream()
                        .filter(x -> x.relation().startsWith("nsubj")).findFirst();
                if (subject.isEmpty() || !party(s, subject.get(), m == Modality.PROPOSED)) {
                    continue;
                }
                // the undertaking is what the clause's subject will do, so its area is not read from the subject's name
                int verbStart = s.dependents(d.index()).stream().filter(x -> x.relation().equals("aux") && x.index() > subject.get().index())
                        .mapToInt(Word::start).min().orElse(d.start());
                return cueTo(w, verbStart, m, needsActor, d.index());
            }
            String leadText = lead.text().toLowerCase(Locale.ROOT);
            int end = (leadText.equals("to") || leadText.equals("that") || leadText.equals("in")) && first + 1 < s.words().size()
                    ? (leadText.equals("that") ? lead.end() : s.words().get(first + 1).start()) : lead.start();
            if (end <= w.start()) {
                continue;
            }
            return cueTo(w, end, m, needsActor, d.index());
        }
        // the parser sometimes hangs "to opening …" on the "to" itself: a "to" governing a verb is a clause
        for (Word d : s.dependents(w.index())) {
            if (d.index() > w.index() && d.lemma().equalsIgnoreCase("to")) {
                for (Word v : s.dependents(d.index())) {
                    if (v.verb() && v.index() == d.index() + 1) {
                        return cueTo(w, v.start(), m, needsActor, v.index());
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Suggested the two sides actively implement the agreements": a proposal's mandative clause, whose verb in its
     * base form the parser often joins to the proposing verb as a conjunct. A base-form verb without a subject of its
     * own after the proposal's object cannot be a second predicate of the proposer (that would be "suggested … and
     * implemented"); it is what the object is asked to do.
     */
    private static boolean proposedToWhom(Sentence s, Word w, Word d, Modality m) {
        return m == Modality.PROPOSED && PUTTING_FORWARD.contains(w.lemma().toLowerCase(Locale.ROOT))
                && d.relation().startsWith("conj") && d.tag().equals("VB")
                && s.dependents(d.index()).stream().noneMatch(x -> x.relation().startsWith("nsubj"))
                && s.dependents(w.index()).stream().anyMatch(x -> x.relation().equals("obj") && x.index() < d.index());
    }

    /**
     * Whether the subject of an undertaking's clause can be a party: a name, a person, a definite
     * body ("the ministry", "the two sides"); not "it", "there" or a bare thing ("relations"). A
     * proposal may ask anyone ("proposed that member countries ratify …").
     */
    private static boolean party(Sentence s, Word subject, boolean proposal) {
        String text = subject.text().toLowerCase(Locale.ROOT);
        if (Set.of("it", "this", "there", "that", "which", "these", "those").contains(text)) {
            return false;
        }
        if (proposal || subject.properNoun() || subject.tag().equals("PRP")) {
            return true;
        }
        if (subject.named() || s.dependents(subject.index()).stream().anyMatch(d -> d.named() || d.properNoun()
                || d.relation().equals("nummod") || d.relation().equals("nmod:poss"))) {
            return true; // "the Ministry of Energy", "the two sides", "Norland's government"
        }
        return PARTY_NOUNS.contains(subject.lemma().toLowerCase(Locale.ROOT)); // "the ministry", "the Lao side"
    }

    /**
     * Whether the head of a modal's subject is one who can undertake: a pronoun other than "it", a
     * name, a party noun ("the ministry", "the Lao side"), or a counted plural ("the two capital
     * cities", "both leaders"). The head decides, not the words around it: "Cà Mau's plan" is a plan.
     */
    static boolean partyHead(Sentence s, Word subject) {
        String text = subject.text().toLowerCase(Locale.ROOT);
        if (Set.of("it", "this", "there", "that", "which", "these", "those").contains(text)) {
            return false;
        }
        if (subject.tag().equals("PRP") || subject.properNoun() || subject.named()
                || PARTY_NOUNS.contains(subject.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Word d : s.dependents(subject.index())) {
            String rel = d.relation();
            if (d.index() > subject.index() && (d.properNoun() || d.named())
                    && (rel.equals("appos") || rel.startsWith("flat") || rel.equals("compound") || rel.equals("dep"))) {
                return true; // "the state coal miner PT Bukit Asam": a name after the head names the subject
            }
        }
        return subject.tag().equals("NNS") && s.dependents(subject.index()).stream()
                .anyMatch(d -> d.relation().equals("nummod") || d.lemma().equalsIgnoreCase("both"));
    }

    /** "The two sides", "both leaders", "they": the subject of {@code verb} stands for the parties together. */
    private static boolean jointSubject(Sentence s, Word verb) {
        return s.dependents(verb.index()).stream().filter(d -> d.relation().equals("nsubj")).anyMatch(d ->
                Set.of("they", "we", "both").contains(d.lemma().toLowerCase(Locale.ROOT))
                        || d.tag().equals("NNS") && s.dependents(d.index()).stream()
                        .anyMatch(x -> x.relation().equals("nummod") || x.lemma().equalsIgnoreCase("both"))
                        || s.dependents(d.index()).stream().anyMatch(x -> x.relation().startsWith("conj")));
    }

    /**
     * Whether a proposing verb's object names an act on something: a common noun, no name, with an
     * "of" phrase after it ("an increase of cooperation", "the exchange of visits between army chiefs").
     */
    private static boolean proposedAct(Sentence s, Word verb) {
        for (Word o : s.dependents(verb.index())) {
            if (!o.relation().equals("obj") || o.index() < verb.index() || !o.noun() || o.properNoun() || o.named()) {
                continue;
            }
            for (Word d : s.dependents(o.index())) {
                if (d.index() > o.index() && d.relation().equals("nmod:of") && d.noun()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a noun's "of" names an action: a gerund ("the importance of maintaining peace"), which
     * the tagger may read as a noun before another ("of further strengthening cooperation").
     */
    private static boolean ofAction(Sentence s, Word noun) {
        for (Word d : s.dependents(noun.index())) {
            if (d.index() < noun.index() || !(d.relation().equals("nmod:of") || d.relation().equals("acl:of") || d.relation().equals("advcl:of"))) {
                continue;
            }
            if (d.tag().equals("VBG")) {
                return true;
            }
            for (Word x : s.dependents(d.index())) {
                boolean gerund = x.tag().equals("VBG") || x.tag().equals("NN") && x.relation().equals("compound")
                        && x.text().toLowerCase(Locale.ROOT).endsWith("ing");
                if (x.index() < d.index() && gerund) {
                    return true; // "of maintaining peace", "of further strengthening cooperation"
                }
            }
        }
        return false;
    }

    /** "to build", "in coordinating", "building": a clause with no subordinator of its own. */
    private static boolean infinitiveOrGerund(Sentence s, Word clauseHead) {
        List<Word> marks = s.dependents(clauseHead.index()).stream()
                .filter(x -> x.relation().equals("mark") || x.relation().equals("case")).toList();
        if (marks.isEmpty()) {
            return clauseHead.tag().equals("VBG");
        }
        return marks.stream().anyMatch(x -> x.lemma().equalsIgnoreCase("to"))
                || marks.stream().allMatch(x -> x.lemma().equalsIgnoreCase("in"));
    }

    /** "would likely raise", "will probably join": a forecast, not an undertaking. */
    private static boolean hedged(Sentence s, Word verb) {
        return s.dependents(verb.index()).stream().anyMatch(d -> d.relation().equals("advmod")
                && HEDGES.contains(d.lemma().toLowerCase(Locale.ROOT)));
    }

    private static Optional<CommitmentCue> cueTo(Word w, int end, Modality m, boolean needsActor) {
        return cueTo(w, end, m, needsActor, -1);
    }

    private static Optional<CommitmentCue> cueTo(Word w, int end, Modality m, boolean needsActor, int clause) {
        return Optional.of(new CommitmentCue(m, w.start(), Math.max(end, w.end()), needsActor, clause));
    }

    private static boolean modal(Sentence s, Word clauseHead) {
        return s.dependents(clauseHead.index()).stream().anyMatch(d -> d.relation().equals("aux")
                && Set.of("will", "would", "shall", "should", "must").contains(d.text().toLowerCase(Locale.ROOT)));
    }

    private static boolean negated(Sentence s, Word w) {
        Word verb = w.relation().equals("aux") && w.head() >= 0 ? s.words().get(w.head()) : w;
        return s.dependents(verb.index()).stream().anyMatch(d -> d.relation().equals("advmod")
                && (d.lemma().equalsIgnoreCase("not") || d.lemma().equalsIgnoreCase("never")));
    }

    /**
     * True when {@code w} stands inside the clause an earlier cue governs: "agreed to continue to
     * strengthen", "agreed that the ministries would study" are one undertaking each.
     */
    private static boolean insideUndertaking(Sentence s, Word w, List<Word> cueWords) {
        Word at = w.relation().equals("aux") && w.head() >= 0 ? s.words().get(w.head()) : w;
        int guard = 0;
        while (at.head() >= 0 && guard++ < s.words().size()) {
            Word head = s.words().get(at.head());
            String rel = at.relation();
            boolean ownSubject = s.dependents(at.index()).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
            if (ownSubject && (rel.startsWith("conj") || rel.startsWith("advcl") || rel.equals("parataxis"))) {
                return false; // "…, while Norland pledged …", "… and Sudland pledged …": another party's undertaking
            }
            boolean clausal = rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("advcl") || rel.startsWith("acl");
            if (clausal && cueWords.contains(head)) {
                return true;
            }
            at = head;
        }
        return false;
    }

    /**
     * The cue with the subject of the clause it undertakes for: the subject of the modal's verb
     * ("the two capital cities should adopt"), or of the verb it is conjoined to or completes
     * when it has none of its own ("China and Laos will meet and will sign": both have "China and Laos").
     */
    private static CommitmentCue withSubject(Sentence s, Word cueWord, CommitmentCue cue) {
        Word verb = cueWord.relation().equals("aux") && cueWord.head() >= 0 ? s.words().get(cueWord.head()) : cueWord;
        for (int climb = 0; climb < 3 && verb != null; climb++) {
            Optional<Word> subject = s.dependents(verb.index()).stream()
                    .filter(d -> d.relation().startsWith("nsubj") && !d.relation().startsWith("nsubj:pass")).findFirst();
            if (subject.isPresent()) {
                Word subj = subject.get();
                if (!partyHead(s, subj)) {
                    // "exchanges of visits …, and both sides will expand": the parser conjoined the party to another subject
                    for (Word conjunct : s.dependents(subj.index())) {
                        if (conjunct.relation().startsWith("conj") && partyHead(s, conjunct)) {
                            return cue.withSubject(conjunct.index(), true);
                        }
                    }
                }
                return cue.withSubject(subj.index(), partyHead(s, subj));
            }
            boolean shares = verb.relation().startsWith("conj") || verb.relation().equals("xcomp");
            verb = shares && verb.head() >= 0 ? s.words().get(verb.head()) : null;
        }
        return cue;
    }

    /** Where the phrase {@code d} heads begins, after its leading preposition ("on both sides" → "both"). */
    private static int startAfterPreposition(Sentence s, Word d) {
        int first = s.phraseFirst(d.index());
        Word lead = s.words().get(first);
        return lead.tag().equals("IN") && first + 1 < s.words().size() ? s.words().get(first + 1).start() : lead.start();
    }

    /** The first of the words before {@code w} that belong to its phrase: its preposition, article, modifiers. */
    private static int phraseStart(Sentence s, Word w) {
        int min = w.index();
        for (Word d : s.dependents(w.index())) {
            if (d.index() < w.index()) {
                min = Math.min(min, s.phraseFirst(d.index()));
            }
        }
        return min;
    }


    private static boolean subtreeHas(Sentence s, Word w, Set<String> entityClasses) {
        if (entityClasses.contains(w.entity())) {
            return true;
        }
        for (Word d : s.dependents(w.index())) {
            if (subtreeHas(s, d, entityClasses)) {
                return true;
            }
        }
        return false;
    }

}
