package org.diplomacykg.facts.commitments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.facts.CommitmentFact;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.EventFact;
import org.diplomacykg.facts.EventType;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.Modality;
import org.diplomacykg.facts.PolicyArea;
import org.diplomacykg.facts.ProjectFact;
import org.diplomacykg.facts.Slugs;
import org.diplomacykg.facts.TargetFact;
import org.diplomacykg.facts.reading.Clauses;
import org.diplomacykg.facts.reading.ReadingContext;
import org.diplomacykg.mention.Mention;

/**
 * The commitment façade. For each sentence: find the modality cues, drop beliefs, forecasts and
 * "will" clauses whose subject is not a party, read one undertaking per cue from the parse (the
 * clause the cue governs, each verb conjoined to it an undertaking of its own with the same cue
 * and party; see {@link #undertakings}), join neighbours that are one undertaking (same party,
 * same area, no sum of their own), and make one {@link CommitmentFact} of each, with its parties
 * (from the cue's subject), area, targets, deadline, projects and the event it was made at.
 *
 * <pre>
 * List&lt;CommitmentFact&gt; cs = new CommitmentRules().extract(ctx, events, projects);
 * </pre>
 */
public final class CommitmentRules {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern BELIEF_THAT = Pattern.compile(
            "(?i)\\b(?:belief|believes?|believed|confidence|confident|hopes?|hoped|expects?|expected|trusts?)\\s+that\\b");
    private static final Pattern METRIC_BEFORE = Pattern.compile(
            "(?i)\\b(?:raise|raising|increase|increasing|boost|boosting|bring|bringing|lift|lifting|push|pushing|grow|double|reduce|cut)\\s+"
                    + "(?:the\\s+)?((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)\\s+(?:to|by)\\s*$");
    private static final Pattern TWO_WAY_TRADE = Pattern.compile(
            "(?:two-way |bilateral )?(?:trade(?: turnover| value)?|turnover)");
    private static final Pattern METRIC_AFTER = Pattern.compile(
            "(?i)^\\s+(?:in\\s+|of\\s+|for\\s+)?((?:[\\p{L}-]+\\s+){0,2}(?:trade|turnover|investment|investments|exports|imports|aid|"
                    + "revenue|capital|funding|loans?|grants?|value|output|arrivals|visitors|tourists))\\b");

    private static final Pattern SPOKEN = Pattern.compile(
            "(?i)\\b(?:said|says|stated|noted|added|told|stressed|emphasi[sz]ed|affirmed|reaffirmed|pledged|vowed|promised|assured|"
                    + "announced|reiterated|undertook|committed)\\b");
    private static final Pattern COUNT = Pattern.compile(
            "(?i)\\b(?:grant|offer|provide|train|award|send|build|create|deploy|admit|recruit)(?:s|ed|ing)?\\s+"
                    + "(?:about\\s+|some\\s+|more\\s+than\\s+|up\\s+to\\s+|at\\s+least\\s+|an\\s+additional\\s+)?"
                    + "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+s)\\b(?!\\s*(?:per\\s*cent|percent))");
    private static final Pattern INVITATION = Pattern.compile(
            "(?i)invit(?:ed|es|ing)\\s+[^.;]{1,100}?\\bto\\s+(?:pay\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?visit|visit|attend)\\b");
    private static final Pattern MONEY_ONLY = Pattern.compile(
            "(?i)(?:[\\p{L}-]+\\s+){0,2}?(?:aid|assistance|loans?|grants?|funding|capital|credit)");
    private static final Pattern LOAN = Pattern.compile("\\b(?:loans?|grants?|credit|aid|assistance)\\b");
    /** Entity classes of a stated quantity: a sum, a count, a share (a year is a DATE). */
    private static final Set<String> QUANTITIES = Set.of("MONEY", "NUMBER", "PERCENT");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");

    private final CommitmentRule rule = new CommitmentRule();
    private final PolicyAreaClassifier areas = new PolicyAreaClassifier();
    private final AmountParser amounts = new AmountParser();
    private final DeadlineParser deadlines = new DeadlineParser();
    private final SignedInstruments instruments = new SignedInstruments();

