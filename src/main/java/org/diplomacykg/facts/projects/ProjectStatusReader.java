package org.diplomacykg.facts.projects;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.facts.ProjectStatus;

/**
 * What the clause around a project phrase says is done with it, read from the words that govern
 * the phrase ("the <b>inauguration</b> of the X Park", "agreed to <b>upgrade</b> the X border gate",
 * "<b>Putting</b> X <b>into use</b>") and, failing those, from its own modifiers ("the
 * <b>planned</b> X Bridge", "a project <b>built</b> by…") or a clause that tells of it again ("X has
 * become a symbol since <b>it</b> was <b>put into operation</b>"). A word that says something is being
 * developed, funded or opened makes a facility a project ({@link Reading#developed()}); some also
 * say where it stands ({@link Reading#status()}).
 */
final class ProjectStatusReader {
    /** The clause's reading of one project phrase; {@code status} is null when no word says it. */
    record Reading(boolean developed, ProjectStatus status) {
        static final Reading NOTHING = new Reading(false, null);
    }

    private static final Map<String, ProjectStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("inaugurate", ProjectStatus.INAUGURATED), Map.entry("inauguration", ProjectStatus.INAUGURATED),
            Map.entry("open", ProjectStatus.INAUGURATED), Map.entry("opening", ProjectStatus.INAUGURATED),
            Map.entry("commission", ProjectStatus.INAUGURATED), Map.entry("commissioning", ProjectStatus.INAUGURATED),
            Map.entry("complete", ProjectStatus.COMPLETED), Map.entry("completion", ProjectStatus.COMPLETED),
            Map.entry("handover", ProjectStatus.COMPLETED),
            Map.entry("build", ProjectStatus.UNDER_CONSTRUCTION), Map.entry("building", ProjectStatus.UNDER_CONSTRUCTION),
            Map.entry("construct", ProjectStatus.UNDER_CONSTRUCTION),
            Map.entry("construction", ProjectStatus.UNDER_CONSTRUCTION),
            Map.entry("upgrade", ProjectStatus.UNDER_CONSTRUCTION), Map.entry("upgrading", ProjectStatus.UNDER_CONSTRUCTION),
            Map.entry("expand", ProjectStatus.UNDER_CONSTRUCTION), Map.entry("expansion", ProjectStatus.UNDER_CONSTRUCTION),
            Map.entry("groundbreaking", ProjectStatus.UNDER_CONSTRUCTION),
            Map.entry("study", ProjectStatus.UNDER_STUDY), Map.entry("survey", ProjectStatus.UNDER_STUDY),
            Map.entry("feasibility", ProjectStatus.UNDER_STUDY),
            Map.entry("planned", ProjectStatus.PLANNED), Map.entry("plan", ProjectStatus.PLANNED));

    /** Words that develop, fund or start an undertaking without saying where it stands. */
    private static final Set<String> DEVELOPMENT_WORDS = Set.of(
            "develop", "development", "fund", "funding", "finance", "financing", "invest", "investment", "donate",
            "launch", "establish", "establishment", "implement", "implementation", "realise", "realize",
            "realisation", "realization", "accelerate", "expedite", "submit", "project");

    /** Relations across which a governing word no longer speaks of the phrase. */
    private static final Set<String> CLAUSE_EDGES = Set.of("root", "ccomp", "parataxis", "acl:relcl", "csubj");

    Reading read(Sentence s, int top, int head) {
        Reading governed = governing(s, top);
        if (governed.status() != null) {
            return governed;
        }
        Reading own = ownModifiers(s, head);
        if (own.developed()) {
            return own;
        }
        Reading again = toldAgain(s, top);
        return again.status() != null ? again : governed;
    }

    /** "X has become a symbol since <b>it</b> was put into operation": a clause on the subject's verb that tells of it again. */
    private static Reading toldAgain(Sentence s, int top) {
        Word subject = s.words().get(top);
        if (!subject.relation().startsWith("nsubj") || subject.head() < 0) {
            return Reading.NOTHING;
        }
        for (Word clause : s.dependents(subject.head())) {
            if (clause.verb() && (clause.relation().startsWith("advcl") || clause.relation().startsWith("conj"))
                    && s.dependents(clause.index()).stream().anyMatch(d -> d.relation().startsWith("nsubj")
                    && d.lemma().equalsIgnoreCase("it"))) {
                Reading r = cue(s, clause);
                if (r.developed()) {
                    return r;
                }
            }
        }
        return Reading.NOTHING;
    }

    /** The nearest word above the phrase that develops it, climbing over nouns but not over other verbs. */
    private static Reading governing(Sentence s, int top) {
        Word cur = s.words().get(top);
        boolean developed = false;
        for (int step = 0; step < 4 && cur.head() >= 0 && !CLAUSE_EDGES.contains(cur.relation())
                && !cur.relation().startsWith("advcl"); step++) {
            Word gov = s.words().get(cur.head());
            if (cur.relation().equals("nsubj") && gov.verb()
                    && s.dependents(gov.index()).stream().anyMatch(d -> d.relation().equals("obj"))) {
                break; // "the X Hospital will build a new wing": the builder, not what is built
            }
            Reading r = cue(s, gov);
            if (r.status() != null) {
                return r;
            }
            developed |= r.developed();
            if (gov.verb() && !r.developed()) {
                break;
            }
            cur = gov;
        }
        return new Reading(developed, null);
    }

    /** "the planned X", "X, a project built by…", "X, which broke ground in…". */
    private static Reading ownModifiers(Sentence s, int head) {
        for (Word d : s.dependents(head)) {
            if (d.relation().equals("amod") || d.relation().startsWith("acl")) {
                Reading r = cue(s, d);
                if (r.developed()) {
                    return r;
                }
            } else if (d.relation().equals("appos")) {
                Reading r = ownModifiers(s, d.index());
                if (r.developed()) {
                    return r;
                }
            }
        }
        return Reading.NOTHING;
    }

    /** What one word says: its lemma, its particle ("hand over", "set up") or its object ("break ground"). */
    private static Reading cue(Sentence s, Word w) {
        String lemma = w.lemma().toLowerCase(Locale.ROOT);
        if (w.verb() && (lemma.equals("put") || lemma.equals("bring"))) {
            for (Word d : s.dependents(w.index())) {
                if (d.relation().equals("obl:into") && Set.of("use", "operation", "service").contains(d.lemma())) {
                    return new Reading(true, ProjectStatus.IN_OPERATION);
                }
            }
            return Reading.NOTHING;
        }
        if (w.verb() && (lemma.equals("hand") || lemma.equals("set") || lemma.equals("break") || lemma.equals("speed"))) {
            for (Word d : s.dependents(w.index())) {
                if (lemma.equals("hand") && d.relation().equals("compound:prt") && d.lemma().equals("over")) {
                    return new Reading(true, ProjectStatus.COMPLETED);
                }
                if (lemma.equals("break") && d.relation().equals("obj") && d.lemma().equals("ground")) {
                    return new Reading(true, ProjectStatus.UNDER_CONSTRUCTION);
                }
                if ((lemma.equals("set") || lemma.equals("speed")) && d.relation().equals("compound:prt")
                        && d.lemma().equals("up")) {
                    return new Reading(true, null);
                }
            }
            return Reading.NOTHING;
        }
        ProjectStatus status = STATUS_WORDS.get(lemma);
        if (status == null && w.noun()) {
            status = STATUS_WORDS.get(w.text().toLowerCase(Locale.ROOT));
        }
        if (status != null) {
            return new Reading(true, status);
        }
        if (w.noun()) {
            // "the commissioning ceremony of…", "the groundbreaking ceremony for…"
            for (Word d : s.dependents(w.index())) {
                if ((d.relation().equals("compound") || d.relation().equals("amod")) && d.index() < w.index()) {
                    ProjectStatus st = STATUS_WORDS.get(d.text().toLowerCase(Locale.ROOT));
                    if (st != null && st != ProjectStatus.PLANNED) {
                        return new Reading(true, st);
                    }
                }
            }
        }
        return new Reading(DEVELOPMENT_WORDS.contains(lemma), null);
    }
}
