package org.diplomacykg.facts.roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;

/**
 * Where a person's offices stand in a sentence, as word ranges, relative to the person's name:
 * <ul>
 *   <li>the noun phrase the name ends: its compounds, adjectives, {@code of}-modifiers and
 *       conjoined titles before it ({@code Lao Prime Minister Sonexay Siphandone},
 *       {@code LPRP General Secretary and President of Laos Thongloun Sisoulith},
 *       {@code led by its Commander Nguyen Van Minh}); it runs left over nominal words only and
 *       stops at another person's name, a verb, a preposition other than {@code of}, or a
 *       determiner that opens the phrase;</li>
 *   <li>an apposition, after the name or before it ({@code Sok Chenda, Deputy Prime Minister of
 *       Cambodia}, {@code his Vietnamese counterpart, Bui Thanh Son});</li>
 *   <li>the predicate of a relative clause on the name ({@code X, who is also Secretary of ...},
 *       {@code X, who as general secretary of ... is});</li>
 *   <li>what the person is elected or appointed ({@code X was re-elected President of ...}).</li>
 * </ul>
 * The parser often hangs a long run of titles beside the name rather than on it, so the phrase
 * before the name is read from the words' categories and cut at the names the tagger finds; the
 * appositions and clauses after it are read from the dependencies.
 */
final class OfficePhrase {
    /** Verbs whose object or passive subject takes the office in an {@code as}-phrase or a small clause. */
    private static final Set<String> INSTALLING_VERBS = Set.of("elect", "re-elect", "reelect", "appoint",
            "re-appoint", "name", "nominate", "designate");

    /** A range of words {@code [first, last]} that tells one or more offices. */
    record Range(int first, int last) {
    }

    private OfficePhrase() {
    }

    /** The ranges telling offices of the name spanning words {@code [nameFirst, nameLast]} with head {@code name}. */
    static List<Range> ranges(Sentence s, int nameFirst, Word name, IntPredicate inName) {
        List<Range> out = new ArrayList<>();
        Range before = before(s, nameFirst, inName);
        if (before != null) {
            out.add(before);
        }
        for (Word d : s.dependents(name.index())) {
            if (inName.test(d.index()) || !d.noun() || d.index() < nameFirst && before != null && d.index() >= before.first()) {
                continue;
            }
            // "Thongloun Sisoulith, President of the Lao PDR and General Secretary of ...": the parser
            // may join an apposed title to the name as a conjunct; a bare noun after the name's comma is one
            boolean apposedConjunct = d.relation().startsWith("conj") && d.index() > name.index()
                    && !hasDependent(s, d, "det") && !hasDependent(s, d, "nmod:poss") && d.index() > 0
                    && (s.words().get(d.index() - 1).tag().equals(",") || s.words().get(d.index() - 1).tag().equals("CC"));
            if (d.relation().equals("appos") || apposedConjunct
                    || d.relation().equals("acl:relcl") && hasDependent(s, d, "cop")) {
                out.add(subtree(s, d, inName));
            }
        }
        for (Word d : s.dependents(name.index())) {
            if (d.relation().equals("acl:relcl")) {
                s.dependents(d.index()).stream()
                        .filter(a -> a.relation().equals("obl:as") && a.noun() && !inName.test(a.index()))
                        .forEach(a -> out.add(subtree(s, a, inName)));
            }
        }
        if (name.head() >= 0) {
            Word up = s.words().get(name.head());
            if (name.relation().equals("appos") && up.noun() && !inName.test(up.index())
                    && (before == null || up.index() < before.first())) {
                out.add(subtree(s, up, inName));
            }
            if (INSTALLING_VERBS.contains(up.lemma().toLowerCase(Locale.ROOT))
                    && (name.relation().equals("nsubj:pass") || name.relation().equals("obj"))) {
                s.dependents(up.index()).stream()
                        .filter(a -> (a.relation().equals("xcomp") || a.relation().equals("obl:as"))
                                && a.noun() && !inName.test(a.index()))
                        .forEach(a -> out.add(subtree(s, a, inName)));
            }
        }
        return out;
    }

    /**
     * The nominal words right before a name: nouns, adjectives, {@code of} with its body, {@code
     * and} between titles, a possessive. Null when the word before the name is not one.
     */
    private static Range before(Sentence s, int nameFirst, IntPredicate inName) {
        int end = nameFirst;
        while (end > 0 && abbreviatedRank(s.words().get(end - 1))) {
            end--; // "Minister of National Defence Gen. Phan Văn Giang": a rank goes with the name
        }
        int first = end;
        for (int k = end - 1; k >= 0; k--) {
            Word w = s.words().get(k);
            if (inName.test(k)) {
                break;
            }
            String tag = w.tag();
            boolean of = (tag.equals("IN") || tag.equals("TO")) && (w.lemma().equals("of") || w.lemma().equals("to"));
            boolean ofThe = tag.equals("DT") && k > 0 && s.words().get(k - 1).lemma().equals("of");
            boolean bracket = tag.equals("-LRB-") || tag.equals("-RRB-"); // "Communist Party of Việt Nam (CPV) Central Committee"
            if (tag.startsWith("NN") || tag.startsWith("JJ") || of || ofThe || bracket || tag.equals("CC") || tag.equals("POS")) {
                first = k;
            } else if (tag.equals("PRP$")) {
                first = k; // "its Commander": the possessor opens the phrase
                break;
            } else {
                break;
            }
        }
        // a phrase does not open with "and" or "of"
        while (first < end && !s.words().get(first).noun() && !s.words().get(first).tag().startsWith("JJ")
                && !s.words().get(first).tag().equals("PRP$")) {
            first++;
        }
        return first < end ? new Range(first, end - 1) : null;
    }

    /** A rank the tokenizer keeps as one abbreviation ({@code Gen.}, {@code Lt.}, {@code Sen.}): a proper noun with its full stop. */
    private static boolean abbreviatedRank(Word w) {
        return w.tag().equals("NNP") && w.text().endsWith(".") && w.text().length() <= 5;
    }

    /** The contiguous words of a noun's phrase, up to a comma or a name. */
    private static Range subtree(Sentence s, Word h, IntPredicate inName) {
        int first = h.index();
        while (first > 0 && within(s, s.words().get(first - 1), h) && !inName.test(first - 1)
                && !s.words().get(first - 1).tag().equals(",")) {
            first--;
        }
        while (first < h.index() && isDroppedOpener(s.words().get(first))) {
            first++;
        }
        int last = h.index();
        while (last + 1 < s.words().size() && within(s, s.words().get(last + 1), h) && !inName.test(last + 1)
                && !s.words().get(last + 1).tag().equals(",")) {
            last++;
        }
        return new Range(first, last);
    }

    /** Words that open a phrase without telling the office: {@code the}, {@code who}, {@code is}, {@code as}. */
    private static boolean isDroppedOpener(Word w) {
        return w.tag().equals("DT") || w.tag().startsWith("W") || w.relation().equals("cop")
                || w.relation().equals("case") || w.tag().equals("RB") || w.relation().startsWith("nsubj");
    }

    /** True when {@code w} is {@code h} or hangs on it, through any number of heads. */
    static boolean within(Sentence s, Word w, Word h) {
        Word x = w;
        for (int guard = 0; guard < 50 && x != null; guard++) {
            if (x.index() == h.index()) {
                return true;
            }
            x = x.head() < 0 ? null : s.words().get(x.head());
        }
        return false;
    }

    static boolean hasDependent(Sentence s, Word w, String relation) {
        return s.dependents(w.index()).stream().anyMatch(d -> d.relation().equals(relation));
    }
}