    public List<CommitmentFact> extract(ReadingContext ctx, List<EventFact> events, List<ProjectFact> projects) {
        List<CommitmentFact> out = new ArrayList<>();
        String stem = Slugs.slug(ctx.document().article().file().stem());
        EntityRef protagonist = null;
        for (Sentence s : ctx.sentences()) {
            if (s.heading()) {
                continue;
            }
            String text = s.text();
            List<CommitmentCue> cues = new ArrayList<>();
            for (CommitmentCue cue : rule.cues(s)) {
                if (keep(cue, s, ctx)) {
                    cues.add(cue);
                }
            }
            List<Mention> lead = ctx.mentions(s.index(), 0, Math.min(text.length(), 60), EntityKind.PERSON);
            int before = 0;
            List<Undertaking> said = undertakings(s, ctx, cues);
            for (Undertaking u : said) {
                out.add(commitment(stem + "-c" + (out.size() + 1), s, u, before, ctx, events, projects, protagonist));
                before = u.end();
            }
            for (SignedInstruments.SignedInstrument signed : instruments.find(s)) {
                int from = s.words().get(signed.first()).start();
                int to = s.words().get(signed.last()).end();
                if (said.stream().noneMatch(u -> u.start() < to && from < u.end())) {
                    // an undertaking read from a cue over the same words ("an agreement to build …") is this one already
                    out.add(signedCommitment(stem + "-c" + (out.size() + 1), s, signed, ctx, events, projects));
                }
            }
            if (!lead.isEmpty()) {
                protagonist = lead.get(0).ref();
            }
        }
        return out;
    }

    private boolean keep(CommitmentCue cue, Sentence s, ReadingContext ctx) {
        String text = s.text();
        if (BELIEF_THAT.matcher(text.substring(0, cue.start())).find()) {
            return false;
        }
        String cueWords = text.substring(cue.start(), cue.end()).toLowerCase(Locale.ROOT);
        if (cueWords.contains("target") && NegativeCues.reported(text)) {
            return false;
        }
        if (LOAN.matcher(cueWords).find() && (NegativeCues.reported(text) || NegativeCues.spent(text))) {
            return false;
        }
        if (cueWords.startsWith("would") && !SPOKEN.matcher(text.substring(0, cue.start())).find()) {
            // "would" undertakes only in reported speech; elsewhere it describes or supposes
            return false;
        }
        if (cueWords.endsWith("that")) {
            // "pledged that X would …": the parse's subject of the clause is a party, and the clause has a modal
            Optional<Word> subject = cue.clause() < 0 ? Optional.empty() : nominalSubject(s, s.words().get(cue.clause()));
            return subject.isPresent() && CommitmentRule.partyHead(s, subject.get())
                    && s.dependents(cue.clause()).stream().anyMatch(d -> d.tag().equals("MD"));
        }
        if (cue.needsActor()) {
            // "the two capital cities should …", "Norland will …": the parse's subject of the modal's clause is a party
            return cue.partySubject() && s.words().get(cue.subject()).start() < cue.start() || namedParty(s, ctx, cue);
        }
        return true;
    }

    /**
     * One undertaking of a sentence, in {@code char} offsets of its text: where its quote opens
     * ({@code start}: the cue, the modal's subject, or a conjoined verb) and ends, and the words it
     * spans.
     *
     * @param conjunct true for a verb conjoined to another undertaking's clause ("agreed to A and
     *                 B"): it shares that one's cue and party, its quote is its own words
     */
    private record Undertaking(CommitmentCue cue, int start, int end, int firstWord, int lastWord, boolean conjunct) {
        Undertaking through(Undertaking next) {
            return new Undertaking(cue, start, Math.max(end, next.end), firstWord, Math.max(lastWord, next.lastWord), conjunct);
        }
    }

