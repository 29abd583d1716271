package org.diplomacykg.facts.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.EventFact;
import org.diplomacykg.facts.EventType;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.PartialDate;
import org.diplomacykg.facts.ParticipantRole;
import org.diplomacykg.facts.Participation;
import org.diplomacykg.facts.reading.Clauses;
import org.diplomacykg.facts.reading.ReadingContext;
import org.diplomacykg.mention.Mention;

/**
 * The event façade: reads every sentence for event triggers, gives each its participants,
 * place and date, merges what several sentences say about one event, links the parts of a
 * visit, and returns one {@link EventFact} per event with every quote that supports it.
 *
 * <pre>
 * List&lt;EventFact&gt; events = new EventRules().extract(new ReadingContext(document, mentions));
 * </pre>
 */
public final class EventRules {
    private static final Pattern A_OR_AN_FIRST = Pattern.compile("(?is)an?\\s.*");
    private static final Pattern THE_NAMED_CEREMONY_LAST = Pattern.compile(".*\\bthe\\s+\\S+\\s+ceremony");
    private static final Pattern POSSESSIVE_S_LAST = Pattern.compile(".*[’']s\\s*");
    private static final Pattern ORDINAL_FIRST = Pattern.compile("(?is)(?:the\\s+)?(?:\\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth).*");
    private static final Pattern A_OR_AN_WORD = Pattern.compile("(?is).*\\ban?\\s.*");
    private static final Pattern PASSIVE_AUXILIARY_FIRST = Pattern.compile("(?is)(?:was|were|been|is|are)\\b.*");
    private static final Pattern OF_LAST = Pattern.compile("(?is).*\\bof");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern A_FORUM_OR_CONFERENCE = Pattern.compile("(?is)an?\\s.*\\b(?:forum|conference)");
    private static final Pattern LEADING_A_OR_AN = Pattern.compile("(?i)^an?\\s+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|an?)\\s+");
    private static final Pattern MET_WITH_OR_COURTESY_CALL = Pattern.compile(".*\\b(?:met|meets|meeting)\\b.*with|.*\\bcourtesy\\s+(?:calls?\\s+on|visits?\\s+to)");
    private static final Pattern CAMEL_CASE_STEP = Pattern.compile("([a-z])([A-Z])");
    private static final Pattern PLANNED = Pattern.compile(
            "(?i)\\b(?:will|shall|would|to\\s+be\\s+held|(?:is|are|was|were)\\s+(?:scheduled|set|expected|due)\\s+to|plans?\\s+to|upcoming|"
                    + "forthcoming|next|ensure|preparing\\s+for|prepare\\s+for|preparations\\s+for|"
                    + "(?:agreed|decided|plans?|planned)\\s+to\\s+(?:hold|organi[sz]e|convene|host)|(?:is|are)\\s+to)\\b");
    /** Said after the event's name: "…, which will be held in Hà Nội next year", "… would be held in Beijing". */
    private static final Pattern PLANNED_AFTER = Pattern.compile(
            "(?i)^[^.;]{0,160}?\\b(?:(?:will|would|is\\s+to|are\\s+to|is\\s+due\\s+to|are\\s+due\\s+to)\\s+(?:also\\s+)?(?:be\\s+)?(?:held|take\\s+place|convene|open)|"
                    + "(?:is|are)\\s+(?:scheduled|set|expected|slated)\\s+(?:to|for))\\b");
    private static final Pattern OCCASION = Pattern.compile(
            "(?i)\\b(?:marking|to\\s+mark|to\\s+celebrate|celebrating|commemorating|in\\s+celebration\\s+of|on\\s+the\\s+occasion\\s+of|at\\s+which|in\\s+which)\\s+");
    private static final Pattern NAME = Pattern.compile(
            "\\s*(?:the\\s+|a\\s+|an\\s+)?((?:\\p{Lu}|\\d)[\\p{L}\\p{M}\\d'’.]*(?:(?:\\s*[–—-]\\s*|\\s+(?:(?:of|the|and|against|on|for)\\s+)*)"
                    + "(?:\\p{Lu}|\\d)[\\p{L}\\p{M}\\d'’.]*)*)");
    private static final Pattern ATTENDED = Pattern.compile(
            "(?i)\\b(?:attended|attends|attending|attend|hosted|hosts|host|joined|witnessed|chaired|co-chaired|presided\\s+over)\\s+(?:the\\s+|an?\\s+)?$");
    /** "The commission will hold a regional forum": who holds a forum told for the first time takes part. */
    private static final Pattern HELD = Pattern.compile("(?i)\\b(?:hold|holds|held|holding|organi[sz]e[sd]?|organi[sz]ing)\\s+$");
    private static final Pattern ONE_DOCUMENT = Pattern.compile(
            "(?i)\\s*an?\\s+(?:[\\w-]+\\s+){0,2}?(?:agreement|memorandum(?:\\s+of\\s+understanding)?|treaty|contract|protocol|deal)\\s+(?:on|to|for)\\s+");
    private static final Pattern DEFINITE = Pattern.compile("(?i)^(?:the|their|this|that)\\s");
    private static final Pattern BETWEEN_FIRST = Pattern.compile("(?i)\\s*between\\b");
    private static final Pattern BETWEEN_LAST = Pattern.compile("(?i)\\bbetween$");
    private static final Pattern IDENTIFYING_ARGS = Pattern.compile("(?i)^\\s*(?:for|with|between|marking|of|by|to|in\\s+celebration|celebrating)\\b");

