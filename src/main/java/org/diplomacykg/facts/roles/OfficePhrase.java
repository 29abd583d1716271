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

    /**
     * A range of words {@code [first, last]} that tells one or more offices; {@code placeAfter} is
     * the word of a country or body the name itself takes in an {@code of}-phrase ({@code President
     * Joko Widodo of Indonesia}), or -1.
     */
    record Range(int first, int last, int placeAfter) {
        Range(int first, int last) {
            this(first, last, -1);
        }
    }

    private OfficePhrase() {
    }

    /**
     * The ranges telling offices of the name spanning words {@code [nameFirst, nameLast]} with head
     * {@code name}; {@code inName} tells the words of any person's name, {@code inOtherName} those of
     * the names of bodies and places.
     */
    static List<Range> ranges(Sentence s, int nameFirst, int nameLast, Word name, IntPredicate inName,
                              IntPredicate inOtherName) {
        List<Range> out = new ArrayList<>();
        Range before = before(s, nameFirst, inName, inOtherName);
        if (before != null) {
            out.add(new Range(before.first(), before.last(), placeOfName(s, nameLast, name, inOtherName)));
        }
        // "X, President of the CPP and President of the Senate": titles after the name's comma,
        // which the parser hangs on the name as appositions or as conjuncts
        boolean commaAfter = nameLast + 1 < s.words().size() && s.words().get(nameLast + 1).tag().equals(",");
        List<Range> after = new ArrayList<>();
        for (Word d : s.dependents(name.index())) {
            if (inName.test(d.index()) || !d.noun() || d.index() < nameFirst && before != null && d.index() >= before.first()) {
                continue;
            }
            boolean apposedConjunct = d.relation().startsWith("conj") && d.index() > nameLast && commaAfter
                    && !hasDependent(s, d, "det") && !hasDependent(s, d, "nmod:poss");
            Range phrase = subtree(s, d, inName);
            if (phrase.last() + 1 < s.words().size() && inName.test(phrase.last() + 1)) {
                continue; // "A, Minister of X, and Vietnamese Ambassador B": a title right before a name is that name's
            }
            if (d.relation().equals("appos") || apposedConjunct) {
                after.add(phrase);
            } else if (d.relation().equals("acl:relcl") && hasDependent(s, d, "cop")) {
                out.add(subtree(s, d, inName));
            }
        }
        Range loose = looseApposition(s, nameLast, name, commaAfter, inName);
        if (loose != null && after.stream().noneMatch(r -> r.first() <= loose.last() && loose.first() <= r.last())) {
            after.add(loose);
        }
        out.addAll(joinedAfterName(s, after));
        for (Word d : s.dependents(name.index())) {
            if (d.relation().equals("acl:relcl")) {
                s.dependents(d.index()).stream()
                        .filter(a -> a.relation().equals("obl:as") && a.noun() && !inName.test(a.index()))
                        .forEach(a -> out.add(subtree(s, a, inName)));
            }
        }
        // "A and B, the ministers' deputies" / "two NA Vice Presidents, including A and B": the
        // noun a list of names is apposed to, or whose members it names, tells each name's office
        Word first = name;
        while (first.relation().startsWith("conj") && first.head() >= 0 && inName.test(first.head())) {
            first = s.words().get(first.head());
        }
        if (first.head() >= 0) {
            Word up = s.words().get(first.head());
            boolean listed = first.relation().equals("appos")
                    || first.relation().equals("nmod:including") && up.tag().startsWith("NNS")
                    || first.relation().equals("nmod:including") && up.tag().equals("NNPS");
            Range phrase = subtree(s, up, inName);
            // "Meeting Thai Prime Minister A the same afternoon, B suggested": the parser may appose a
            // name to a title that prefixes another name; that title is the other person's
            boolean prefixesAnother = phrase.last() + 1 < s.words().size() && inName.test(phrase.last() + 1)
                    && (phrase.last() + 1 < nameFirst || phrase.last() + 1 > nameLast);
            if (listed && up.noun() && !inName.test(up.index()) && !prefixesAnother
                    && (before == null || up.index() < before.first())) {
                out.add(phrase);
            }
        }
        // "met President A and Chairman of the National Assembly, B": the parser apposes or conjoins B to
        // A, the list's first name; the title conjoined to A that ends right before B's comma is B's
        if ((name.relation().equals("appos") || name.relation().startsWith("conj")) && name.head() >= 0 && inName.test(name.head()) && nameFirst >= 2
                && s.words().get(nameFirst - 1).tag().equals(",")) {
            for (Word c : s.dependents(name.head())) {
                if (c.relation().startsWith("conj") && c.noun() && !inName.test(c.index()) && c.index() < nameFirst) {
                    Range phrase = subtree(s, c, inName);
                    if (phrase.last() == nameFirst - 2) {
                        out.add(phrase);
                    }
                }
            }
        }
        if (name.head() >= 0) {
            Word up = s.words().get(name.head());
            if (INSTALLING_VERBS.contains(up.lemma().toLowerCase(Locale.ROOT))
                    && (name.relation().equals("nsubj:pass") || name.relation().equals("obj"))) {
                s.dependents(up.index()).stream()
                        .filter(a -> (a.relation().equals("xcomp") || a.relation().equals("obl:as"))
                                && a.noun() && !inName.test(a.index()))
                        .forEach(a -> out.add(subtree(s, a, inName)));
            }
            // "X is the President of ...", "X was re-elected President of ...": the parser reads the
            // participle as an adjective of a copular predicate; a past copula without one tells an
            // office no longer held ("X was President from 2016 to 2021")
            if (name.relation().equals("nsubj") && up.noun() && !inName.test(up.index())) {
                boolean present = s.dependents(up.index()).stream().anyMatch(c -> c.relation().equals("cop")
                        && (c.tag().equals("VBZ") || c.tag().equals("VBP")));
                boolean installed = s.dependents(up.index()).stream().anyMatch(c -> installingParticiple(c));
                if (hasDependent(s, up, "cop") && (present || installed)) {
                    out.add(subtree(s, up, inName));
                }
            }
        }
        return out;
    }

    /**
     * A noun phrase set off by the comma after a name that the parser hangs on the clause instead
     * of the name ({@code was accompanied by A, the Thai ambassador to Myanmar.} read with the
     * ambassador as the verb's object): it runs from the comma to the next comma or the
     * sentence's end, and is no subject ({@code After meeting A, the ambassador said ...}). Null
     * when there is none; the office nouns decide whether it tells an office.
     */
    private static Range looseApposition(Sentence s, int nameLast, Word name, boolean commaAfter, IntPredicate inName) {
        int first = nameLast + 2;
        if (!commaAfter || first >= s.words().size()) {
            return null;
        }
        int end = first;
        while (end + 1 < s.words().size() && !s.words().get(end + 1).tag().equals(",")
                && !s.words().get(end + 1).tag().equals(".")) {
            end++;
        }
        Word top = s.words().get(first);
        for (int guard = 0; guard < 50 && top.head() >= first && top.head() <= end; guard++) {
            top = s.words().get(top.head());
        }
        if (!top.noun() || inName.test(top.index()) || top.relation().startsWith("nsubj")
                || within(s, top, name) || within(s, name, top)) {
            return null; // not a noun phrase of its own, a subject, or already the name's (or the name its)
        }
        for (int k = first; k <= end; k++) {
            Word w = s.words().get(k);
            if (inName.test(k) || w.tag().startsWith("VB") || !within(s, w, top)) {
                return null; // a clause, another name, or words the phrase does not hold
            }
        }
        return subtree(s, top, inName);
    }

    /**
     * The country or body a name takes in an {@code of}-phrase right after it ({@code Prime Minister
     * Hun Manet of Cambodia}): the name's {@code nmod:of} dependent, a named country or body, with
     * only {@code of} and an article between; -1 when there is none.
     */
    private static int placeOfName(Sentence s, int nameLast, Word name, IntPredicate inOtherName) {
        for (Word d : s.dependents(name.index())) {
            if (!d.relation().equals("nmod:of") || d.index() <= nameLast || !inOtherName.test(d.index())) {
                continue;
            }
            int k = nameLast + 1;
            while (k < d.index() && (s.words().get(k).lemma().equals("of") || s.words().get(k).tag().equals("DT")
                    || inOtherName.test(k))) {
                k++;
            }
            if (k == d.index() && s.words().get(nameLast + 1).lemma().equals("of")) {
                return d.index();
            }
        }
        return -1;
    }

    /** An adjective or participle of an installing verb: {@code re-elected}, {@code newly appointed}. */
    private static boolean installingParticiple(Word w) {
        if (!(w.tag().startsWith("JJ") || w.tag().equals("VBN"))) {
            return false;
        }
        String form = w.text().toLowerCase(Locale.ROOT);
        return form.endsWith("ed") && (INSTALLING_VERBS.contains(form.substring(0, form.length() - 1))
                || INSTALLING_VERBS.contains(form.substring(0, form.length() - 2)));
    }

    /**
     * Ranges after a name joined into one where only commas and conjunctions part them, so that a
     * country at the end is the whole list's ({@code Deputy Prime Minister and Minister of National
     * Defence of Laos}); the offices are cut apart again by their nouns.
     */
    private static List<Range> joinedAfterName(Sentence s, List<Range> after) {
        List<Range> sorted = new ArrayList<>(after);
        sorted.sort((a, b) -> Integer.compare(a.first(), b.first()));
        List<Range> out = new ArrayList<>();
        for (Range r : sorted) {
            Range last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && onlyJoiners(s, last.last() + 1, r.first() - 1)) {
                out.set(out.size() - 1, new Range(last.first(), Math.max(last.last(), r.last())));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean onlyJoiners(Sentence s, int a, int b) {
        for (int k = a; k <= b; k++) {
            String tag = s.words().get(k).tag();
            if (!tag.equals(",") && !tag.equals("CC")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The nominal words right before a name: nouns, adjectives, {@code of} with its body, {@code
     * and} between titles, a possessive, the words of a body's or place's name whatever their tags.
     * Null when the word before the name is not one. Honorifics the tagger reads as part of the
     * person's name ({@code Samdech Techo}) and ranks ({@code Gen.}) go with the name.
     */
    private static Range before(Sentence s, int nameFirst, IntPredicate inName, IntPredicate inOtherName) {
        int end = nameFirst;
        while (end > 0 && abbreviatedRank(s.words().get(end - 1))) {
            end--; // "Minister of National Defence Gen. Phan Văn Giang": a rank goes with the name
        }
        int first = end;
        int crossedConjunction = -1;
        for (int k = end - 1; k >= 0; k--) {
            Word w = s.words().get(k);
            if (inName.test(k) || hangsOnEarlierName(s, k, inName)) {
                // "Prime Minister A of Cambodia and President B": "of Cambodia" is A's
                break;
            }
            String tag = w.tag();
            // "of" a body or portfolio, "to" where an envoy is sent, "for" a portfolio ("Minister for
            // Foreign Affairs"), and a preposition inside a hyphenated word ("Commander-in-Chief")
            boolean of = (tag.equals("IN") || tag.equals("TO")) && (w.lemma().equals("of") || w.lemma().equals("to")
                    || w.lemma().equals("for") || insideHyphenatedWord(s, k));
            boolean ofThe = tag.equals("DT") && k > 0 && s.words().get(k - 1).lemma().equals("of");
            boolean bracket = tag.equals("-LRB-") || tag.equals("-RRB-"); // "Communist Party of Việt Nam (CPV) Central Committee"
            if (inOtherName.test(k)) {
                first = k; // "Secretary of the Nghệ An Party Committee": "An" is tagged an article
            } else if (tag.startsWith("NN") || tag.startsWith("JJ") || of || ofThe || bracket || tag.equals("POS")
                    || innerHyphen(s, k)) {
                first = k;
            } else if (tag.equals("CC")) {
                first = k;
                crossedConjunction = k;
            } else if (tag.equals(",") && portfolioComma(s, k, end, inOtherName)) {
                first = k; // "Minister of Investment, Trade and Industry"
            } else if (tag.equals("PRP$")) {
                first = k; // "its Commander": the possessor opens the phrase
                break;
            } else {
                if (tag.equals("DT") && crossedConjunction > k && !hasPreposition(s, k + 1, crossedConjunction - 1)) {
                    // "the vice premier and Lao Minister of Energy B": a title prefixed to a name
                    // takes no article, so an article on the conjunct before opens a noun phrase of
                    // its own; not so when it opens a phrase the titles hang on by "of" ("the
                    // invitation of General Secretary of the LPRP and President of Laos X")
                    first = crossedConjunction + 1;
                }
                break;
            }
        }
        // a phrase does not open with "and" or "of"
        while (first < end && !s.words().get(first).noun() && !s.words().get(first).tag().startsWith("JJ")
                && !s.words().get(first).tag().equals("PRP$") && !inOtherName.test(first)) {
            first++;
        }
        return first < end ? new Range(first, end - 1) : null;
    }

    /**
     * True when word {@code k} is in a prepositional modifier of a name before it ({@code of
     * Cambodia} in {@code Hun Manet of Cambodia}): the first name its heads lead to stands before
     * {@code k} and takes the phrase as an {@code nmod}. A title the parser conjoins to the name
     * before ({@code A and Governor of Vientiane B}) is not that name's.
     */
    private static boolean hangsOnEarlierName(Sentence s, int k, IntPredicate inName) {
        Word x = s.words().get(k);
        for (int guard = 0; guard < 50 && x.head() >= 0; guard++) {
            if (inName.test(x.head())) {
                return x.head() < k && x.relation().startsWith("nmod");
            }
            x = s.words().get(x.head());
        }
        return false;
    }

    private static boolean hasPreposition(Sentence s, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (s.words().get(k).tag().equals("IN") || s.words().get(k).tag().equals("TO")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A comma inside a portfolio's list: a noun before it that an {@code of} opens, a noun after
     * it, and a conjunction after that before the name ({@code of Investment, Trade and
     * Industry}). A portfolio names no body or place, so a name there ends the list ({@code
     * Governor of Sa Kaeo province, and Mr X}).
     */
    private static boolean portfolioComma(Sentence s, int comma, int end, IntPredicate inOtherName) {
        if (comma == 0 || comma + 1 >= end || !s.words().get(comma - 1).noun() || !s.words().get(comma + 1).noun()) {
            return false;
        }
        boolean ofBefore = false;
        for (int k = comma - 1; k >= 0; k--) {
            Word w = s.words().get(k);
            if (inOtherName.test(k)) {
                return false;
            }
            if (w.tag().equals("IN") && w.lemma().equals("of")) {
                ofBefore = true;
                break;
            }
            if (!(w.noun() || w.tag().startsWith("JJ"))) {
                break;
            }
        }
        boolean conjunctionAfter = false;
        for (int k = comma + 1; k < end; k++) {
            Word w = s.words().get(k);
            if (w.tag().equals("CC")) {
                conjunctionAfter = true;
                break;
            }
            if (!(w.noun() || w.tag().startsWith("JJ") || w.tag().equals(","))) {
                break;
            }
        }
        return ofBefore && conjunctionAfter;
    }

    /**
     * A hyphen inside a word the tokenizer split ({@code Secretary - General}), written without
     * spaces; a dash between spaces ({@code (AP) — Cambodian ...}) ends the phrase.
     */
    private static boolean innerHyphen(Sentence s, int k) {
        Word w = s.words().get(k);
        return w.tag().equals("HYPH") && k > 0 && k + 1 < s.words().size()
                && s.words().get(k - 1).end() == w.start() && w.end() == s.words().get(k + 1).start();
    }

    /** A word the tokenizer split out of a hyphenated word: the {@code in} of {@code Commander-in-Chief}. */
    static boolean insideHyphenatedWord(Sentence s, int k) {
        return k > 0 && k + 1 < s.words().size() && innerHyphen(s, k - 1) && innerHyphen(s, k + 1);
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
        return w.tag().equals("DT") || w.tag().equals("CC") || w.tag().startsWith("W") || w.relation().equals("cop")
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