    /**
     * The undertakings of a sentence, read from the parse: each cue's clause (its complement, or
     * its own phrase when it takes a thing) up to the clause's last word, without a comment set
     * off by a comma (", thereby deepening …", ", which …"), a clause beside it (", he said") or
     * a conjoined verb; each verb conjoined to the clause is an undertaking of its own with the
     * same cue. A cue that is not a verb inside an undertaking ("…, with a longer-term target of
     * $10 billion") belongs to it. Neighbours then join (see {@link #joins}).
     */
    private List<Undertaking> undertakings(Sentence s, ReadingContext ctx, List<CommitmentCue> cues) {
        List<Undertaking> units = new ArrayList<>();
        for (CommitmentCue cue : cues) {
            Word cueWord = wordAt(s, cue.start());
            int holder = -1;
            for (int i = units.size() - 1; i >= 0 && holder < 0; i--) {
                Undertaking u = units.get(i);
                boolean inside = u.firstWord() <= cueWord.index() && cueWord.index() <= u.lastWord();
                boolean thingInClause = !cueWord.verb() && !cueWord.tag().equals("MD")
                        && within(s, cueWord.index(), wordAt(s, u.cue().start()).index());
                Optional<Word> subject = subjectOf(s, cue);
                boolean ownParty = subject.isPresent() && subject.get().index() > wordAt(s, u.cue().start()).index();
                if ((inside || thingInClause) && !ownParty) {
                    holder = i;
                }
            }
            int head = cue.clause() >= 0 ? cue.clause() : cueWord.index();
            Set<Integer> conjuncts = conjoinedVerbs(s, head);
            int last = lastWord(s, head, conjuncts);
            conjuncts.addAll(mandativeItems(s, cueWord, cue));
            if (holder >= 0) {
                Undertaking u = units.get(holder);
                units.set(holder, u.through(new Undertaking(cue, u.start(), quoteEnd(s, cue, u.start(), last), u.firstWord(), last, false)));
                continue;
            }
            int start = cue.needsActor() ? Math.min(cue.start(), cue.subject() >= 0 ? subjectStart(s, cue) : namedStart(s, ctx, cue))
                    : cue.start();
            units.add(new Undertaking(cue, start, quoteEnd(s, cue, start, last), wordAt(s, start).index(), last, false));
            if (cue.clause() < 0) {
                continue; // a cue over a thing: its conjoined verbs are other predicates, not more of the same undertaking
            }
            for (int c : conjuncts) {
                boolean ownCue = cues.stream().map(other -> wordAt(s, other.start()))
                        .anyMatch(w -> w.index() == c || w.head() == c && w.relation().equals("aux"));
                if (ownCue || s.dependents(c).stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
                    continue; // a clause with its own subject, or a verb with its own cue ("and will allocate"), is read on its own
                }
                int first = conjunctFirst(s, c);
                int lastOfConjunct = lastWord(s, c, conjoinedVerbs(s, c));
                units.add(new Undertaking(cue, s.words().get(first).start(),
                        Clauses.trimEnd(s.text(), s.words().get(first).start(), s.words().get(lastOfConjunct).end()),
                        first, lastOfConjunct, true));
            }
        }
        units.sort(java.util.Comparator.comparingInt(Undertaking::start));
        List<Undertaking> joined = new ArrayList<>();
        for (Undertaking u : units) {
            int at = joined.size() - 1;
            if (at >= 0 && joins(s, at == 0 ? 0 : joined.get(at - 1).end(), joined.get(at), u)) {
                joined.set(at, joined.get(at).through(u));
            } else {
                joined.add(u);
            }
        }
        return joined;
    }

    /**
     * Whether an undertaking is more of the one before. Never when it has a party of its own (a
     * subject after the earlier cue: "X committed to A, while Y pledged to B") or a sum of its own
     * ("…, and raise trade to US$5 billion": a target apart). Steps conjoined under one cue join
     * ("agreed to facilitate trade, expand market access and …" is one undertaking as it is said;
     * split, the steps read as separate undertakings the articles' readers do not count). The
     * clauses of two cues join when they are about the same policy area (read from the sentence up
     * to the earlier one's end).
     */
    private boolean joins(Sentence s, int context, Undertaking before, Undertaking next) {
        if (next.start() < before.end()) {
            return true; // overlapping words are one undertaking
        }
        Optional<Word> subject = next.conjunct() ? Optional.empty() : subjectOf(s, next.cue());
        if (subject.isPresent() && subject.get().index() > wordAt(s, before.cue().start()).index()) {
            return false; // "X committed to A, while Y pledged to B"
        }
        for (int i = next.firstWord(); i <= next.lastWord(); i++) {
            Word w = s.words().get(i);
            if (QUANTITIES.contains(w.entity()) && w.text().chars().anyMatch(Character::isDigit) && !YEAR.matcher(w.text()).matches()) {
                return false; // a stated sum or count ("US$5 billion", "300 scholarships"), not "the two countries", not "the 1982 Convention"
            }
        }
        if (next.cue().equals(before.cue())) {
            return true; // steps conjoined under one cue are one undertaking, as the cue states them together
        }
        String text = s.text();
        String after = text.substring(next.start(), next.end());
        Map<PolicyArea, Double> earlier = areas.scores(text.substring(Math.min(context, before.start()), before.end()));
        return areas.scores(after).isEmpty() || earlier.containsKey(areas.classify(after));
    }