    private final EventTriggerRule triggers = new EventTriggerRule();
    private final EventDateResolver dates = new EventDateResolver();
    private final VisitStructureRule structure = new VisitStructureRule();

    public List<EventFact> extract(ReadingContext ctx) {
        EventParticipantRule people = new EventParticipantRule(ctx);
        EventPlaceRule places = new EventPlaceRule(ctx);
        List<EventDraft> drafts = new ArrayList<>();
        PartialDate narrative = null;
        for (Sentence s : ctx.sentences()) {
            if (s.heading()) {
                continue;
            }
            String text = s.text();
            List<EventTrigger> ts = triggers.find(s);
            List<DateMention> past = dates.find(text, ctx.published(), false);
            List<DateMention> future = dates.find(text, ctx.published(), true);
            List<EventDraft> here = new ArrayList<>();
            for (int i = 0; i < ts.size(); i++) {
                EventTrigger t = attended(ts.get(i), s);
                if (!t.verbal() && EventSyntax.theirsTold(s, t)) {
                    // "X told Y during their talks": the clause tells the talks as a verb would
                    t = new EventTrigger(t.type(), t.start(), t.end(), true, t.ordinal(), t.count(), t.award(), t.invited());
                }
                int next = i + 1 < ts.size() ? ts.get(i + 1).start() : text.length();
                int argEnd = Clauses.argumentEnd(text, t.end(), next);
                EventDraft d = new EventDraft(t.type(), t, s.index());
                int clauseStart = Clauses.clauseStart(text, t.start());
                int plannedFrom = Math.max(clauseStart, i == 0 ? 0 : ts.get(i - 1).start());
                if (t.type() == EventType.STATE_VISIT || t.type() == EventType.OFFICIAL_VISIT) {
                    // "invited X to pay an official visit …": an invitation
                    d.invitedOnly = INVITATION.matcher(text.substring(0, t.start())).find();
                }
                d.planned = d.invitedOnly || t.invited() || plannedInScope(s, t, text, Math.min(plannedFrom, t.start()))
                        || (named(t, text) && PLANNED_AFTER.matcher(text.substring(t.end(), next)).find());
                if (d.type != EventType.MEETING && d.type != EventType.TALKS) {
                    objectKey(d, text, argEnd);
                }
                d.discussion = t.verbal() && t.type() == EventType.TALKS
                        && EventSyntax.head(s, t).filter(w -> w.lemma().equalsIgnoreCase("discuss")).isPresent();
                d.reference = d.objectKey == null && reference(t, text, argEnd) && !(t.bareVisit() && EventSyntax.toldVisit(s, t));
                int clauseFirst = t.start();
                for (EventTrigger o : ts) {
                    if (o.verbal() && o.start() >= clauseStart && o.start() < clauseFirst) {
                        clauseFirst = o.start();
                    }
                }
                int prevArgEnd = i == 0 ? clauseStart : Math.max(clauseStart, Clauses.argumentEnd(text, ts.get(i - 1).end(), t.start()));
                people.read(d, s, argEnd, clauseFirst, prevArgEnd);
                d.reported = EventSyntax.reported(s, t);
                d.knownDocument = d.type == EventType.DOCUMENT_SIGNING && EventSyntax.describesKnownDocument(s, t);
                if (seriesMeeting(t, text) || t.type() == EventType.MEETING && t.ordinal() != null) {
                    // "the fifth Norland – Sudland Joint Cabinet Retreat", "attended the 43rd ASEAN Summit": the members it names meet
                    for (Mention m : ctx.mentions(s.index(), t.start(), t.end(), EntityKind.COUNTRY, EntityKind.ORGANIZATION)) {
                        d.participant(m.ref(), ParticipantRole.PARTICIPANT, true);
                    }
                }
                places.read(d, s, i == 0);
                if (namedSigning(t, text) && d.place == null) {
                    d.reference = true;
                }
                boolean parsedVisit = parsedVisit(d, s);
                if (!parsedVisit || !datedVisit(d, s, d.planned ? future : past)) {
                    List<DateMention> stated = d.planned ? future : past;
                    if (parsedVisit) {
                        // "his first visit since he became prime minister in August": not the visit's date
                        stated = stated.stream().filter(dm -> !EventSyntax.inOtherClause(s, d.trigger, dm.start(), dm.end())).toList();
                    }
                    stated = stated.stream().filter(dm -> !EventSyntax.afterSince(s, d.trigger, dm.start())).toList();
                    attachDate(d, t, next, i == 0 ? 0 : ts.get(0).start(), stated, text, ctx, narrative, s.index() == 0 && i == 0);
                    undatedVisit(d, past, ctx);
                }
                if (d.type == EventType.STATE_VISIT || d.type == EventType.OFFICIAL_VISIT
                        || d.type == null && !d.reference && !t.invited()) {
                    // "Pany Yathotou's visit", "Modi is on a two-day visit to the Southeast Asian nation": told, of no stated kind
                    hostFromDateline(d, ctx);
                }
                if (d.type == EventType.MEETING || d.type == EventType.TALKS) {
                    objectKey(d, text, argEnd);
                }
                // who meets or talks is a party: the quote names them; an award's or a signing's quote starts at its verb
                d.quoteStart = !d.reference && (d.type == EventType.MEETING || d.type == EventType.TALKS || d.type == EventType.PHONE_CALL)
                        ? EventSyntax.subjectStart(s, t)
                        : parsedVisit ? EventSyntax.possessorStart(s, t) : t.start();
                Evidence ev = Evidence.of(s.quote(d.quoteStart, quoteEnd(d, text, argEnd)), s.index());
                d.evidence.add(ev);
                here.addAll(splitMeeting(d, s, ctx, people));
            }
            EventDraft before = null;
            for (EventDraft d : here) {
                places.fallback(d, s, before);
                before = d;
                if (d.firstDate() == null) {
                    sentenceDate(d, past);
                }
                if ((d.type == EventType.TALKS || d.type == EventType.PHONE_CALL) && d.trigger.verbal()) {
                    people.focalPair(d.main.stream().filter(r -> r.kind() == EntityKind.PERSON).toList());
                } else if (!d.planned && d.type != null && people.focalPair().isEmpty()) {
                    // no talks yet: "the two ministers" are the people of the last event told with both
                    people.focalPair(d.participants.keySet().stream().filter(r -> r.kind() == EntityKind.PERSON).toList());
                }
            }
            drafts.addAll(here);
            for (DateMention dm : past) {
                if (dm.isDay()) {
                    narrative = dm.date();
                }
            }
            people.observeSubject(s);
        }
        PartialDate month = PartialDate.yearMonth(ctx.published().getYear(), ctx.published().getMonthValue());
        arrivalDates(drafts, ctx);
        partiesFromContext(drafts);
        List<EventDraft> merged = merge(drafts, month);
        structure.apply(merged);
        merged.forEach(places::fromDateline);
        return merged.stream().map(d -> fact(d, ctx)).toList();
    }

