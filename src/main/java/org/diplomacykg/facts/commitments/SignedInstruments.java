package org.diplomacykg.facts.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;

/**
 * Instruments signed with their content stated, read from the parse: the instrument noun is the
 * object or passive subject of a signing verb ("signed an MoU on …", "an accord was inked to
 * establish …"), the "of" of a signing noun ("the signing of an agreement on visa exemption"),
 * or is modified by "signed" ("MOUs signed between …"); its content is its "on"/"about"/
 * "concerning" phrase, its "to" clause, or the "to" clause of the verb that signs it, its field
 * ("an MOC in the field of …", "agreements in the fields including trade and commerce"), or its
 * own name when a noun before it says what it is about ("the Currency Swap Agreement"). The
 * ontology maps a commitment to PLOVER AGREE, which covers signing a formal agreement, so such a
 * signing is an undertaking of what the instrument says (the lead's decision of 2026-12-04, widened
 * on 2026-12-06 to instruments named by their fields, as the annotators of all three corpus
 * rounds read them). An instrument that says nothing of what it is about ("signed the
 * agreements", "witnessed the exchange of 12 cooperation documents") is the signing event alone.
 */
public final class SignedInstruments {
    /** Nouns that name a formal instrument. */
    private static final Set<String> INSTRUMENTS = Set.of("agreement", "memorandum", "memoranda", "mou", "mous", "moc", "mocs",
            "accord", "treaty", "protocol", "pact", "deal", "contract", "arrangement", "document", "letter", "charter", "declaration");
    /** Verbs that sign, and nouns that name a signing, of an instrument. */
    private static final Set<String> SIGNING_VERBS = Set.of("sign", "ink", "conclude", "exchange", "seal");
    private static final Set<String> SIGNING_NOUNS = Set.of("signing", "exchange", "conclusion", "inking");
    /** What stands before an instrument in its own phrase: "an", "11", "cooperation", "Japan's", "new". */
    private static final Set<String> MODIFIERS = Set.of("det", "nummod", "amod", "compound", "nmod:poss");
    /**
     * Prepositions whose phrase on an instrument states what it is about; not "for", which as often
     * names what the instrument finances ("the loan agreements for the two projects").
     */
    private static final Set<String> CONTENT = Set.of("nmod:on", "nmod:about", "nmod:concerning", "nmod:regarding");
    /** How a passive signing names who signed: "was signed between A and B", "by A". */
    private static final Set<String> SIGNERS = Set.of("obl:between", "obl:by", "obl:agent");

    /**
     * One signed instrument with stated content, in word indices: the instrument's phrase from
     * its first word to the content's last, and who signed it (the signing verb's subject or agent,
     * or the subject of the verb that takes the signing noun: "the two leaders witnessed the signing
     * of …"; -1 when the sentence does not say).
     */
    public record SignedInstrument(int first, int last, int instrument, int signer) {
    }

    public List<SignedInstrument> find(Sentence s) {
        List<SignedInstrument> out = new ArrayList<>();
        for (Word w : s.words()) {
            if (!instrument(w)) {
                continue;
            }
            Optional<Word> signing = signing(s, w);
            if (signing.isEmpty()) {
                continue;
            }
            int last = contentLast(s, w, signing.get());
            if (last < 0) {
                continue;
            }
            out.add(new SignedInstrument(first(s, w), last, w.index(),
                    signer(s, signing.get())));
        }
        return out;
    }

    private static boolean instrument(Word w) {
        return w.noun() && (INSTRUMENTS.contains(w.lemma().toLowerCase(Locale.ROOT)) || INSTRUMENTS.contains(w.text().toLowerCase(Locale.ROOT)));
    }