    /**
     * Where the quote of an undertaking ends: at its clause's last word, or before the clause that
     * reports it. No cut by length: a long list of steps is quoted whole, so each step stays findable in it.
     */
    private static int quoteEnd(Sentence s, CommitmentCue cue, int start, int lastWord) {
        int end = Math.max(start, Math.min(Clauses.trimEnd(s.text(), start, s.words().get(lastWord).end()), speakerAfter(s, cue)));
        return closingQuotationMark(s.text(), start, end);
    }

    /** {@code end} past a closing quotation mark whose opening one the quote holds ('of "peaceful evolution"'). */
    private static int closingQuotationMark(String text, int start, int end) {
        if (end >= text.length()) {
            return end;
        }
        String quoted = text.substring(start, end);
        char next = text.charAt(end);
        boolean straight = next == '"' && quoted.chars().filter(c -> c == '"').count() % 2 == 1;
        boolean curly = next == '”' && quoted.chars().filter(c -> c == '“').count() > quoted.chars().filter(c -> c == '”').count();
        return straight || curly ? end + 1 : end;
    }

    /**
     * "requested that the Vietnamese side continue to support A, hold B, and maintain C": the parser may conjoin the
     * later items of a proposal's "that" clause to the proposing verb itself. A base-form verb without a subject,
     * conjoined to a past-tense verb of proposing after its clause, cannot be the proposer's second predicate (that
     * would be "requested … and held"); it is another item of the clause.
     */
    private static Set<Integer> mandativeItems(Sentence s, Word cueWord, CommitmentCue cue) {
        Set<Integer> out = new java.util.LinkedHashSet<>();
        if (cue.modality() != Modality.PROPOSED && cue.modality() != Modality.URGED || cue.clause() < 0 || !cueWord.verb()
                || !cueWord.tag().equals("VBD") || !s.words().get(cue.clause()).relation().equals("ccomp")) {
            return out;
        }
        for (Word d : s.dependents(cueWord.index())) {
            if (d.relation().startsWith("conj") && d.index() > cue.clause() && (d.tag().equals("VB") || d.tag().equals("VBP"))
                    && s.dependents(d.index()).stream().noneMatch(x -> x.relation().startsWith("nsubj"))) {
                out.add(d.index());
            }
        }
        return out;
    }

    /**
     * The verbs conjoined in a clause ("agreed to facilitate trade, expand market access and work
     * …"): verbs of the same form as the one they are conjoined to, without a subject of their own,
     * anywhere in the clause's words (the parser may hang a list of steps on a noun before it).
     */
    private static Set<Integer> conjoinedVerbs(Sentence s, int head) {
        Set<Integer> out = new java.util.LinkedHashSet<>();
        for (Word d : s.dependents(head)) {
            if (d.index() < head || comment(s, d)) {
                continue;
            }
            Word governor = s.words().get(head);
            if (d.relation().startsWith("conj") && d.verb() && governor.verb() && d.tag().equals(governor.tag())
                    && s.dependents(d.index()).stream().noneMatch(x -> x.relation().startsWith("nsubj"))) {
                out.add(d.index());
            } else {
                out.addAll(conjoinedVerbs(s, d.index()));
            }
        }
        return out;
    }

    /**
     * The last word of the clause headed by {@code head}, without the subtrees {@code cut} and
     * without what comments on the clause rather than stating it (see {@link #comment}).
     */
    private static int lastWord(Sentence s, int head, Set<Integer> cut) {
        int last = head;
        for (Word d : s.dependents(head)) {
            if (d.index() > head && !cut.contains(d.index()) && !comment(s, d)) {
                int end = lastWord(s, d.index(), cut);
                if (!d.relation().equals("punct") || end > d.index()) {
                    last = Math.max(last, end); // a closing full stop is no word of the clause; words the parser hangs on a comma are
                }
            }
        }
        return last;
    }