    /**
     * Whether a word of the future ("will", "is scheduled to", "upcoming") before the trigger makes it a planned event:
     * only when the parse puts the event under it, the cue's word or the word it serves being the event's head or one
     * of its governors. "Keeping the relationship will sustain peace, the President stated in a state banquet":
     * the "will" is the reported clause's, and the banquet, where he spoke, took place.
     */
    private static boolean plannedInScope(Sentence s, EventTrigger t, String text, int from) {
        java.util.regex.Matcher m = PLANNED.matcher(text.substring(from, t.start()));
        Optional<Word> head = EventSyntax.head(s, t);
        while (m.find()) {
            Word cue = wordAt(s, from + m.start());
            if (head.isEmpty() || cue == null || governsEvent(s, cue, head.get())
                    || cue.head() >= 0 && governsEvent(s, s.words().get(cue.head()), head.get())) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code w} is the event's head word or one of the words it hangs on, up to the root. */
    private static boolean governsEvent(Sentence s, Word w, Word eventHead) {
        Word p = eventHead;
        for (int i = 0; i <= s.words().size(); i++) {
            if (p.index() == w.index()) {
                return true;
            }
            if (p.head() < 0) {
                return false;
            }
            p = s.words().get(p.head());
        }
        return false;
    }

    private static Word wordAt(Sentence s, int offset) {
        for (Word w : s.words()) {
            if (w.start() <= offset && offset < w.end()) {
                return w;
            }
        }
        return null;
    }

    /** Events that happen between parties who need not be named again: the article's story names them. */
    private static final Set<EventType> BETWEEN_PARTIES = java.util.EnumSet.of(
            EventType.TALKS, EventType.MEETING, EventType.DOCUMENT_SIGNING, EventType.CEREMONY, EventType.INAUGURATION);

    /**
     * An event reported as happening ("Bilateral talks were held after that", "An accord was inked …") whose
     * clause names nobody is kept with what is known: the parties of the event told just before it. A known document
     * signed ("the first Memorandum signed between …") after a signing was told is that signing told again.
     */
    private static void partiesFromContext(List<EventDraft> drafts) {
        EventDraft before = null;
        boolean signed = false;
        for (EventDraft d : drafts) {
            if (d.knownDocument && signed) {
                d.reference = true; // "The first Memorandum … signed between the two governments": one of those signed before
            }
            signed |= d.type == EventType.DOCUMENT_SIGNING && !d.planned;
            if (d.participants.isEmpty() && d.reported && !d.reference && !d.planned && BETWEEN_PARTIES.contains(d.type) && before != null) {
                before.participants.forEach((r, role) -> {
                    if (role != ParticipantRole.COMPANION) {
                        d.participant(r, ParticipantRole.PARTICIPANT, true);
                    }
                });
            }
            if (!d.participants.isEmpty() && !d.planned && !d.reference && d.type != null) {
                before = d;
            }
        }
    }

    private static final Pattern TRAILING = Pattern.compile("(?:\\s+(?:and|or|the|of|a|an|to|in|with|by|for|on|at))+\\s*$");

    /** Where an event's quote ends: its clause, but only the noun phrase for a back-reference ("the visit"). */
    private static int quoteEnd(EventDraft d, String text, int argEnd) {
        EventTrigger t = d.trigger;
        int end = Math.max(argEnd, t.end());
        if (d.reference) {
            end = t.end();
        } else if (!t.verbal()) {
            int comma = text.indexOf(',', t.end());
            if (comma >= 0 && comma < end) {
                end = comma;
            }
        }
        end = Clauses.trimEnd(text, t.start(), end);
        Matcher m = TRAILING.matcher(text.substring(t.start(), end));
        if (m.find() && m.start() > t.end() - t.start()) {
            end = t.start() + m.start();
        }
        return end;
    }

    /** "attended the inauguration of …", "hosted the ceremony": a named event reported by a verb of taking part. */
    private static EventTrigger attended(EventTrigger t, Sentence s) {
        if (t.verbal() || t.type() == null) {
            return t;
        }
        String text = s.text();
        String before = text.substring(Math.max(0, t.start() - 16), t.start());
        if (ATTENDED.matcher(before).find() || EventSyntax.attended(s, t)
                || (HELD.matcher(before).find() && A_OR_AN_FIRST.matcher(text.substring(t.start(), t.end())).matches())) {
            return new EventTrigger(t.type(), t.start(), t.end(), true, t.ordinal(), t.count(), t.award(), t.invited());
        }
        return t;
    }

    private static final Set<EventType> TOLD_MEETINGS = Set.of(EventType.MEETING, EventType.TALKS,
            EventType.PHONE_CALL, EventType.STATE_VISIT, EventType.OFFICIAL_VISIT);

    private static boolean reference(EventTrigger t, String text, int argEnd) {
        String words = text.substring(t.start(), t.end());
        if (t.verbal() && t.type() == EventType.CEREMONY && THE_NAMED_CEREMONY_LAST.matcher(words.toLowerCase()).matches()) {
            // "hosted the welcoming ceremony": the ceremony told before
            return !IDENTIFYING_ARGS.matcher(text.substring(t.end(), argEnd)).find();
        }
        if (t.invited() || t.verbal() || seriesMeeting(t, text)) {
            return false;
        }
        if (t.bareVisit()) {
            return !(POSSESSIVE_S_LAST.matcher(text.substring(Math.max(0, t.start() - 3), t.start())).matches() && words.startsWith("visit"));
        }
        if (t.type() == EventType.STATE_VISIT || t.type() == EventType.OFFICIAL_VISIT || t.type() == EventType.COMMITTEE_SESSION
                || t.type() == EventType.CONGRESS || t.type() == EventType.ELECTION) {
            return false;
        }
        return DEFINITE.matcher(words).find() && !IDENTIFYING_ARGS.matcher(text.substring(t.end(), argEnd)).find()
                && !words.toLowerCase().contains(" ceremony marking") && !words.toLowerCase().contains("between");
    }

    /**
     * "the signing of the Treaty of Amity", "the signing of MOUs … is a significant step": a signing named by a noun that
     * no verb of taking part governs is one told before in the article, or one of history, not news of its own, unless
     * told with where it took place ("the signing ceremony of the Convention in Hà Nội").
     */
    private static boolean namedSigning(EventTrigger t, String text) {
        return t.type() == EventType.DOCUMENT_SIGNING && !t.verbal() && DEFINITE.matcher(text.substring(t.start(), t.end())).find();
    }

    /** A trigger that names the event ("the 13th Meeting of …") rather than reports it with a verb ("held talks"). */
    private static boolean named(EventTrigger t, String text) {
        return t.type() != null && (!t.verbal() || ORDINAL_FIRST.matcher(text.substring(t.start(), t.end())).matches());
    }

    private static final Pattern INVITATION = Pattern.compile("(?i)\\binvit(?:ed|es|ing)\\b[^.;]{0,160}?\\bto\\s+(?:pay\\s+)?$");
    private static final Pattern SERIES = Pattern.compile("(?i)\\b(?:annual|regular|yearly|\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\b");

    /** "the fifth … Retreat", "the annual … dialogue": a meeting of a series, named, not a back-reference. */
    private static boolean seriesMeeting(EventTrigger t, String text) {
        return t.type() == EventType.MEETING && !t.verbal() && SERIES.matcher(text.substring(t.start(), t.end())).find()
                && !text.substring(t.start(), t.end()).toLowerCase().contains("between");
    }

    /**
     * Dates a visit from the parse: a date hung on the clause that tells it ("arrived on Thursday on his first
     * visit", "paid an official visit … on October 29"). False when the parse says nothing (the older rules then
     * date it).
     */
    /** A visit told (not referred back to, not an invitation) whose words the parse reads: its clause dates it. */
    private static boolean parsedVisit(EventDraft d, Sentence s) {
        return visit(d) && !d.trigger.invited() && !d.reference && EventSyntax.head(s, d.trigger).isPresent();
    }

    private static boolean datedVisit(EventDraft d, Sentence s, List<DateMention> ds) {
        EventTrigger t = d.trigger;
        Optional<org.diplomacykg.document.Word> head = EventSyntax.head(s, t);
        if (head.isEmpty()) {
            return false;
        }
        org.diplomacykg.document.Word predicate = EventSyntax.predicate(s, head.get());
        for (DateMention dm : ds) {
            if (!dm.sameDay() && EventSyntax.governs(s, predicate, head.get(), dm.start(), dm.end())
                    && !EventSyntax.afterSince(s, t, dm.start())) {
                if (dm.isRange()) {
                    d.from = dm.from();
                    d.to = dm.to();
                } else {
                    d.date = dm.date();
                }
                return true;
            }
        }
        return false;
    }

    /**
     * A visit told as news that no date reaches took place on the sentence's one stated day, else in the
     * month of publication: a report tells of a visit without a date while it is under way or just over.
     */
    private static void undatedVisit(EventDraft d, List<DateMention> ds, ReadingContext ctx) {
        if (!visit(d) || d.firstDate() != null || d.planned || d.reference || d.trigger.invited()) {
            return;
        }
        List<DateMention> days = ds.stream().filter(DateMention::isDay).toList();
        if (days.size() == 1 && ds.stream().noneMatch(DateMention::isRange)) {
            d.date = days.get(0).date();
        } else {
            d.date = PartialDate.yearMonth(ctx.published().getYear(), ctx.published().getMonthValue());
        }
        d.borrowedDate = true;
    }

    /** Verbs by which a guest's coming is told: the day of the coming is the first day of the visit. */
    private static final Set<String> ARRIVING = Set.of("arrive", "land");
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "shall", "would");

