package org.diplomacykg.facts.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;

/**
 * The words of the dependency parse that name who an event is with, whatever words tell it: the
 * "with" and "between" phrases of the event noun or of the verb that tells it ("talks with X",
 * "met with X", "talks were held between X and Y", "talks took place between X and Y"), the agents of
 * a passive ("the meeting was chaired by X and attended by Y"), the object of a verb that is the
 * event ("met X", "received X"), and each conjunct of those ("with X and Y").
 *
 * <pre>
 * Word talks = EventSyntax.head(s, trigger);           // "Talks"
 * EventArguments.partners(s, talks)                    // "Berg" (whose phrase holds "Anna Berg and Olav Lind")
 * EventArguments.collective(s, w)                      // "the two Border Guard High Commands": 2
 * </pre>
 */
final class EventArguments {
    private EventArguments() {
    }

    /**
     * The words naming who the event is with. The predicate is the verb that tells the event ("held" in "talks were
     * held"), or "took" in "talks took place", or the event word itself when it is a verb.
     */
    static List<Word> partners(Sentence s, Word head) {
        Word predicate = teller(s, head);
        List<Word> out = new ArrayList<>();
        for (Word w : s.dependents(head.index())) {
            if (partnerRelation(w.relation()) || head.verb() && w.relation().equals("obj")) {
                out.add(w);
            }
        }
        if (predicate.index() != head.index()) {
            for (Word w : s.dependents(predicate.index())) {
                if (partnerRelation(w.relation())) {
                    out.add(w);
                }
            }
        }
        if (passiveOf(s, predicate, head)) {
            // "the meeting was chaired by X and attended by Y": the agents of the verb and of its subject-less conjuncts
            List<Word> verbs = new ArrayList<>(List.of(predicate));
            for (Word c : s.dependents(predicate.index())) {
                if (c.relation().startsWith("conj") && c.verb() && s.dependents(c.index()).stream().noneMatch(d -> d.relation().startsWith("nsubj"))) {
                    verbs.add(c);
                }
            }
            for (Word v : verbs) {
                for (Word w : s.dependents(v.index())) {
                    if (w.relation().equals("obl:agent") || w.relation().equals("obl:by")) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    /**
     * The verb that tells the event the word heads: {@link EventSyntax#predicate}, or the verb of which the
     * event is the subject when that verb only says it happened ("talks took place", "the meeting happened").
     */
    static Word teller(Sentence s, Word head) {
        Word predicate = EventSyntax.predicate(s, head);
        if (predicate.index() != head.index() || head.head() < 0 || !head.relation().equals("nsubj")) {
            return predicate;
        }
        Word gov = s.words().get(head.head());
        String lemma = gov.lemma().toLowerCase(Locale.ROOT);
        boolean tookPlace = lemma.equals("take") && s.dependents(gov.index()).stream()
                .anyMatch(d -> d.relation().equals("obj") && d.lemma().equalsIgnoreCase("place"));
        return tookPlace || lemma.equals("happen") || lemma.equals("occur") ? gov : predicate;
    }

    /** How many a noun counts when it is "the two …", "both …" or "the three …" ("the two ministries"): 0 otherwise. */
    static int collective(Sentence s, Word w) {
        if (!w.noun()) {
            return 0;
        }
        for (Word d : s.dependents(w.index())) {
            if (d.index() > w.index()) {
                continue; // "Section 2" numbers a thing; "the two Ministers" (which the tagger may call singular) counts
            }
            String lemma = d.lemma().toLowerCase(Locale.ROOT);
            if (d.relation().equals("nummod") && (lemma.equals("two") || lemma.equals("2"))) {
                return 2;
            }
            if (d.relation().equals("nummod") && (lemma.equals("three") || lemma.equals("3"))) {
                return 3;
            }
            if (lemma.equals("both") && (d.relation().startsWith("det") || d.relation().equals("cc:preconj"))) {
                return 2;
            }
        }
        return 0;
    }

    /**
     * What a collective noun names, in lower case and in the singular with its compounds ("the two Border Guard
     * High Commands": "border guard high command"), to find the organisations of the article that it counts.
     */
    static String collectiveName(Sentence s, Word w) {
        StringBuilder name = new StringBuilder();
        for (Word d : s.dependents(w.index())) {
            if (d.relation().equals("compound") && d.index() < w.index()) {
                name.append(d.text().toLowerCase(Locale.ROOT)).append(' ');
            }
        }
        return name.append(singular(w.text().toLowerCase(Locale.ROOT))).toString();
    }

    /** The singular of an English plural noun; the lemmatiser leaves capitalised plurals ("Commands") as they are. */
    static String singular(String plural) {
        if (plural.endsWith("ies") && plural.length() > 4) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        if (plural.endsWith("ses") || plural.endsWith("xes") || plural.endsWith("ches") || plural.endsWith("shes")) {
            return plural.substring(0, plural.length() - 2);
        }
        if (plural.endsWith("s") && !plural.endsWith("ss")) {
            return plural.substring(0, plural.length() - 1);
        }
        return plural;
    }

    /** The possessor of the event noun when it is "their" ("their talks"). */
    static Optional<Word> theirs(Sentence s, Word head) {
        return EventSyntax.possessor(s, head).filter(p -> p.lemma().equalsIgnoreCase("they"));
    }

    private static boolean partnerRelation(String relation) {
        return relation.equals("nmod:with") || relation.equals("nmod:between") || relation.equals("obl:with")
                || relation.equals("obl:between") || relation.equals("nmod:among") || relation.equals("obl:among");
    }

    /** True when the predicate is a passive verb whose subject is the event ("was chaired") or which is the event itself. */
    private static boolean passiveOf(Sentence s, Word predicate, Word head) {
        if (!predicate.verb() || !predicate.tag().equals("VBN")) {
            return false;
        }
        return predicate.index() == head.index()
                || s.dependents(predicate.index()).stream().anyMatch(d -> d.index() == head.index() && d.relation().equals("nsubj:pass"));
    }
}