    /**
     * A part of a clause that is not the undertaking, set off by a comma: a clause set beside it
     * ("…; agreed to …", "…, he said"), a relative clause (", which …"), a participle that
     * comments ("…, thereby deepening …", "…, contributing to …"; not "…, striving to …", an
     * undertaking itself, unless another party is its subject), a clause opened by "while" or
     * "whereas".
     */
    private static boolean comment(Sentence s, Word d) {
        String rel = d.relation();
        if (rel.equals("parataxis")) {
            return true;
        }
        int first = s.phraseFirst(d.index());
        boolean setOff = s.words().get(first).text().equals(",") || first > 0 && s.words().get(first - 1).text().equals(",");
        List<Word> deps = s.dependents(d.index());
        boolean ownSubject = deps.stream().anyMatch(x -> x.relation().startsWith("nsubj"));
        if (!setOff || !d.verb() || CommitmentRule.undertakingPredicate(d) && !ownSubject) {
            return false;
        }
        boolean relative = deps.stream().anyMatch(x -> x.index() < d.index() && x.tag().startsWith("W"));
        boolean purpose = deps.stream().anyMatch(x -> x.relation().equals("mark") && (x.lemma().equalsIgnoreCase("to") || x.lemma().equalsIgnoreCase("in")));
        boolean contrast = deps.stream().anyMatch(x -> x.relation().equals("mark")
                && Set.of("while", "whereas", "as").contains(x.lemma().toLowerCase(Locale.ROOT)));
        boolean participle = (d.tag().equals("VBG") || d.tag().equals("VBN")) && !purpose
                && deps.stream().noneMatch(x -> x.relation().equals("mark") || x.relation().startsWith("aux") || x.relation().equals("case"));
        return rel.equals("acl:relcl") || relative || contrast || participle && !rel.startsWith("conj") && !rel.equals("xcomp");
    }

    /** The first word of a conjoined verb's own words, after its "and" and comma. */
    private static int conjunctFirst(Sentence s, int conjunct) {
        int first = s.phraseFirst(conjunct);
        while (first < conjunct && Set.of("cc", "punct").contains(s.words().get(first).relation())) {
            first++;
        }
        return first;
    }

    /** True when word {@code i} is word {@code top} or stands in its subtree. */
    private static boolean within(Sentence s, int i, int top) {
        int at = i;
        for (int guard = 0; at >= 0 && guard <= s.words().size(); guard++) {
            if (at == top) {
                return true;
            }
            at = s.words().get(at).head();
        }
        return false;
    }

    /** The word that begins at {@code charStart}, or the first after it. */
    private static Word wordAt(Sentence s, int charStart) {
        for (Word w : s.words()) {
            if (w.end() > charStart) {
                return w;
            }
        }
        return s.words().get(s.words().size() - 1);
    }

    private static Optional<Word> nominalSubject(Sentence s, Word verb) {
        return s.dependents(verb.index()).stream()
                .filter(d -> d.relation().startsWith("nsubj") && !d.relation().startsWith("nsubj:pass")).findFirst();
    }

    /**
     * The subject of the one who undertakes: the subject the parse gives the modal's verb, else the
     * subject of the cue's word, or of the verb whose object it is or that it completes or is
     * conjoined to ("the two sides agreed to …", "reaffirmed their commitment to …").
     */
    private static Optional<Word> subjectOf(Sentence s, CommitmentCue cue) {
        if (cue.subject() >= 0) {
            return Optional.of(s.words().get(cue.subject()));
        }
        Word at = wordAt(s, cue.start());
        if (at.relation().equals("aux") && at.head() >= 0) {
            at = s.words().get(at.head());
        }
        for (int climb = 0; climb < 4; climb++) {
            Optional<Word> subject = nominalSubject(s, at);
            if (subject.isPresent()) {
                return subject;
            }
            String rel = at.relation();
            boolean shares = rel.startsWith("conj") || rel.equals("xcomp") || rel.equals("obj");
            if (!shares || at.head() < 0) {
                return Optional.empty();
            }
            at = s.words().get(at.head());
        }
        return Optional.empty();
    }

    /**
     * A party the gazetteer names as the subject of a modal the parser tagged otherwise: the
     * mention covers the subject's head ("the 10th-legislature NA would"), or, when the parse
     * gives the verb no subject, ends right before the modal ("in 2026 Việt Nam will grant", read
     * as one phrase "in 2026 Việt Nam"), with at most adverbs between.
     */
    private static boolean namedParty(Sentence s, ReadingContext ctx, CommitmentCue cue) {
        if (cue.subject() >= 0) {
            Word head = s.words().get(cue.subject());
            return head.start() < cue.start() && ctx.mentions(s.index(), 0, cue.start(), EntityKind.PERSON, EntityKind.COUNTRY,
                    EntityKind.ORGANIZATION).stream().anyMatch(m -> m.start() <= head.start() && head.end() <= m.end());
        }
        return partyRightBefore(s, ctx, cue).isPresent();
    }

    /** The party the gazetteer names right before the cue, with at most adverbs between ("Việt Nam will", "China also will"). */
    private static Optional<Mention> partyRightBefore(Sentence s, ReadingContext ctx, CommitmentCue cue) {
        return ctx.mentions(s.index(), 0, cue.start(), EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.ORGANIZATION).stream()
                .filter(m -> s.words().stream().filter(w -> w.start() >= m.end() && w.end() <= cue.start())
                        .allMatch(w -> w.tag().startsWith("RB")))
                .findFirst();
    }