    /**
     * The word that signs the instrument: its verb ("signed an MoU", "was inked"), the signing
     * noun it is "of", the "signed" that modifies it; an instrument conjoined to a signed one or
     * "including"-listed under one is signed by the same.
     */
    private static Optional<Word> signing(Sentence s, Word w) {
        Word at = w;
        boolean listed = false;
        for (int climb = 0; climb < 4 && at.head() >= 0; climb++) {
            if (listed && enumerated(s, at)) {
                return Optional.of(at); // listed with an instrument that a copula or "include" lists
            }
            Word head = s.words().get(at.head());
            String rel = at.relation();
            String lemma = head.lemma().toLowerCase(Locale.ROOT);
            if (head.verb() && SIGNING_VERBS.contains(lemma) && (rel.equals("obj") || rel.equals("nsubj:pass"))) {
                return Optional.of(head);
            }
            if (head.noun() && SIGNING_NOUNS.contains(lemma) && rel.equals("nmod:of")) {
                return Optional.of(head);
            }
            if (listed && instrument(head)) {
                return signing(s, head); // signed with the instrument it is listed with
            }
            // a list of instruments ("an MoU on A, an MoU on B"): the parser may hang a member on the one before's words
            listed |= rel.startsWith("conj") || rel.equals("appos") || rel.equals("nmod:including");
            if (!listed) {
                break;
            }
            at = head;
        }
        if (enumerated(s, w)) {
            return Optional.of(w);
        }
        for (Word d : s.dependents(w.index())) {
            if (d.relation().startsWith("acl") && d.verb() && SIGNING_VERBS.contains(d.lemma().toLowerCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * The last word of what the sentence says the instrument is about: its content phrase or "to"
     * clause (on the instrument, or on the "of" noun of its name: "Letter of Intent to reinforce",
     * "Memorandum of Understanding on …"), else the "to" clause of the verb that signs it; -1 when
     * it says nothing of its content.
     */
    private static int contentLast(Sentence s, Word instrument, Word signing) {
        int last = -1;
        List<Word> carriers = new ArrayList<>(List.of(instrument));
        s.dependents(instrument.index()).stream().filter(d -> d.relation().equals("nmod:of") && d.index() > instrument.index())
                .forEach(carriers::add);
        for (Word carrier : carriers) {
            for (Word d : s.dependents(carrier.index())) {
                if (d.index() > carrier.index() && (CONTENT.contains(d.relation()) || toClause(s, d) || saysWhat(s, d))) {
                    last = Math.max(last, lastOwn(s, d.index()));
                }
            }
        }
        if (instrument.relation().startsWith("nsubj") && instrument.head() >= 0 && copularAbout(s, s.words().get(instrument.head()))) {
            last = Math.max(last, lastOwn(s, instrument.head())); // "the agreements are on A and B"
        }
        if (last < 0) {
            // a "to" clause right after the instrument that the parser hung on the verb ("signed MOUs to expand …",
            // "was inked to establish …", "witness the signing of an agreement to realign …"): it says what the instrument is for
            int after = s.phraseLast(instrument.index()) + 1;
            Word verb = signing.verb() ? signing : signing.head() >= 0 ? s.words().get(signing.head()) : null;
            if (verb != null && instrument.relation().equals("nsubj:pass")) {
                after = verb.index() + 1;
            }
            // a passive instrument's purpose may follow its signers: "was signed by A and B to jointly develop …"
            boolean passive = verb != null && instrument.relation().equals("nsubj:pass");
            for (Word d : verb == null ? List.<Word>of() : s.dependents(verb.index())) {
                if (toClause(s, d) && (s.phraseFirst(d.index()) == after || passive && d.index() > verb.index())) {
                    last = Math.max(last, lastOwn(s, d.index()));
                }
                // "signed the Treaty on the Junction Point of State Borders": an "on" phrase right after the
                // instrument that the parser hung on the verb is the instrument's content, unless it is a day
                if (!passive && CONTENT.contains(d.relation().replace("obl:", "nmod:")) && d.relation().startsWith("obl:")
                        && s.phraseFirst(d.index()) == after && !timeWord(d)) {
                    last = Math.max(last, lastOwn(s, d.index()));
                }
                // passive, it follows the signers, and the parser hangs it on the last of them: "Another MoU was
                // signed between A and B on tunnels construction cooperation"
                if (passive && d.index() > verb.index() && SIGNERS.contains(d.relation())) {
                    List<Word> signers = new ArrayList<>(List.of(d));
                    s.dependents(d.index()).stream().filter(x -> x.relation().startsWith("conj")).forEach(signers::add);
                    for (Word signer : signers) {
                        for (Word x : s.dependents(signer.index())) {
                            if (x.index() > signer.index() && CONTENT.contains(x.relation()) && !timeWord(x)) {
                                last = Math.max(last, lastOwn(s, x.index()));
                            }
                        }
                    }
                }
            }
        }
        if (last < 0) {
            // named by its field: "a Memorandum of Cooperation in the field of information and
            // communications", "seven agreements in the fields including trade and commerce, …"; a
            // place or a time in it says where or when it was signed
            for (Word d : s.dependents(instrument.index())) {
                if (d.index() > instrument.index() && d.relation().equals("nmod:in") && !d.named() && !timeWord(d)) {
                    last = Math.max(last, lastOwn(s, d.index()));
                }
            }
        }
        if (last < 0 && namedByItsField(s, instrument)) {
            last = instrument.index(); // "the Currency Swap Agreement", "the transit agreement": its name says what it is about
        }
        return last < 0 ? -1 : trimPunct(s, last);
    }

    /**
     * Words that stand before an instrument without saying what it is about: "cooperation
     * documents", "framework agreement", "government-to-government deals"; and the kind of a
     * financing instrument, "the loan agreements" (what it finances comes after "for", and the
     * loan itself is told as an undertaking where its sum is given).
     */
    private static final Set<String> GENERIC_MODIFIERS = Set.of("cooperation", "collaboration", "partnership", "framework",
            "government", "intergovernmental", "inter-governmental", "bilateral", "country", "state", "party", "side",
            "loan", "grant", "credit");

    /**
     * An instrument whose own phrase names its field: a noun compounded before it that is not a
     * generic one ("the Currency Swap Agreement", "a transit agreement"), not a number or a name of a
     * signatory ("the India-Nepal agreement" names who signed it).
     */
    private static boolean namedByItsField(Sentence s, Word instrument) {
        for (Word d : s.dependents(instrument.index())) {
            if (d.index() < instrument.index() && d.relation().equals("compound") && d.noun()
                    && !GENERIC_MODIFIERS.contains(d.lemma().toLowerCase(Locale.ROOT))
                    && !d.named() && !timeWord(d)) {
                return true;
            }
        }
        return false;
    }

    /** The tagger's entity types of time expressions. */
    private static final Set<String> TIME_ENTITIES = Set.of("DATE", "TIME", "DURATION", "SET");
    /** Names of weekdays and months, in capitals ("MONDAY", "MARCH"). */
    private static final Set<String> DAY_AND_MONTH_NAMES = java.util.stream.Stream.concat(
            java.util.Arrays.stream(java.time.DayOfWeek.values()).map(Enum::name),
            java.util.Arrays.stream(java.time.Month.values()).map(Enum::name)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A word that names a time ("on Monday", "on March 31"): the tagger's time entities, a weekday or a month. */
    private static boolean timeWord(Word w) {
        return TIME_ENTITIES.contains(w.entity()) || DAY_AND_MONTH_NAMES.contains(w.text().toUpperCase(Locale.ROOT));
    }

    /** A relative clause that says what the instrument does ("which aims to …", "under which X will …"), not when it was signed. */
    private static boolean saysWhat(Sentence s, Word d) {
        return d.relation().equals("acl:relcl") && !SIGNING_VERBS.contains(d.lemma().toLowerCase(Locale.ROOT))
                && s.dependents(d.index()).stream().noneMatch(x -> x.relation().startsWith("aux:pass") || x.relation().equals("nsubj:pass"));
    }

    /**
     * The last word of a phrase without another instrument listed inside it ("an MoU on A, an MoU on
     * B") and without a clause of its own hung on it (", as the two countries sought to …").
     */
    private static int lastOwn(Sentence s, int head) {
        int last = head;
        for (Word d : s.dependents(head)) {
            boolean listed = instrument(d) && (d.relation().startsWith("conj") || d.relation().equals("appos"));
            boolean clauseApart = d.relation().equals("parataxis") || d.relation().startsWith("advcl")
                    && s.dependents(d.index()).stream().anyMatch(x -> x.relation().equals("mark") && !x.lemma().equalsIgnoreCase("to"));
            if (d.index() > head && !listed && !clauseApart) {
                int end = lastOwn(s, d.index());
                if (!d.relation().equals("punct") || end > d.index()) {
                    last = Math.max(last, end);
                }
            }
        }
        return last;
    }

    /**
     * Instruments a sentence lists by a copula or by "include", referring back to a signing told before: "The five
     * agreements are an MoU on A, …" (the instrument is the copula's predicate and its subject is
     * one too), "Among them are MOUs to …" (the predicate with its "among"), "The agreements are on
     * A and B" (the subject, its content the predicate).
     */
    private static boolean enumerated(Sentence s, Word w) {
        if (w.relation().equals("obj") && w.head() >= 0 && INCLUDING.contains(s.words().get(w.head()).lemma().toLowerCase(Locale.ROOT))
                && s.dependents(w.head()).stream().anyMatch(d -> d.relation().startsWith("nsubj") && instrument(d))) {
            return true; // "Those four documents include the MoU on A, the MoU on B …"
        }
        boolean copular = s.dependents(w.index()).stream().anyMatch(d -> d.relation().equals("cop"));
        if (copular && s.dependents(w.index()).stream().anyMatch(d -> d.relation().startsWith("nsubj") && instrument(d)
                || d.relation().equals("obl:among"))) {
            return true;
        }
        return w.relation().startsWith("nsubj") && w.head() >= 0 && copularAbout(s, s.words().get(w.head()));
    }

    /** Verbs by which instruments told before are listed: "the documents include …", "the deals comprise …". */
    private static final Set<String> INCLUDING = Set.of("include", "comprise", "cover");

    /** "are on A and B": a copula's predicate that an "on"/"about" opens. */
    private static boolean copularAbout(Sentence s, Word predicate) {
        List<Word> deps = s.dependents(predicate.index());
        return deps.stream().anyMatch(d -> d.relation().equals("cop"))
                && deps.stream().anyMatch(d -> d.relation().equals("case") && Set.of("on", "about").contains(d.lemma().toLowerCase(Locale.ROOT)));
    }

    /** A verb with "to" and no subject of its own: "to build a power plant". */
    private static boolean toClause(Sentence s, Word d) {
        // "dep": the parser's fallback, as for "Among them are MOUs to expand cooperation in …"
        return d.verb() && (d.relation().startsWith("acl") || d.relation().equals("xcomp") || d.relation().startsWith("advcl")
                || d.relation().equals("dep"))
                && s.dependents(d.index()).stream().anyMatch(x -> x.relation().equals("mark") && x.lemma().equalsIgnoreCase("to"))
                && s.dependents(d.index()).stream().noneMatch(x -> x.relation().startsWith("nsubj"));
    }

    private static int trimPunct(Sentence s, int last) {
        int at = last;
        while (at > 0 && s.words().get(at).tag().matches("[.,:]|-RRB-") && !s.words().get(at).text().equals(")")) {
            at--;
        }
        return at;
    }

    /** The instrument's phrase from its article or number ("an MoU", "11 cooperation agreements"), not its signing noun's. */
    private static int first(Sentence s, Word w) {
        int first = w.index();
        for (Word d : s.dependents(w.index())) {
            if (d.index() < w.index() && MODIFIERS.contains(d.relation())) {
                first = Math.min(first, s.phraseFirst(d.index()));
            }
        }
        return first;
    }

    /** Who signs: the verb's subject or agent, or the subject of the verb that takes the signing noun. */
    private static int signer(Sentence s, Word signing) {
        Word verb = signing;
        if (!signing.verb() || signing.relation().startsWith("acl")) {
            if (signing.relation().startsWith("acl")) {
                for (Word d : s.dependents(signing.index())) {
                    if (d.relation().equals("obl:agent") || d.relation().equals("obl:by")) {
                        return d.index();
                    }
                }
                return -1;
            }
            verb = signing.head() >= 0 ? s.words().get(signing.head()) : null;
        }
        if (verb == null) {
            return -1;
        }
        for (Word d : s.dependents(verb.index())) {
            if (d.relation().equals("obl:agent") || d.relation().equals("obl:by")
                    || d.relation().startsWith("nsubj") && !d.relation().startsWith("nsubj:pass")) {
                return d.index();
            }
        }
        return -1;
    }
}