    /**
     * A visit no date of its own reaches starts on the day its guest arrives, told in another sentence
     * ("Widodo's visit is expected to strengthen relations" … "Widodo will arrive Wednesday and hold
     * summit talks"): the date hangs on an arriving verb whose subject names the guest.
     */
    private void arrivalDates(List<EventDraft> drafts, ReadingContext ctx) {
        for (EventDraft d : drafts) {
            if (!d.borrowedDate || !visit(d) || d.reference) {
                continue;
            }
            Set<EntityRef> guests = d.guest != null ? Set.of(d.guest) : d.main.stream()
                    .filter(r -> r.kind() == EntityKind.PERSON).collect(Collectors.toSet());
            arrival(guests, ctx).ifPresent(dm -> {
                if (dm.isRange()) {
                    d.from = dm.from();
                    d.to = dm.to();
                    d.date = null;
                } else {
                    d.date = dm.date();
                }
                d.borrowedDate = false;
            });
        }
    }

    private Optional<DateMention> arrival(Set<EntityRef> guests, ReadingContext ctx) {
        if (guests.isEmpty()) {
            return Optional.empty();
        }
        for (Sentence s : ctx.sentences()) {
            for (Word w : s.words()) {
                if (!w.verb() || !ARRIVING.contains(w.lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Optional<Word> subject = EventSyntax.subject(s, w);
                if (subject.isEmpty() || ctx.mentions(s.index(), subject.get().start(), subject.get().end(), EntityKind.PERSON)
                        .stream().noneMatch(m -> guests.contains(m.ref()))) {
                    continue;
                }
                boolean future = s.dependents(w.index()).stream()
                        .anyMatch(a -> a.relation().equals("aux") && FUTURE_AUXILIARIES.contains(a.lemma().toLowerCase(Locale.ROOT)));
                for (DateMention dm : dates.find(s.text(), ctx.published(), future)) {
                    if (!dm.sameDay() && (dm.isDay() || dm.isRange()) && EventSyntax.governs(s, w, w, dm.start(), dm.end())) {
                        return Optional.of(dm);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean visit(EventDraft d) {
        return d.type == EventType.STATE_VISIT || d.type == EventType.OFFICIAL_VISIT || d.type == null;
    }

    private static void attachDate(EventDraft d, EventTrigger t, int next, int firstTrigger, List<DateMention> ds, String text,
                                   ReadingContext ctx, PartialDate narrative, boolean leadNews) {
        DateMention own = null;
        for (DateMention dm : ds) {
            if (dm.end() <= t.start() && text.substring(dm.end(), t.start()).isBlank()) {
                own = dm; // "Mr Marcos’ Jan 3-5 state visit": the date modifies the event's own name
            }
        }
        for (DateMention dm : ds) {
            if (own != null) {
                break;
            }
            if (dm.start() >= t.end() && dm.start() < next && text.substring(t.end(), dm.start()).indexOf(';') < 0) {
                own = dm;
                break;
            }
        }
        boolean visit = d.type == EventType.STATE_VISIT || d.type == EventType.OFFICIAL_VISIT || d.type == null;
        if (own == null && !visit) {
            for (DateMention dm : ds) {
                if (dm.end() <= firstTrigger || (dm.end() <= t.start() && dm.start() < 40 && dm.end() <= firstTriggerOr(t, firstTrigger))) {
                    own = dm;
                }
            }
        }
        if (own != null) {
            if (own.sameDay()) {
                if (narrative != null) {
                    d.date = narrative;
                }
            } else if (own.isRange()) {
                d.from = own.from();
                d.to = own.to();
            } else {
                d.date = own.date();
            }
            return;
        }
        boolean told = t.verbal() || (d.type == EventType.CEREMONY && !d.reference
                && A_OR_AN_WORD.matcher(text.substring(Math.max(0, t.start() - 3), t.end())).matches())
                || toldInPassing(d, t, text);
        if (told && !d.planned && narrative != null && d.type != EventType.CONGRESS && d.type != EventType.ELECTION
                && d.type != EventType.STATE_VISIT && d.type != EventType.OFFICIAL_VISIT && d.type != null) {
            d.date = narrative;
            d.borrowedDate = true;
            return;
        }
        if (leadNews && t.verbal() && !d.planned && d.type != null && ds.stream().noneMatch(DateMention::isDay)) {
            // the lead reports the day's news: an undated event there happened on the publication day
            d.date = PartialDate.of(ctx.published());
            d.borrowedDate = true;
        }
    }

    /**
     * "The agreements were signed after delegation level talks between A and B": talks or a meeting of named sides,
     * told in passing, took place on the story's day; not "the results of the Third Meeting between …", a meeting
     * of a series named by its definite article.
     */
    private static boolean toldInPassing(EventDraft d, EventTrigger t, String text) {
        String words = text.substring(t.start(), t.end());
        return (d.type == EventType.TALKS || d.type == EventType.MEETING) && !d.reference && t.ordinal() == null
                && !DEFINITE.matcher(words).find()
                && (BETWEEN_FIRST.matcher(text.substring(t.end())).lookingAt() || BETWEEN_LAST.matcher(words).find());
    }

    /** A visit whose words name no host country took place where the article is filed from (its dateline's country). */
    private static void hostFromDateline(EventDraft d, ReadingContext ctx) {
        String dateline = ctx.document().article().metadata().dateline();
        if (d.hostCountry != null || d.guest == null || dateline == null || d.planned) {
            return;
        }
        ctx.countryOf(new EntityRef(EntityKind.PLACE, org.diplomacykg.facts.Slugs.slug(dateline))).ifPresent(d::host);
    }

    private static int firstTriggerOr(EventTrigger t, int firstTrigger) {
        return firstTrigger == 0 ? t.start() : firstTrigger;
    }

    /** An event the sentence does not date takes the sentence's one stated day. */
    private static void sentenceDate(EventDraft d, List<DateMention> ds) {
        // "on Tuesday (Jan 25)": one day told twice is one day
        List<PartialDate> days = ds.stream().filter(DateMention::isDay).map(DateMention::date).distinct().toList();
        if (days.size() == 1 && !d.planned && d.type != EventType.CONGRESS && d.type != EventType.STATE_VISIT
                && d.type != EventType.OFFICIAL_VISIT && d.type != null && ds.stream().noneMatch(DateMention::isRange)) {
            d.date = days.get(0);
            d.borrowedDate = true;
        }
    }

    /** What inaugurations, signings and occasion ceremonies are identified by: the name of what they concern. */
    private static void objectKey(EventDraft d, String text, int argEnd) {
        EventTrigger t = d.trigger;
        if (d.type == EventType.INAUGURATION || (d.type == EventType.DOCUMENT_SIGNING && !t.verbal())) {
            Matcher m = NAME.matcher(text);
            m.region(t.end(), text.length());
            if (m.lookingAt() && m.group(1) != null) {
                d.objectLabel = m.group(1).trim();
                d.objectKey = EventIdentity.nameKey(d.objectLabel);
            } else if (PASSIVE_AUXILIARY_FIRST.matcher(text.substring(t.start(), t.end())).matches()) {
                // "the Mekong Friendship Bridge was put into operation": what is opened is the subject
                m.region(Clauses.clauseStart(text, t.start()), t.start());
                if (m.lookingAt() && m.group(1) != null) {
                    d.objectLabel = m.group(1).trim();
                    d.objectKey = EventIdentity.nameKey(d.objectLabel);
                }
            }
        } else if (d.type == EventType.DOCUMENT_SIGNING && t.verbal()) {
            // "witnessed the signing of an agreement on visa exemption": one document, told by what it is about
            Matcher m = ONE_DOCUMENT.matcher(text);
            m.region(t.end(), Math.max(t.end(), argEnd));
            if (OF_LAST.matcher(text.substring(t.start(), t.end())).matches() && m.lookingAt()) {
                d.objectKey = leadingWordsKey(text.substring(m.end(), Math.max(m.end(), argEnd)));
            }
        } else if (d.type == EventType.CEREMONY) {
            Matcher m = OCCASION.matcher(text);
            m.region(t.start(), Math.max(argEnd, t.end()));
            if (m.find()) {
                d.objectLabel = text.substring(m.end(), Math.max(m.end(), argEnd)).trim();
                d.objectKey = EventIdentity.nameKey(d.objectLabel);
            } else if (t.verbal() && !text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT).contains("ceremony")) {
                // an act that is a ceremony of its own ("flagged off the cargo train", "laid the foundation stone of
                // the pipeline") is told apart from the day's other acts by what it is done to
                d.objectKey = leadingWordsKey(text.substring(t.end(), Math.max(t.end(), argEnd)));
            }
        } else if (d.type == EventType.MEETING && !d.reference
                && A_FORUM_OR_CONFERENCE.matcher(text.substring(t.start(), t.end())).matches()) {
            // "a joint review conference", "a regional stakeholder forum": identified by what it is
            d.objectLabel = LEADING_A_OR_AN.matcher(text.substring(t.start(), t.end())).replaceFirst("");
            d.objectKey = EventIdentity.nameKey(d.objectLabel);
        } else if (seriesMeeting(t, text)) {
            String name = LEADING_ARTICLE.matcher(text.substring(t.start(), t.end())).replaceFirst("");
            d.objectLabel = name;
            d.objectKey = EventIdentity.nameKey(name);
        } else if ((d.type == EventType.MEETING || d.type == EventType.TALKS) && t.verbal() && !d.hasObjects) {
            d.objectKey = leadingWordsKey(text.substring(t.end(), Math.max(t.end(), argEnd)));
        }
    }

    /** The key of a phrase's first four words ("the Indian Railway cargo"), which tell one event from another; null when it has none. */
    private static String leadingWordsKey(String phrase) {
        String[] words = WHITESPACE.split(phrase.trim());
        String key = EventIdentity.nameKey(String.join(" ", java.util.Arrays.copyOf(words, Math.min(4, words.length))));
        return key.isEmpty() ? null : key;
    }

    /** "met with A and B", "also met A, President of …, and B": one meeting with each, each with its own quote. */
    private static List<EventDraft> splitMeeting(EventDraft d, Sentence s, ReadingContext ctx, EventParticipantRule people) {
        boolean meetVerb = EventSyntax.head(s, d.trigger).filter(h -> h.verb() && h.lemma().equalsIgnoreCase("meet")).isPresent();
        if (d.type != EventType.MEETING || !d.trigger.verbal()
                || !meetVerb && !MET_WITH_OR_COURTESY_CALL.matcher(s.text().substring(d.trigger.start(), d.trigger.end()).toLowerCase()).matches()) {
            return List.of(d);
        }
        String text = s.text();
        Evidence whole = d.evidence.get(0);
        int listEnd = d.quoteStart + whole.quote().length();
        if (meetVerb) {
            // the list the parse hangs on the verb's object, appositions included: "met A, President of X, and B"
            Word verb = EventSyntax.head(s, d.trigger).orElseThrow();
            for (Word o : s.dependents(verb.index())) {
                if (o.relation().equals("obj") || o.relation().equals("obl:with")) {
                    listEnd = Math.max(listEnd, Clauses.trimEnd(text, d.trigger.start(), EventSyntax.span(s, o)[1]));
                }
            }
        }
        List<Mention> objects = new ArrayList<>();
        for (Mention m : ctx.mentions(s.index(), d.trigger.end(), listEnd, EntityKind.PERSON)) {
            if (!people.spouse(s, m) && objects.stream().noneMatch(o -> o.ref().equals(m.ref()))) {
                objects.add(m);
            }
        }
        if (objects.size() < 2) {
            return List.of(d);
        }
        List<EventDraft> out = new ArrayList<>();
        int prevEnd = d.trigger.end();
        for (int i = 0; i < objects.size(); i++) {
            Mention m = objects.get(i);
            EventDraft part = new EventDraft(d.type, d.trigger, d.sentence);
            part.planned = d.planned;
            part.date = d.date;
            part.from = d.from;
            part.to = d.to;
            part.borrowedDate = d.borrowedDate;
            part.place = d.place;
            part.placeRank = d.placeRank;
            d.participants.forEach((r, role) -> {
                boolean other = objects.stream().anyMatch(o -> o.ref().equals(r));
                if (!other || r.equals(m.ref())) {
                    part.participant(r, role, d.main.contains(r));
                }
            });
            part.participant(m.ref(), ParticipantRole.PARTICIPANT, true);
            int qs;
            if (i == 0) {
                qs = d.quoteStart;
            } else {
                qs = prevEnd;
                int and = Math.max(text.lastIndexOf(" and ", m.start()), text.lastIndexOf(", ", m.start()));
                if (and >= prevEnd) {
                    qs = and + (text.startsWith(" and ", and) ? 5 : 2);
                }
            }
            int qe = i == objects.size() - 1 ? Math.max(m.end(), listEnd) : m.end();
            part.evidence.add(Evidence.of(s.quote(qs, qe), s.index()));
            prevEnd = m.end();
            out.add(part);
        }
        return out;
    }

    private List<EventDraft> merge(List<EventDraft> drafts, PartialDate month) {
        // "The two leaders discussed …" tells talks of its own only where the article tells no meeting, talks, call or
        // visit; otherwise it says what was discussed at one of those
        boolean toldOtherwise = drafts.stream().anyMatch(d -> !d.discussion && !d.reference && !d.planned
                && (d.type == null || TOLD_MEETINGS.contains(d.type)));
        if (toldOtherwise) {
            drafts = drafts.stream().filter(d -> !d.discussion).toList();
        }
        Map<String, EventDraft> bySlug = new LinkedHashMap<>();
        List<EventDraft> pending = new ArrayList<>();
        for (EventDraft d : drafts) {
            if (d.type == null && !d.trigger.invited()) {
                pending.add(d);
                continue;
            }
            if (d.type == null) {
                d.type = EventType.OFFICIAL_VISIT;
            }
            if (d.reference) {
                pending.add(d);
                continue;
            }
            d.slug = EventIdentity.slug(d, month);
            if (d.slug == null) {
                pending.add(d);
                continue;
            }
            EventDraft first = bySlug.putIfAbsent(d.slug, d);
            if (first != null) {
                first.absorb(d);
            }
        }
        // references ("the talks", "the visit") join the event of that kind told nearest before them, else after;
        // visits told with guest and host go first, so that a visit whose words name no host can join one
        pending.sort(java.util.Comparator.comparing((EventDraft r) -> !(r.type == null && !r.reference && r.guest != null && r.hostCountry != null)));
        for (EventDraft r : pending) {
            EventDraft target = null;
            for (EventDraft c : bySlug.values()) {
                boolean kind = r.type == null ? (c.type == EventType.STATE_VISIT || c.type == EventType.OFFICIAL_VISIT) && !c.planned
                        : c.type == r.type;
                if (!kind || (r.guest != null && c.guest != null && !r.guest.equals(c.guest))) {
                    continue;
                }
                if (r.trigger.ordinal() != null && !r.trigger.ordinal().equals(c.trigger.ordinal())) {
                    continue;
                }
                if ((r.type == EventType.CONGRESS || r.type == EventType.COMMITTEE_SESSION) && r.trigger.ordinal() == null
                        && bySlug.values().stream().filter(o -> o.type == r.type).count() != 1) {
                    // "the congress" is the article's one congress, if it tells of only one
                    continue;
                }
                if (c.sentence <= r.sentence || target == null) {
                    target = c;
                }
            }
            if (target == null && visit(r) && !r.reference && (!r.planned || r.firstDate() != null) && r.guest != null) {
                // "Widodo's visit to Japan", "his inaugural trip to Indonesia": a visit of its own, of no stated kind;
                // "Pany Yathotou's visit demonstrates …": the article's one visit, kept with its guest though no host is named;
                // one announced with its day ("will be in Singapore for a two-day visit from today") too.
                // Its kind is the one the article tells of a visit it cannot place ("his inaugural trip to Indonesia" …
                // "During the state visit,"), else an official visit
                r.type = r.type != null ? r.type : pending.stream().filter(o -> o != r && (o.type == EventType.STATE_VISIT || o.type == EventType.OFFICIAL_VISIT)
                        && (o.guest == null || o.guest.equals(r.guest))).map(o -> o.type).findFirst().orElse(EventType.OFFICIAL_VISIT);
                r.slug = r.hostCountry != null ? EventIdentity.slug(r, month) : EventIdentity.hostlessVisitSlug(r, month);
                if (r.slug != null) {
                    EventDraft first = bySlug.putIfAbsent(r.slug, r);
                    if (first != null) {
                        first.absorb(r);
                    }
                }
                continue;
            }
            if (target != null) {
                if (r.type == null && target.type != null) {
                    // "During the visit, X and his spouse Y …": the visit's guests
                    r.participants.replaceAll((ref, role) -> role.asSide(ParticipantRole.GUEST));
                }
                target.absorb(r);
            }
        }
        // a slug may change once references have filled dates in; recompute and re-merge
        Map<String, EventDraft> out = new LinkedHashMap<>();
        for (EventDraft d : bySlug.values()) {
            String slug = EventIdentity.slug(d, month);
            d.slug = slug == null ? d.slug : slug;
            EventDraft first = out.putIfAbsent(d.slug, d);
            if (first != null) {
                first.absorb(d);
            }
        }
        // an invitation "to visit at a convenient time" announces no event of its own; one dated or told elsewhere stays
        out.values().removeIf(d -> d.invitedOnly && d.firstDate() == null);
        return new ArrayList<>(out.values());
    }

    private static EventFact fact(EventDraft d, ReadingContext ctx) {
        List<Participation> ps = new ArrayList<>();
        d.participants.forEach((r, role) -> ps.add(new Participation(r, role)));
        String who = d.participants.keySet().stream().filter(r -> d.main.contains(r) || d.main.isEmpty())
                .map(ctx::label).collect(Collectors.joining(", "));
        String label = label(d.type) + (d.objectLabel != null ? " of " + d.objectLabel : "") + (who.isEmpty() ? "" : ": " + who)
                + (d.firstDate() != null ? " (" + d.firstDate() + ")" : "");
        PartialDate date = d.from == null ? d.date : null;
        return new EventFact(d.slug, d.type, label, date, d.from, d.to, d.place, ps, d.partOf, d.planned, d.count(),
                d.award, d.evidence);
    }

    private static String label(EventType t) {
        String s = CAMEL_CASE_STEP.matcher(t.localName()).replaceAll("$1 $2");
        return s.charAt(0) + s.substring(1).toLowerCase();
    }
}