    /**
     * Where a modal's undertaking is quoted from: its own subject's phrase ("the two sides will
     * …"); a subject shared with an earlier verb ("Cambodia adhered to … and would also
     * cooperate") is not repeated, the quote opens at the modal.
     */
    private static int subjectStart(Sentence s, CommitmentCue cue) {
        Word subject = s.words().get(cue.subject());
        Word whole = subject; // a conjunct of the subject ("X and both sides") stands where the whole subject does
        while (whole.relation().startsWith("conj") && whole.head() >= 0) {
            whole = s.words().get(whole.head());
        }
        int verb = whole.head();
        // the cue's word is the modal on the subject's verb, or the verb itself ("the two sides aim to …")
        boolean own = s.words().stream().anyMatch(w -> w.start() == cue.start() && (w.head() == verb || w.index() == verb));
        if (!own) {
            return cue.start();
        }
        int first = s.phraseFirst(subject.index());
        while (first < subject.index() && Set.of("cc", "punct").contains(s.words().get(first).relation())) {
            first++; // "and both sides": the conjunction is not the party's
        }
        return s.words().get(first).start();
    }

    /** Where the party named right before a subject-less modal begins (see {@link #namedParty}). */
    private static int namedStart(Sentence s, ReadingContext ctx, CommitmentCue cue) {
        return partyRightBefore(s, ctx, cue).map(Mention::start).orElse(cue.start());
    }

    private CommitmentFact commitment(String slug, Sentence s, Undertaking u, int before, ReadingContext ctx,
                                      List<EventFact> events, List<ProjectFact> projects, EntityRef protagonist) {
        String text = s.text();
        CommitmentCue first = u.cue();
        int lead = u.start();
        int end = Math.max(lead, u.end());
        // what the sentence says before the undertaking ("By 2030, …", "Recognising defence as a pillar, …") tells its area and deadline
        int context = Math.min(before, lead);
        String words = text.substring(context, end);
        List<TargetFact> targets = targets(text.substring(lead, end));
        int about = u.conjunct() ? lead : Math.min(first.start(), end);
        if (!u.conjunct() && first.clause() >= 0) {
            // "pledged that the Ministry of Energy would ensure environmental safeguards": the subject's name is not the topic
            Optional<Word> subject = nominalSubject(s, s.words().get(first.clause()));
            if (subject.isPresent() && subject.get().start() >= first.start()) {
                int after = s.phraseLast(subject.get().index()) + 1;
                if (after < s.words().size()) {
                    about = Math.min(end, Math.max(about, s.words().get(after).start()));
                }
            }
        }
        PolicyArea area = area(text.substring(context, Math.max(context, Math.min(about, lead))), text.substring(about, end), targets);
        if (!u.conjunct() && INVITATION.matcher(text.substring(first.start(), end)).lookingAt()) {
            // an invitation to visit or to attend is a step in the relationship itself, whatever the occasion
            area = PolicyArea.POLITICAL;
        }
        List<String> concerns = new ArrayList<>();
        String folded = Slugs.fold(words).toLowerCase(Locale.ROOT);
        for (ProjectFact p : projects) {
            List<String> names = new ArrayList<>(p.altLabels());
            names.add(p.label());
            if (names.stream().anyMatch(n -> folded.contains(Slugs.fold(n).toLowerCase(Locale.ROOT))) && !concerns.contains(p.slug())) {
                concerns.add(p.slug());
            }
        }
        String label = first.modality().localName() + ": " + summary(text.substring(u.conjunct() ? lead : Math.min(first.end(), end), end));
        return new CommitmentFact(slug, label, first.modality(), area, parties(s, first, ctx, protagonist), targets,
                deadlines.find(words, ctx.published()), concerns, madeAt(events, s.index()), Evidence.of(s.quote(lead, end), s.index()));
    }

