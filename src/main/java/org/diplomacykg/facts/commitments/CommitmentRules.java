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
 * "will" clauses whose subject is not a party, cut the sentence into one stretch per
 * undertaking (a new stretch starts at a semicolon or "and" before a fresh cue, and only when
 * it concerns a different policy area), and make one {@link CommitmentFact} of each stretch,
 * with its parties, area, targets, deadline, projects and the event it was made at.
 *
 * <pre>
 * List&lt;CommitmentFact&gt; cs = new CommitmentRules().extract(ctx, events, projects);
 * </pre>
 */
public final class CommitmentRules {
    private static final Pattern PLACE_WORDS_ONLY = Pattern.compile("(?i)(?:the\\s+)?(?:(?:province|city|municipality|state)(?:\\s+of)?)?\\s*(?:province|city|municipality|state)?");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TWO_PARTIES_AND_STATES = Pattern.compile("(?is).*\\btwo\\s+parties\\s+and\\s+states\\b.*");
    private static final Pattern BELIEF_THAT = Pattern.compile(
            "(?i)\\b(?:belief|believes?|believed|confidence|confident|hopes?|hoped|expects?|expected|trusts?)\\s+that\\b");
    private static final Pattern PLURAL_SUBJECT = Pattern.compile(
            "(?i)\\b(?:(?:the\\s+)?(?:two|three|four|five)\\s+(?:sides|countries|leaders|parties|states|nations|governments|provinces|localities|cities|ministries|ministers|delegations|armies)|both\\s+(?:sides|countries|leaders)|"
                    + "they|both\\s+host\\s+and\\s+guest)\\b");
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:He|he|She|she)\\b");
    private static final Pattern SPLIT = Pattern.compile(";\\s*(?:and\\s+)?|,\\s+(?:and|while|whereas)\\s+|\\s+and\\s+(?=(?:also\\s+)?(?:(?:re)?affirm|agreed|pledged|would\\b|will\\b|to\\s))");
    private static final Pattern METRIC_BEFORE = Pattern.compile(
            "(?i)\\b(?:raise|raising|increase|increasing|boost|boosting|bring|bringing|lift|lifting|push|pushing|grow|double|reduce|cut)\\s+"
                    + "(?:the\\s+)?((?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)\\s+(?:to|by)\\s*$");
    private static final Pattern TWO_WAY_TRADE = Pattern.compile(
            "(?:two-way |bilateral )?(?:trade(?: turnover| value)?|turnover)");
    private static final Pattern METRIC_AFTER = Pattern.compile(
            "(?i)^\\s+(?:in\\s+|of\\s+|for\\s+)?((?:[\\p{L}-]+\\s+){0,2}(?:trade|turnover|investment|investments|exports|imports|aid|"
                    + "revenue|capital|funding|loans?|grants?|value|output|arrivals|visitors|tourists))\\b");

    /** Where the words of an undertaking stop and a comment on it begins: ", deepening …", ", thereby …". */
    private static final Pattern TAIL = Pattern.compile(
            ",\\s+(?:thereby\\s+|while\\s+|so\\s+as\\s+|\\w+ly\\s+)?(?!including|especially|particularly|notably|striving|regarding|concerning|"
                    + "banking|training|building|mining|housing|marketing|funding|financing|planning|meeting|understanding|spending|"
                    + "shipping|processing|manufacturing|engineering|information-sharing|sharing|trading|policing)"
                    + "\\p{Ll}+ing\\b|,\\s+(?:thereby|while|as\\s+well\\s+as)\\b"
                    // ", which reached US$14 billion last year, to US$18 billion": an aside inside the undertaking
                    + "|,\\s+which\\b(?![^,;]{0,80},\\s+(?:to|by)\\s)");

    /** Words after which a new subject starts: reported speech, a relative "under which". */
    private static final Pattern HEAD_OPENER = Pattern.compile(
            "\\b(?:said|says|stated|noted|added|stressed|emphasi[sz]ed|announced|told\\s+(?:reporters|the\\s+press|\\p{Lu}\\S*))\\s+(?:that\\s+)?"
                    + "|\\b(?:under|in|by|through|with)\\s+which\\s+|\\bwhereby\\s+");
    private static final Pattern LEADING_ADVERBIAL = Pattern.compile(
            "(?:(?:On|In|At|During|After|Before|Later|Earlier|Meanwhile|Also|Under|Following|Accordingly)\\b[^,;]{0,60},\\s*"
                    + "|(?i:in|by|from|during|within|over)\\s+(?:the\\s+)?(?:(?:19|20)\\d{2}|(?:next|coming|this)\\s+(?:year|month|week|time|years))\\s*,?\\s+"
                    + "|(?i:next|this)\\s+(?:year|month|week)\\s*,?\\s+)");
    /** Subjects that are parties without being named: "the Lao side", "the Government", "the 10th-legislature NA". */
    private static final Pattern INSTITUTION = Pattern.compile(
            "^(?:the\\s+|The\\s+)?(?:[\\p{L}\\d’'-]+\\s+){0,3}?(?:side|Government|government|Ministry|ministry|legislature|Assembly|NA|"
                    + "Parliament|parliament|Party|army|Army|agency|Agency|authorities|Committee|Commission|Company|Corporation|Bank|University)$");
    private static final Pattern SPOKEN = Pattern.compile(
            "(?i)\\b(?:said|says|stated|noted|added|told|stressed|emphasi[sz]ed|affirmed|reaffirmed|pledged|vowed|promised|assured|"
                    + "announced|reiterated|undertook|committed)\\b");
    /** A stated quantity, not a year: "1,100 scholarships", "US$20 million", "20 per cent". */
    private static final Pattern QUANTITY = Pattern.compile("(?<![\\w.,–-])(?!(?:19|20)\\d{2}(?![\\d,.]\\d))\\d[\\d,.]*(?![\\w–-])");
    private static final Pattern COUNT = Pattern.compile(
            "(?i)\\b(?:grant|offer|provide|train|award|send|build|create|deploy|admit|recruit)(?:s|ed|ing)?\\s+"
                    + "(?:about\\s+|some\\s+|more\\s+than\\s+|up\\s+to\\s+|at\\s+least\\s+|an\\s+additional\\s+)?"
                    + "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+((?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+s)\\b(?!\\s*(?:per\\s*cent|percent))");
    private static final Pattern MODAL = Pattern.compile("\\b(?:will|would|shall)\\b");
    private static final Pattern INVITATION = Pattern.compile(
            "(?i)invit(?:ed|es|ing)\\s+[^.;]{1,100}?\\bto\\s+(?:pay\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?visit|visit|attend)\\b");
    private static final Pattern MONEY_ONLY = Pattern.compile(
            "(?i)(?:[\\p{L}-]+\\s+){0,2}?(?:aid|assistance|loans?|grants?|funding|capital|credit)");
    private static final Pattern LOAN = Pattern.compile("\\b(?:loans?|grants?|credit|aid|assistance)\\b");

    private final CommitmentRule rule = new CommitmentRule();
    private final PolicyAreaClassifier areas = new PolicyAreaClassifier();
    private final AmountParser amounts = new AmountParser();
    private final DeadlineParser deadlines = new DeadlineParser();

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
            if (!cues.isEmpty()) {
                for (int[] seg : segments(s, ctx, cues)) {
                    out.add(commitment(stem + "-c" + (out.size() + 1), s, seg, cues, ctx, events, projects, protagonist));
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
            // "pledged that X would …": X must be a party
            Matcher modal = MODAL.matcher(text);
            modal.region(cue.end(), text.length());
            return modal.find() && actor(s, ctx, cue.end(), modal.start());
        }
        if (cue.needsActor()) {
            // "the two capital cities should …", "Norland will …": the parse's subject of the modal's clause is a party
            return cue.partySubject() && s.words().get(cue.subject()).start() < cue.start() || namedParty(s, ctx, cue);
        }
        return true;
    }

    /** True when the words {@code [from, to)} are the subject of an undertaking: a party, "the two sides", a pronoun, an institution. */
    private static boolean actor(Sentence s, ReadingContext ctx, int from, int to) {
        String head = s.text().substring(from, to).strip();
        boolean institution = INSTITUTION.matcher(head).find();
        boolean actor = !ctx.mentions(s.index(), from, to, EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.ORGANIZATION).isEmpty()
                || placeSubject(s, ctx, from, to)
                || PLURAL_SUBJECT.matcher(head).find() || PRONOUN.matcher(head).find() || institution;
        return actor && (CommitmentRule.actorHead(head) || institution) && head.length() < 140;
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

    /** "Nghệ An will …", "the province of X would …": a province or city named as the whole subject is a party. */
    private static boolean placeSubject(Sentence s, ReadingContext ctx, int from, int to) {
        String text = s.text();
        for (Mention m : ctx.mentions(s.index(), from, to, EntityKind.PLACE)) {
            String rest = (text.substring(from, m.start()) + " " + text.substring(m.end(), to)).strip();
            if (PLACE_WORDS_ONLY.matcher(rest).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the subject of a cue starts: after "said (that)", after "under which", after a
     * leading time or place phrase ("On Wednesday,", "in 2026").
     */
    static int headStart(String text, int at) {
        int from = Clauses.clauseStart(text, at);
        Matcher m = HEAD_OPENER.matcher(text);
        m.region(from, at);
        while (m.find()) {
            if (m.end() <= at) {
                from = m.end();
            }
        }
        Matcher lead = LEADING_ADVERBIAL.matcher(text);
        lead.region(from, at);
        while (lead.lookingAt() && lead.end() < at) {
            from = lead.end();
            lead.region(from, at);
        }
        return from;
    }

    /** Stretches {@code [start, end)} of the sentence, one per undertaking. */
    private List<int[]> segments(Sentence s, ReadingContext ctx, List<CommitmentCue> cues) {
        String text = s.text();
        List<int[]> segs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < cues.size(); i++) {
            CommitmentCue prev = cues.get(i - 1);
            CommitmentCue cue = cues.get(i);
            Matcher m = SPLIT.matcher(text);
            m.region(prev.end(), cue.start());
            int cut = -1;
            int next = -1;
            while (m.find()) {
                cut = m.start();
                next = m.end();
            }
            if (cut < 0) {
                continue;
            }
            // a fresh undertaking only when it is about something else
            Map<PolicyArea, Double> before = areas.scores(text.substring(start, cut));
            Map<PolicyArea, Double> after = areas.scores(text.substring(next, end(text, cues, i)));
            boolean sameArea = after.isEmpty() || before.containsKey(areas.classify(text.substring(next, end(text, cues, i))));
            // a stated sum is an undertaking of its own, even in one area ("will grant 50 scholarships, and will allocate
            // $2 million"; "should enhance collaboration, …, and raise trade to $5 billion")
            boolean twoTargets = QUANTITY.matcher(text.substring(next, end(text, cues, i))).find();
            // "X committed to A, while Y pledged to B": a party of its own undertakes
            boolean ownSubject = cue.start() > next && !cue.needsActor() && actor(s, ctx, next, cue.start());
            if (!sameArea || twoTargets || ownSubject) {
                segs.add(new int[] {start, cut});
                start = next;
            }
        }
        segs.add(new int[] {start, text.length()});
        return segs;
    }

    private int end(String text, List<CommitmentCue> cues, int i) {
        if (i + 1 >= cues.size()) {
            return text.length();
        }
        return Math.max(cues.get(i + 1).start(), cues.get(i).end());
    }

    private CommitmentFact commitment(String slug, Sentence s, int[] seg, List<CommitmentCue> cues, ReadingContext ctx,
                                      List<EventFact> events, List<ProjectFact> projects, EntityRef protagonist) {
        String text = s.text();
        int start = seg[0];
        int end = Clauses.trimEnd(text, start, seg[1]);
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        CommitmentCue first = cues.stream().filter(c -> c.start() >= seg[0] && c.start() < seg[1]).findFirst().orElse(cues.get(0));
        Matcher tail = TAIL.matcher(text);
        tail.region(Math.min(end, first.end() + 20), end);
        if (tail.find()) {
            end = tail.start();
        }
        // the quote opens at the undertaking's verb ("agreed to …"); a "will" or "should" keeps its subject
        int lead = start;
        boolean verbCue = s.words().stream().anyMatch(w -> w.start() == first.start() && (w.verb() || w.tag().equals("MD")));
        if (seg[0] > 0 && !verbCue) {
            // a split-off conjunct whose cue is a stated target ("…, and raise trade to $5 billion, with a longer-term
            // target of $10 billion"): the undertaking is the conjunct, its verb included
            lead = start;
        } else if (!first.needsActor() && first.start() > start && first.start() < end) {
            lead = first.start();
        } else if (first.needsActor()) {
            // the quote opens at the subject the parse gives the modal's verb, or the party named right before it
            lead = Math.max(start, first.subject() >= 0 ? subjectStart(s, first) : namedStart(s, ctx, first));
        }
        String words = text.substring(start, end);
        int quoteEnd = tight(text, lead, Math.min(end, speakerAfter(s, first)));
        List<EntityRef> parties = parties(s, first, ctx, protagonist, start);
        List<TargetFact> targets = targets(words);
        int about = Math.min(first.start(), end);
        if (text.substring(first.start(), first.end()).contains(" that ")) {
            // the cue runs over the clause's subject up to its verb ("pledged that the Ministry of Energy would"): the topic follows it
            about = Math.min(first.end(), end);
        } else if (text.substring(first.start(), first.end()).endsWith("that")) {
            // "pledged that the Ministry of Energy would ensure environmental safeguards": the subject's name is not the topic
            Matcher modal = MODAL.matcher(text);
            modal.region(first.end(), end);
            if (modal.find()) {
                about = modal.start();
            }
        }
        PolicyArea area = area(text.substring(start, Math.max(start, Math.min(first.start(), end))),
                text.substring(about, end), targets);
        if (INVITATION.matcher(text.substring(first.start(), end)).lookingAt()) {
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
        String label = first.modality().localName() + ": " + summary(text.substring(first.end(), end));
        return new CommitmentFact(slug, label, first.modality(), area, parties, targets, deadlines.find(words, ctx.published()), concerns,
                madeAt(events, s.index()), Evidence.of(s.quote(lead, quoteEnd), s.index()));
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

    /** Long undertakings are quoted up to the first comma or semicolon after their first twenty words. */
    private static int tight(String text, int from, int end) {
        int words = 0;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                words++;
            }
            if (words >= 20 && (c == ',' || c == ';')) {
                return Clauses.trimEnd(text, from, i);
            }
        }
        return end;
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

    /** Who undertakes: the subject of the cue's clause; "the two sides" are the article's two countries. */
    private List<EntityRef> parties(Sentence s, CommitmentCue cue, ReadingContext ctx, EntityRef protagonist, int segmentStart) {
        String text = s.text();
        int from = Math.max(segmentStart, headStart(text, cue.start()));
        if (from >= cue.start() || ctx.mentions(s.index(), from, cue.start(), EntityKind.PERSON, EntityKind.COUNTRY,
                EntityKind.ORGANIZATION).isEmpty() && !PLURAL_SUBJECT.matcher(text.substring(from, cue.start())).find()) {
            from = Math.max(segmentStart, Clauses.clauseStart(text, cue.start()));
        }
        String head = text.substring(from, cue.start());
        if (PLURAL_SUBJECT.matcher(head).find() || TWO_PARTIES_AND_STATES.matcher(head).matches()) {
            return ctx.twoCountries();
        }
        List<Mention> ms = ctx.mentions(s.index(), from, cue.start(), EntityKind.PERSON, EntityKind.COUNTRY, EntityKind.ORGANIZATION);
        List<EntityRef> out = new ArrayList<>();
        List<Mention> persons = ms.stream().filter(m -> m.ref().kind() == EntityKind.PERSON).toList();
        for (Mention m : persons.isEmpty() ? ms : persons) {
            if (!out.contains(m.ref())) {
                out.add(m.ref());
            }
        }
        if (out.isEmpty() && PRONOUN.matcher(head).find() && protagonist != null) {
            out.add(protagonist);
        }
        if (out.isEmpty()) {
            // "They agreed …" said of the sentence before: the article's two countries
            return ctx.twoCountries();
        }
        return out;
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