    /**
     * The commitment a signed instrument with stated content makes (see {@link SignedInstruments}):
     * quoted from the instrument through its content, committed by its signatories (the two sides
     * when the sentence does not name them), its area from the content, made at the signing event
     * the sentence tells.
     */
    private CommitmentFact signedCommitment(String slug, Sentence s, SignedInstruments.SignedInstrument signed, ReadingContext ctx,
                                            List<EventFact> events, List<ProjectFact> projects) {
        String text = s.text();
        int from = s.words().get(signed.first()).start();
        int to = s.words().get(signed.last()).end();
        // what follows the instrument; for an instrument named by its field ("the Currency Swap Agreement"), its name
        int instrumentEnd = s.words().get(signed.instrument()).end();
        String content = to > instrumentEnd ? text.substring(instrumentEnd, to) : text.substring(from, to);
        PolicyArea area = areas.scores(content).isEmpty() ? PolicyArea.POLITICAL : areas.classify(content);
        List<EntityRef> parties = new ArrayList<>();
        if (signed.signer() >= 0) {
            Word head = s.words().get(signed.signer());
            if (!plural(s, head)) {
                int a = s.words().get(s.phraseFirst(head.index())).start();
                int b = s.words().get(s.phraseLast(head.index())).end();
                List<Mention> ms = ctx.mentions(s.index(), a, b, EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.ORGANIZATION);
                List<Mention> persons = ms.stream().filter(m -> m.ref().kind() == EntityKind.PERSON).toList();
                for (Mention m : persons.isEmpty() ? ms : persons) {
                    if (!parties.contains(m.ref())) {
                        parties.add(m.ref());
                    }
                }
            }
        }
        if (parties.isEmpty()) {
            parties.addAll(ctx.twoCountries());
        }
        String folded = Slugs.fold(text.substring(from, to)).toLowerCase(Locale.ROOT);
        List<String> concerns = new ArrayList<>();
        for (ProjectFact p : projects) {
            List<String> names = new ArrayList<>(p.altLabels());
            names.add(p.label());
            if (names.stream().anyMatch(n -> folded.contains(Slugs.fold(n).toLowerCase(Locale.ROOT))) && !concerns.contains(p.slug())) {
                concerns.add(p.slug());
            }
        }
        String madeAt = events.stream()
                .filter(e -> e.type() == EventType.DOCUMENT_SIGNING && e.evidence().stream().anyMatch(ev -> ev.sentence() == s.index()))
                .map(EventFact::slug).findFirst().orElse(madeAt(events, s.index()));
        return new CommitmentFact(slug, Modality.AGREED.localName() + ": " + summary(text.substring(from, to)), Modality.AGREED, area,
                parties, targets(text.substring(from, to)), deadlines.find(text.substring(from, to), ctx.published()), concerns, madeAt,
                Evidence.of(s.quote(from, to), s.index()));
    }

    /**
     * Where the clause that reports the undertaking begins when it follows it ("…, he said"): the
     * sentence's root verb (or a verb set beside the undertaking, parataxis) after the cue, with its
     * subject; the undertaking is what it reports.
     */
    private static int speakerAfter(Sentence s, CommitmentCue cue) {
        for (Word root : s.words()) {
            boolean reporting = root.head() < 0 || root.relation().equals("parataxis"); // "…, he said" hangs either way
            if (reporting && root.start() > cue.end() && root.verb()) {
                int from = root.start();
                for (Word d : s.dependents(root.index())) {
                    if (d.relation().startsWith("nsubj") && d.start() > cue.end()) {
                        from = Math.min(from, s.words().get(s.phraseFirst(d.index())).start());
                    }
                }
                return Clauses.trimEnd(s.text(), cue.start(), from);
            }
        }
        return s.text().length();
    }

    /**
     * The area of an undertaking: what its own words name (those before the cue, such as
     * "Recognising defence and security as a pillar", count half); a stated target's metric
     * ("two-way trade") decides when it names an area.
     */
    private PolicyArea area(String lead, String undertaking, List<TargetFact> targets) {
        for (TargetFact t : targets) {
            // a sum of aid, loans or grants says how, not what for
            if (t.metric() != null && !areas.scores(t.metric()).isEmpty() && !MONEY_ONLY.matcher(t.metric()).matches()) {
                return areas.classify(t.metric());
            }
        }
        Map<PolicyArea, Double> score = new java.util.EnumMap<>(areas.scores(undertaking));
        areas.scores(lead).forEach((a, w) -> score.merge(a, w / 2, Double::sum));
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(PolicyArea.POLITICAL);
    }

    private static String summary(String rest) {
        String[] w = WHITESPACE.split(rest.strip());
        String joined = String.join(" ", java.util.Arrays.copyOf(w, Math.min(12, w.length)));
        return w.length > 12 ? joined + " …" : joined;
    }

    /**
     * Who undertakes: the parties named in the phrase of the cue's subject, as the parse gives it
     * (a person before the country they speak for); "the two sides", "both leaders", "they" are the
     * article's two countries; "he"/"she" the person the article last led a sentence with.
     */
    private List<EntityRef> parties(Sentence s, CommitmentCue cue, ReadingContext ctx, EntityRef protagonist) {
        Optional<Word> subject = subjectOf(s, cue);
        List<Mention> ms;
        if (subject.isPresent()) {
            Word head = subject.get();
            if (plural(s, head)) {
                return ctx.twoCountries();
            }
            int from = s.words().get(s.phraseFirst(head.index())).start();
            int to = s.words().get(s.phraseLast(head.index())).end();
            ms = ctx.mentions(s.index(), from, to, EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.ORGANIZATION);
        } else {
            ms = partyRightBefore(s, ctx, cue).map(List::of).orElse(List.of());
        }
        List<EntityRef> out = new ArrayList<>();
        List<Mention> persons = ms.stream().filter(m -> m.ref().kind() == EntityKind.PERSON).toList();
        for (Mention m : persons.isEmpty() ? ms : persons) {
            if (!out.contains(m.ref())) {
                out.add(m.ref());
            }
        }
        if (out.isEmpty() && subject.isPresent() && subject.get().tag().equals("PRP") && protagonist != null
                && Set.of("he", "she").contains(subject.get().lemma().toLowerCase(Locale.ROOT))) {
            out.add(protagonist);
        }
        if (out.isEmpty()) {
            // "They agreed …" said of the sentence before, a subject the gazetteer does not name: the article's two countries
            return ctx.twoCountries();
        }
        return out;
    }

    /** "They", "we", "both", "the two sides", "both leaders": a subject that stands for the parties together. */
    private static boolean plural(Sentence s, Word subject) {
        String lemma = subject.lemma().toLowerCase(Locale.ROOT);
        if (Set.of("they", "we", "both").contains(lemma)) {
            return true;
        }
        return subject.tag().startsWith("NNS") && !subject.properNoun() && s.dependents(subject.index()).stream()
                .anyMatch(d -> d.relation().equals("nummod") || d.lemma().equalsIgnoreCase("both"));
    }

    private List<TargetFact> targets(String words) {
        List<TargetFact> out = new ArrayList<>();
        String lastMetric = null;
        for (AmountParser.Amount a : amounts.find(words)) {
            String metric = null;
            Matcher before = METRIC_BEFORE.matcher(words.substring(Math.max(0, a.start() - 60), a.start()));
            if (before.find()) {
                metric = before.group(1).toLowerCase(Locale.ROOT);
            } else {
                Matcher after = METRIC_AFTER.matcher(words.substring(a.end()));
                if (after.find()) {
                    metric = after.group(1).toLowerCase(Locale.ROOT);
                }
            }
            metric = metric == null ? lastMetric : canonicalMetric(metric);
            lastMetric = metric;
            BigDecimal value = a.value();
            out.add(new TargetFact(value, a.currency(), metric, a.unit()));
        }
        // counted undertakings: "will grant 300 scholarships", "train 500 technicians"
        Matcher c = COUNT.matcher(words);
        while (c.find()) {
            out.add(new TargetFact(new BigDecimal(c.group(1).replace(",", "")), null, c.group(2).toLowerCase(Locale.ROOT), null));
        }
        return out;
    }

    /**
     * Two-way trade goes by many names ("turnover", "two-way trade", "bilateral trade turnover");
     * one name lets an analyst follow a target from article to article.
     */
    static String canonicalMetric(String metric) {
        return TWO_WAY_TRADE.matcher(metric).matches() ? "bilateral trade" : metric;
    }

    /** The event the undertaking was made at: the last talks, meeting, call or statement told so far, else the visit. */
    private static String madeAt(List<EventFact> events, int sentence) {
        String found = null;
        for (EventFact e : events) {
            if (e.planned() || e.evidence().isEmpty()) {
                continue;
            }
            int at = e.evidence().stream().mapToInt(Evidence::sentence).min().orElse(Integer.MAX_VALUE);
            boolean forum = e.type() == EventType.TALKS || e.type() == EventType.MEETING || e.type() == EventType.PHONE_CALL
                    || e.type() == EventType.JOINT_STATEMENT || e.type() == EventType.COMMITTEE_SESSION;
            if (forum && at <= sentence && (found == null)) {
                found = e.slug();
            }
        }
        if (found == null) {
            for (EventFact e : events) {
                if (!e.planned() && (e.type() == EventType.STATE_VISIT || e.type() == EventType.OFFICIAL_VISIT)) {
                    return e.slug();
                }
            }
        }
        return found;
    }
}
