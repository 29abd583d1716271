package org.diplomacykg.facts.roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import org.diplomacykg.document.Document;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.facts.Entity;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.PartialDate;
import org.diplomacykg.facts.RoleFact;
import org.diplomacykg.facts.Slugs;
import org.diplomacykg.facts.reading.ReadingContext;
import org.diplomacykg.mention.DocumentMentions;
import org.diplomacykg.mention.Gazetteer;
import org.diplomacykg.mention.Institution;
import org.diplomacykg.mention.Mention;
import org.diplomacykg.mention.RoleTitle;

/**
 * Who holds which office, read from the noun phrase around each person's name in the parse
 * ({@link OfficePhrase} finds the office nouns): the title is the office noun with the compounds
 * and adjectives before it that the role scheme knows as one title ({@code Deputy Prime
 * Minister}), extended by an {@code of} or {@code for} portfolio ({@code Minister of Industry and
 * Trade}, {@code Minister for Foreign Affairs}); a qualifier the scheme puts before its titles
 * qualifies a short title's label ({@code Deputy Foreign Minister}: Deputy Minister of Foreign
 * Affairs); an office noun the scheme lacks keeps its own words as a new title ({@code Press
 * Secretary}).
 *
 * <p>Where the office is held comes from that office's own phrase, so each person gets the
 * organisation of their own phrase: an {@code of} body or country ({@code Commander of the Border
 * Guard}, {@code President of Laos}), a possessor ({@code Myanmar's minister}, {@code its
 * Commander}: the organisation the sentence names before it), a demonym or a named body among the
 * modifiers ({@code Lao}, {@code LPRP}), or the name's own {@code of} ({@code President Joko
 * Widodo of Indonesia}). An office joined to another by a conjunction shares its
 * place ({@code Lao Party General Secretary and President}). With none of these, the office is the
 * person's country's, or the article's home country's; a party office ({@code General Secretary},
 * {@code Party ...}) is held in that country's ruling party. {@code his Vietnamese counterpart, X}
 * holds, in that country, the office of the person named before in the sentence. Former holders
 * ({@code former President}) give no assignment.
 */
public final class NounPhraseRoleRule {
    /** Office nouns the role scheme may lack, by lemma: a title ending in one is a title of its own. */
    private static final Set<String> OFFICE_NOUNS = Set.of(
            "minister", "secretary", "president", "chairman", "chairwoman", "chairperson", "chair", "director",
            "director-general", "governor", "ambassador", "mayor", "commander", "commander-in-chief", "spokesperson",
            "spokesman", "spokeswoman", "envoy", "consul", "consul-general", "senator", "speaker", "chancellor",
            "king", "queen", "prince", "princess", "sultan", "emperor", "rector", "commissioner", "secretary-general",
            "premier", "adviser", "advisor", "vice-president", "vice-chairman", "attaché", "chief", "head",
            "representative");
    /** Modifiers that say the office is no longer held. */
    private static final Set<String> FORMER = Set.of("former", "late", "outgoing", "ex", "then");
    private static final String COUNTERPART = "counterpart";
    /** Nouns of installing someone in an office, whose {@code as} tells the office: {@code appointment as}. */
    private static final Set<String> INSTALLING_NOUNS = Set.of("appointment", "re-appointment", "reappointment",
            "election", "re-election", "reelection", "nomination", "designation", "inauguration");

    private final Gazetteer gazetteer;
    /**
     * Words the role scheme puts before its own titles to make others ({@code deputy} in Deputy
     * Prime Minister, {@code vice} in Vice President), lower case; a party is an office's body,
     * not a qualifier.
     */
    private final Set<String> qualifiers;

    /** The words of the role scheme's titles, lower case: a word after an office noun that is one continues the title. */
    private final Set<String> titleWords;

    public NounPhraseRoleRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.qualifiers = qualifiers(gazetteer);
        Set<String> words = new HashSet<>();
        for (RoleTitle r : gazetteer.roleTitles()) {
            for (String name : r.names()) {
                for (String w : name.split("[ -]")) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        this.titleWords = Set.copyOf(words);
    }

    private static Set<String> qualifiers(Gazetteer gazetteer) {
        Set<String> out = new HashSet<>();
        for (RoleTitle r : gazetteer.roleTitles()) {
            for (String name : r.names()) {
                int space = name.indexOf(' ');
                if (space > 0 && gazetteer.roleTitle(name.substring(space + 1)).isPresent()) {
                    out.add(name.substring(0, space).toLowerCase(Locale.ROOT));
                }
            }
        }
        out.remove("party");
        return Set.copyOf(out);
    }

    /** One office as its phrase tells it. */
    private record Reading(RoleTitle known, String label, EntityRef organisation, EntityRef country,
                           EntityRef place, boolean party, boolean former, boolean counterpart, boolean visiting,
                           boolean ownBody, int first, int last) {
        /** True when the phrase says where the office is held, or names a body of its own ({@code Senate President}). */
        boolean placed() {
            return organisation != null || country != null || place != null || ownBody;
        }

        Reading placedAs(Reading other) {
            return new Reading(known, label, other.organisation(), other.country(), other.place(), party, former,
                    counterpart, visiting, ownBody, first, last);
        }

        Reading placedAs(Where where, int newLast) {
            return new Reading(known, label, where.organisation(), where.country(), where.place(), party, former,
                    counterpart, visiting, ownBody, first, newLast);
        }

        Reading inCountry(EntityRef c) {
            return new Reading(known, label, null, c, null, party, former, counterpart, visiting, ownBody, first, last);
        }
    }

    public List<RoleFact> apply(Document document, DocumentMentions mentions) {
        PartialDate asOf = PartialDate.of(document.article().metadata().published());
        // its two sides are counted only if a counterpart's phrase names no country
        ReadingContext story = new ReadingContext(document, mentions, gazetteer::demonymCountry);
        List<RoleFact> out = new ArrayList<>();
        List<RoleFact> guessed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Sentence s : document.sentences()) {
            if (s.heading()) {
                continue; // a headline drops its articles and verbs, so its tags mislead ("Laos awards General Secretary To Lam")
            }
            List<Mention> here = mentions.in(s.index());
            // a description that refers to a person ("The Vietnamese Prime Minister, X,") is no name:
            // its words are the title of the name set beside it
            List<Mention> names = here.stream().filter(m -> m.ref().kind() != EntityKind.PERSON || aName(s, m)).toList();
            IntPredicate inName = i -> personAt(names, s.words().get(i)) != null;
            IntPredicate inOtherName = i -> mentionAt(here, s.words().get(i)) != null;
            List<RoleFact> inSentence = new ArrayList<>();
            Map<EntityRef, EntityRef> toldCountry = new HashMap<>();
            for (Mention m : here) {
                if (m.ref().kind() != EntityKind.PERSON || !aName(s, m)) {
                    continue;
                }
                Word head = nameHead(s, m);
                if (head == null) {
                    continue;
                }
                int nameFirst = firstWordOf(s, m);
                int nameLast = lastWordOf(s, m);
                int titledFrom = nameFirst;
                boolean titledBefore = nameFirst > 0 && officeNoun(s, s.words().get(nameFirst - 1));
                while (!titledBefore && nameFirst < nameLast && officeNoun(s, s.words().get(nameFirst))) {
                    nameFirst++; // "Sultan Hassanal Bolkiah": a name the gazetteer knows with its title
                }
                int ownTitleFrom = titledFrom;
                int ownTitleEnd = nameFirst;
                IntPredicate inThisName = i -> inName.test(i) && (i < ownTitleFrom || i >= ownTitleEnd);
                List<OfficePhrase.Range> ranges = new ArrayList<>(
                        OfficePhrase.ranges(s, nameFirst, nameLast, head, inThisName, inOtherName));
                ranges.addAll(installedAs(s, m, here, inName));
                EntityRef listCountry = listCountry(s, head, here, toldCountry);
                for (OfficePhrase.Range range : ranges) {
                    List<Reading> readings = new ArrayList<>();
                    for (OfficePhrase.Range part : offices(s, range)) {
                        Reading r = read(s, part, here);
                        Mention of = range.placeAfter() < 0 ? null : mentionAt(here, s.words().get(range.placeAfter()));
                        if (r != null && !r.placed() && of != null) {
                            // "Prime Minister Hun Manet of Cambodia": the name's own of-phrase places the office
                            r = r.placedAs(Where.NOWHERE.with(of.ref()), Math.max(r.last(), lastWordOf(s, of)));
                        }
                        if (r != null) {
                            readings.add(r);
                        }
                    }
                    for (int i = 0; i < readings.size(); i++) {
                        Reading r = readings.get(i);
                        if (!r.placed() && i > 0 && readings.get(i - 1).placed()) {
                            // "Lao Party General Secretary and President": the second office shares the first's place
                            r = r.placedAs(readings.get(i - 1));
                        } else if (!r.placed()) {
                            // "Deputy Prime Minister and Minister of National Defence of Laos": a country
                            // closing the list is every office's
                            for (int j = i + 1; j < readings.size(); j++) {
                                if (readings.get(j).country() != null) {
                                    r = r.inCountry(readings.get(j).country());
                                    break;
                                }
                            }
                        }
                        readings.set(i, r);
                        if (r.country() != null) {
                            toldCountry.putIfAbsent(m.ref(), r.country());
                        }
                        if (r.former()) {
                            continue;
                        }
                        boolean[] byDefault = {false};
                        Optional<RoleFact> fact = fact(s, m, r, mentions, story, inSentence, listCountry, asOf, byDefault);
                        if (fact.isPresent() && seen.add(key(fact.get()))) {
                            out.add(fact.get());
                            inSentence.add(fact.get());
                            if (byDefault[0]) {
                                guessed.add(fact.get());
                            }
                        }
                    }
                }
            }
        }
        return withoutShortForms(withoutGuesses(withoutCounterpartGuesses(out, guessed), guessed));
    }

    /**
     * Drops an office placed only in the story's country when the same sentence gives the same
     * office in that country to another person whose place was not guessed: in "came to Laos at the
     * invitation of Prime Minister Sonexay Siphandone", a second bare {@code Prime Minister} beside
     * Laos's own is the guest's, whose country the sentence does not tell.
     */
    private static List<RoleFact> withoutCounterpartGuesses(List<RoleFact> roles, List<RoleFact> guessed) {
        List<RoleFact> out = new ArrayList<>();
        for (RoleFact r : roles) {
            boolean heldByAnother = guessed.contains(r) && roles.stream().anyMatch(
                    o -> o != r && !guessed.contains(o) && !o.holder().equals(r.holder())
                            && o.evidence().sentence() == r.evidence().sentence()
                            && o.roleSlug().equals(r.roleSlug()) && Objects.equals(o.roleIn(), r.roleIn()));
            if (!heldByAnother) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The country told in the phrase of the person a name is listed after ({@code Cambodian Prime
     * Minister Hun Manet and National Assembly President Khem Veasna}): the parse makes the later
     * name a conjunct of the first.
     */
    private static EntityRef listCountry(Sentence s, Word head, List<Mention> here, Map<EntityRef, EntityRef> told) {
        Word w = head;
        while (w.relation().startsWith("conj") && w.head() >= 0) {
            w = s.words().get(w.head());
            Mention first = personAt(here, w);
            if (first != null && told.containsKey(first.ref())) {
                return told.get(first.ref());
            }
        }
        return null;
    }

    /**
     * An office told by an installing noun's {@code as}: {@code on his appointment as Prime Minister
     * of Thailand}, {@code X's election as President}. The noun's possessor holds it: a name, or
     * for a possessive pronoun the person named last before it.
     */
    private static List<OfficePhrase.Range> installedAs(Sentence s, Mention m, List<Mention> here, IntPredicate inName) {
        List<OfficePhrase.Range> out = new ArrayList<>();
        for (Word installing : s.words()) {
            if (!installing.noun() || !INSTALLING_NOUNS.contains(installing.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Word as = officeAs(s, installing);
            if (as == null || inName.test(as.index())) {
                continue;
            }
            for (Word holderWord : s.dependents(installing.index())) {
                // "his appointment as", "X's election as", "the nomination of X as"
                if (!holderWord.relation().equals("nmod:poss") && !holderWord.relation().equals("nmod:of")) {
                    continue;
                }
                Mention holder = personAt(here, holderWord);
                if (holder == null && holderWord.tag().equals("PRP$")) {
                    for (Mention p : here) {
                        if (p.ref().kind() == EntityKind.PERSON && p.end() <= holderWord.start()) {
                            holder = p;
                        }
                    }
                }
                if (holder != null && holder.ref().equals(m.ref()) && holder.start() == m.start()) {
                    int first = s.phraseFirst(as.index());
                    while (first < as.index() && (s.words().get(first).relation().equals("case")
                            || s.words().get(first).tag().equals("DT"))) {
                        first++;
                    }
                    out.add(new OfficePhrase.Range(first, s.phraseLast(as.index())));
                }
            }
        }
        return out;
    }

    /**
     * The office noun of an installing noun's {@code as}: its {@code nmod:as}, or the noun of an
     * {@code as} right after it, which the parser often hangs on the clause's verb instead
     * ("sent a message to X on his re-appointment as Prime Minister").
     */
    private static Word officeAs(Sentence s, Word installing) {
        for (Word d : s.dependents(installing.index())) {
            if (d.relation().equals("nmod:as") && d.noun()) {
                return d;
            }
        }
        int next = installing.index() + 1;
        if (next < s.words().size() && s.words().get(next).lemma().equals("as") && s.words().get(next).head() >= 0) {
            Word head = s.words().get(s.words().get(next).head());
            return head.noun() && head.index() > next ? head : null;
        }
        return null;
    }

    /**
     * Cuts a range into one range per office: at {@code and} where an office noun stands on both
     * sides ({@code General Secretary | President of Laos}), not inside a portfolio ({@code
     * Minister of Industry and Trade}); and drops what comes before an {@code of} that no office
     * noun precedes ({@code the visit of | Lao Prime Minister}), and likewise before a {@code to}.
     */
    private List<OfficePhrase.Range> offices(Sentence s, OfficePhrase.Range range) {
        int first = range.first();
        for (int k = range.first(); k <= range.last(); k++) {
            Word w = s.words().get(k);
            boolean ofOrTo = (isOf(w) || isFor(w) || w.tag().equals("TO") || w.tag().equals("IN") && w.lemma().equals("to"))
                    && !OfficePhrase.insideHyphenatedWord(s, k);
            if (ofOrTo && !hasOfficeNoun(s, first, k - 1)) {
                // "the visit of | Lao Prime Minister X", "presented the Order to | JICA Chief Representative X"
                first = k + 1;
            }
        }
        while (first <= range.last() && s.words().get(first).tag().equals("DT")) {
            first++;
        }
        List<OfficePhrase.Range> out = new ArrayList<>();
        int from = first;
        for (int k = first; k <= range.last(); k++) {
            if (joiner(s.words().get(k)) && hasOfficeNoun(s, from, k - 1)
                    && hasOfficeNoun(s, k + 1, nextConjunction(s, k + 1, range.last()))) {
                out.add(new OfficePhrase.Range(from, k - 1));
                from = k + 1;
            }
        }
        if (from <= range.last()) {
            out.add(new OfficePhrase.Range(from, range.last()));
        }
        return out;
    }

    /** A word that joins offices in a list: {@code and}, a comma. */
    private static boolean joiner(Word w) {
        return w.tag().equals("CC") || w.tag().equals(",");
    }

    private static int nextConjunction(Sentence s, int from, int last) {
        for (int k = from; k <= last; k++) {
            if (joiner(s.words().get(k))) {
                return k - 1;
            }
        }
        return last;
    }

    private static boolean isOf(Word w) {
        return w.tag().equals("IN") && w.lemma().equals("of");
    }

    /** True when words {@code [a, b]} hold a noun that heads a title. */
    private boolean hasOfficeNoun(Sentence s, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (officeNoun(s, s.words().get(k), a)) {
                return true;
            }
        }
        return false;
    }

    /** A noun that ends a title: an office noun, or the last word of a title the role scheme knows ({@code Politburo member}). */
    private boolean officeNoun(Sentence s, Word w) {
        return officeNoun(s, w, 0);
    }

    /** Same, with a known title read from word {@code from} on only: "Trade" alone ends no title. */
    private boolean officeNoun(Sentence s, Word w, int from0) {
        String lemma = singular(w).toLowerCase(Locale.ROOT);
        if (!titleNoun(w)) {
            return false;
        }
        if (w.noun() && (OFFICE_NOUNS.contains(lemma) || lemma.equals(COUNTERPART))) {
            return true;
        }
        // an office noun the tagger reads as an adjective ends only a title the scheme knows
        for (int from = Math.max(from0, w.index() - 3); from < w.index() && !w.noun(); from++) {
            if (gazetteer.roleTitle(titleText(s, s.words().get(from), w)).isPresent()) {
                return true;
            }
        }
        if (!w.noun()) {
            return false;
        }
        for (int from = Math.max(from0, w.index() - 3); from <= w.index(); from++) {
            if (gazetteer.roleTitle(titleText(s, s.words().get(from), w)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The other of the story's two sides ({@link ReadingContext#twoCountries}), when the host's office is held in one of
     * them: whose counterpart someone is when the phrase names no country. Null when the host's country is not a side.
     */
    private static EntityRef otherSide(RoleFact host, DocumentMentions mentions, ReadingContext story) {
        EntityRef in = host.roleIn();
        EntityRef hostCountry = in == null ? null : in.kind() == EntityKind.COUNTRY ? in
                : mentions.entity(in).map(Entity::country).orElse(null);
        List<EntityRef> two = hostCountry == null ? List.of() : story.twoCountries();
        if (two.size() < 2 || !two.contains(hostCountry)) {
            return null;
        }
        return two.get(0).equals(hostCountry) ? two.get(1) : two.get(0);
    }

    private static String key(RoleFact f) {
        EntityRef in = f.roleIn();
        return f.holder().slug() + "|" + f.roleSlug() + "|" + (in == null ? "" : in.kind() + in.slug());
    }

    private Optional<RoleFact> fact(Sentence s, Mention m, Reading r, DocumentMentions mentions, ReadingContext story,
                                    List<RoleFact> inSentence, EntityRef listCountry, PartialDate asOf,
                                    boolean[] byDefault) {
        RoleTitle role = r.known();
        String label = r.label();
        EntityRef in;
        if (r.counterpart()) {
            // "his Vietnamese counterpart, X": the office of the person named before, in X's country
            RoleFact host = inSentence.isEmpty() ? null : inSentence.get(inSentence.size() - 1);
            if (host == null || host.holder().equals(m.ref())) {
                return Optional.empty();
            }
            // "Transport Minister A and his counterpart B": no country named, B's is the story's other side
            EntityRef country = r.country() != null ? r.country() : otherSide(host, mentions, story);
            if (country == null) {
                return Optional.empty();
            }
            role = gazetteer.roleTitle(host.roleLabel()).orElse(null);
            label = host.roleLabel();
            in = role != null && role.partyOffice()
                    ? gazetteer.institution(country, Institution.RULING_PARTY).orElse(country) : country;
        } else if (r.organisation() != null) {
            in = r.organisation();
            EntityRef legislatureOf = legislatureCountry(in);
            if (legislatureOf != null && r.country() == null && listCountry != null && !listCountry.equals(legislatureOf)
                    && legislatureOf.equals(mentions.homeCountry())) {
                // "Cambodian Prime Minister A and National Assembly President B": a legislature named
                // without its country is the list's, not the story's
                legislatureOf = listCountry;
                in = gazetteer.institution(listCountry, Institution.LEGISLATURE).orElse(listCountry);
            }
            Optional<RoleTitle> chair = gazetteer.roleTitle("National Assembly " + label);
            if (legislatureOf != null && chair.isPresent()) {
                role = chair.get(); // the Chairman of the National Assembly of Laos is its National Assembly Chairman
                label = role.label();
                in = legislatureOf;
            } else if (legislatureOf != null && label.startsWith("National Assembly ")) {
                in = legislatureOf;
            } else if (role == null && label.equals("Secretary") && partyCommittee(in, mentions)) {
                // the Secretary of a (provincial, municipal) Party Committee is its Party Secretary
                Optional<RoleTitle> secretary = gazetteer.roleTitle("Party Secretary");
                if (secretary.isPresent()) {
                    role = secretary.get();
                    label = role.label();
                }
            }
        } else if (r.place() != null && r.country() == null) {
            // a provincial office ("Governor of Vientiane"): held in the place's country
            in = mentions.entity(r.place()).map(Entity::country)
                    .or(() -> gazetteer.entry(r.place()).map(e -> e.country())).orElse(null);
        } else {
            EntityRef country = r.country();
            if (country == null) {
                country = mentions.entity(m.ref()).map(Entity::country).orElse(null);
            }
            if (country == null && listCountry != null) {
                country = listCountry; // "Cambodian Prime Minister A and National Assembly President B"
                byDefault[0] = true;
            }
            if (country == null && r.visiting()) {
                // "visiting Prime Minister X": a guest, so not of the story's country but of the one
                // other country the sentence names, if there is just one
                country = otherCountry(mentions, s.index());
            } else if (country == null) {
                country = mentions.homeCountry();
                byDefault[0] = true;
            }
            boolean party = r.party() || role != null && role.partyOffice();
            in = country == null ? null : party
                    ? gazetteer.institution(country, Institution.RULING_PARTY).orElse(country) : country;
        }
        String slug = role != null ? role.slug() : Slugs.slug(label);
        int from = Math.min(m.start(), s.words().get(r.first()).start());
        int to = Math.max(m.end(), s.words().get(r.last()).end());
        return Optional.of(new RoleFact(m.ref(), slug, label, in, asOf, Evidence.of(s.quote(from, to), s.index())));
    }

    /** The office a range names, with what its own words say of where it is held. */
    private Reading read(Sentence s, OfficePhrase.Range range, List<Mention> here) {
        int of = -1;
        for (int k = range.first(); k <= range.last() && of < 0; k++) {
            Word w = s.words().get(k);
            if ((w.tag().equals("IN") || w.tag().equals("TO")) && !OfficePhrase.insideHyphenatedWord(s, k)) {
                of = k; // "of", "for" tell the body or portfolio; "to" where an envoy is sent: not the title
            }
        }
        int titleLast = of < 0 ? range.last() : of - 1;
        Word office = null;
        for (int k = titleLast; k >= range.first() && office == null; k--) {
            Word w = s.words().get(k);
            if (titleNoun(w) && mentionAt(here, w) == null) {
                office = w;
            }
        }
        if (office != null && !officeNoun(s, office)) {
            // "Prime Minister Samdech Thipadei Hun Manet": honorifics the tagger reads as part of the
            // person's name, which the person's mention leaves out, stand between title and name
            // ("Secretary-General Dr Kao Kim Hourn": a courtesy no title of the scheme uses)
            int k = office.index();
            while (k >= range.first() && mentionAt(here, s.words().get(k)) == null && (honorific(s.words().get(k))
                    || k > office.index() - 3 && courtesy(s.words().get(k)))) {
                k--;
            }
            office = k >= range.first() && k < office.index() ? s.words().get(k) : office;
        }
        if (office != null && !officeNoun(s, office) && office.properNoun() && office.index() > range.first()
                && titleWords.contains(office.text().toLowerCase(Locale.ROOT))
                && officeNoun(s, s.words().get(office.index() - 1))) {
            // "Director General", "Secretary General": a title word after its office noun
            return readWithOffice(s, range, here, of, office);
        }
        if (office == null || !officeNoun(s, office)) {
            return null;
        }
        return readWithOffice(s, range, here, of, office);
    }

    /**
     * The country of the demonym that ends at word {@code k}: the word itself ("Kenyan"), or with the one or two
     * words before it ("Sri Lankan", "Papua New Guinean"), whose last word alone is no demonym.
     */
    private Optional<EntityRef> demonymEndingAt(Sentence s, int k) {
        String phrase = s.words().get(k).text();
        Optional<EntityRef> country = gazetteer.demonymCountry(phrase);
        for (int j = k - 1; country.isEmpty() && j >= Math.max(0, k - 2); j--) {
            phrase = s.words().get(j).text() + " " + phrase;
            country = gazetteer.demonymCountry(phrase);
        }
        return country;
    }

    /** Reads a range whose title ends in word {@code office}; {@code of} is its first preposition, or -1. */
    private Reading readWithOffice(Sentence s, OfficePhrase.Range range, List<Mention> here, int of, Word office) {
        Where where = Where.NOWHERE;
        boolean party = false;
        boolean former = false;
        List<Word> run = new ArrayList<>();
        run.add(office);
        for (int k = office.index() - 1; k >= range.first(); k--) {
            Word w = s.words().get(k);
            boolean titleWord = w.noun() || w.tag().startsWith("JJ") || w.tag().equals("HYPH")
                    || OfficePhrase.insideHyphenatedWord(s, k); // the "in" of "Commander-in-Chief"
            if (mentionAt(here, w) != null || demonymEndingAt(s, k).isPresent() || !titleWord
                    || placeName(w) || FORMER.contains(w.lemma().toLowerCase(Locale.ROOT))) {
                break;
            }
            run.add(0, w);
        }
        boolean honoured = false;
        for (int k = range.first(); k < office.index(); k++) {
            Word w = s.words().get(k);
            Mention named = mentionAt(here, w);
            String lemma = w.lemma().toLowerCase(Locale.ROOT);
            Optional<EntityRef> demonym = demonymEndingAt(s, k);
            if (named != null) {
                where = where.with(named.ref());
            } else if (demonym.isPresent()) {
                where = where.with(demonym.get());
            } else if (placeName(w)) {
                // a country's short name the tokenizer and the gazetteer cut differently ("U.S.")
                Optional<EntityRef> country = gazetteer.named(w.text(), EntityKind.COUNTRY).map(e -> e.ref());
                if (country.isPresent()) {
                    where = where.with(country.get());
                }
            } else if (FORMER.contains(lemma)) {
                former = true;
            } else if (lemma.equals("its") && w.tag().equals("PRP$")) {
                where = where.with(organisationBefore(here, w));
            } else if (w.tag().equals("PRP$")) {
                honoured = true; // "His Majesty Sultan X", "Her Excellency": a courtesy, not the office
            }
        }
        while (honoured && run.size() > 1 && run.get(0).properNoun() && !officeNoun(s, run.get(0))) {
            run.remove(0);
        }
        boolean visiting = false;
        for (int k = Math.max(0, range.first() - 1); k < office.index(); k++) {
            Word w = s.words().get(k);
            visiting |= w.tag().equals("VBG") && w.lemma().equals("visit"); // "visiting Prime Minister X": a guest
        }
        if (office.lemma().toLowerCase(Locale.ROOT).equals(COUNTERPART)) {
            return new Reading(null, COUNTERPART, null, where.country(), null, false, former, true, visiting, false,
                    range.first(), range.last());
        }
        RoleTitle known = null;
        int titleFrom = -1;
        for (int from = 0; from < run.size() && known == null; from++) {
            Optional<RoleTitle> r = gazetteer.roleTitle(titleText(s, run.get(from), office));
            if (r.isPresent()) {
                known = r.get();
                titleFrom = from;
            }
        }
        if (titleFrom != 0 && run.size() > 1) {
            // "Foreign Affairs Secretary", "Defense Secretary": a portfolio before the office noun
            // that the role scheme names after it ("Secretary of Foreign Affairs")
            for (int from = 0; from < run.size() - 1 && (known == null || from < titleFrom); from++) {
                Optional<RoleTitle> r = gazetteer.roleTitle(singular(office) + " of " + text(s, run.get(from),
                        run.get(run.size() - 2)));
                if (r.isPresent()) {
                    known = r.get();
                    titleFrom = from;
                    break;
                }
            }
        }
        String label = known != null ? known.label() : null;
        // "Vice Premier", "Deputy Foreign Minister": a qualifier the role scheme puts before its
        // titles, read with the title's own label ("Vice Prime Minister", "Deputy Minister of
        // Foreign Affairs"); a qualified title the scheme lacks is a title of its own
        for (int from = 0; known != null && from < titleFrom; from++) {
            if (!qualifiers.contains(run.get(from).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            String qualified = titleCase(text(s, run.get(from), run.get(titleFrom - 1))) + " " + known.label();
            Optional<RoleTitle> r = gazetteer.roleTitle(qualified);
            known = r.orElse(null);
            label = r.map(RoleTitle::label).orElse(qualified);
            titleFrom = from;
            break;
        }
        boolean ownBody = false;
        for (int k = 0; k < Math.max(titleFrom, 0); k++) {
            if (run.get(k).lemma().toLowerCase(Locale.ROOT).equals("party")) {
                party = true; // "Party General Secretary": a party office
            } else if (run.get(k).entity().equals("ORGANIZATION")) {
                // "Senate President": a body the tagger finds but the gazetteer lacks names an office
                // of its own, not the known title it ends in
                ownBody = true;
            }
        }
        if (ownBody) {
            known = gazetteer.roleTitle(titleText(s, run.get(0), office)).orElse(null);
            label = null;
        }
        if (!office.noun() && known == null) {
            return null; // "Communist Party chief X" with the party named: "chief" alone is no title
        }
        if (label == null) {
            label = known != null ? known.label() : titleCase(titleText(s, run.get(0), office));
        }
        int last = office.index();
        if (of >= 0 && (isOf(s.words().get(of)) || isFor(s.words().get(of)))) {
            String preposition = s.words().get(of).lemma();
            int k = of + 1;
            while (k <= range.last() && (s.words().get(k).tag().equals("DT") || s.words().get(k).tag().equals("PRP$"))) {
                if (s.words().get(k).lemma().equals("its")) {
                    where = where.with(organisationBefore(here, s.words().get(k))); // "head of its Commission for ..."
                }
                k++;
            }
            Mention named = k <= range.last() ? mentionAt(here, s.words().get(k)) : null;
            if (named != null) {
                where = where.with(named.ref());
                last = Math.min(range.last(), lastWordOf(s, named));
            } else if (k <= range.last() && describedBody(s, of + 1, k, range.last()) && known == null && !party) {
                // "head of the military government": the office is held in a body the text describes
                // but does not name, and the scheme does not know the title, so neither the person's
                // nor the story's country may stand in for it
                return null;
            } else if (k <= range.last() && !describedBody(s, of + 1, k, range.last())) {
                // a portfolio: "Minister of Industry and Trade", "of Investment, Trade and Industry",
                // "Minister for Foreign Affairs", up to a body or country of its own. Read from the
                // words' categories: the parser hangs a portfolio's second conjunct on the title
                // ("Minister of Foreign Affairs and International Cooperation" as Minister ... and
                // Cooperation), and offices joined by "and" were already cut apart
                int end = k;
                while (end + 1 <= range.last() && !isOf(s.words().get(end + 1))
                        && mentionAt(here, s.words().get(end + 1)) == null
                        && portfolioWord(s, end + 1, range.last())) {
                    end++;
                }
                while (end > k && !s.words().get(end).noun()) {
                    end--;
                }
                for (int j = k; j <= end; j++) {
                    // "President of the Senate": a body the tagger finds but the gazetteer lacks is
                    // the office's own, so it takes no neighbour's place
                    ownBody |= s.words().get(j).entity().equals("ORGANIZATION");
                }
                String portfolio = text(s, s.words().get(k), s.words().get(end));
                // the role scheme names portfolios with "of": "Minister for Foreign Affairs" is its
                // Minister of Foreign Affairs
                String asWritten = label + " " + preposition + " " + portfolio;
                Optional<RoleTitle> r = gazetteer.roleTitle(label + " of " + portfolio)
                        .or(() -> gazetteer.roleTitle(asWritten));
                known = r.orElse(null);
                label = r.map(RoleTitle::label).orElse(asWritten);
                last = end;
            }
            // the body's or portfolio's own country: "Minister of Posts and Telecommunications of Cambodia"
            for (int j = last + 1; j + 1 <= range.last(); j++) {
                if (isOf(s.words().get(j))) {
                    int c = j + 1;
                    while (c <= range.last() && s.words().get(c).tag().equals("DT")) {
                        c++;
                    }
                    Mention after = c <= range.last() ? mentionAt(here, s.words().get(c)) : null;
                    if (after != null && after.ref().kind() == EntityKind.COUNTRY) {
                        if (where.organisation() == null) {
                            where = where.with(after.ref());
                        }
                        last = Math.min(range.last(), lastWordOf(s, after));
                    }
                    break;
                }
            }
        }
        return new Reading(known, label, where.organisation(), where.country(), where.place(), party, former, false,
                visiting, ownBody, range.first(), last);
    }

    /**
     * Where an office is held, as far as its phrase has told: a body, a country, a place below a
     * country. Each named country, body or place fills its own slot.
     */
    private record Where(EntityRef organisation, EntityRef country, EntityRef place) {
        static final Where NOWHERE = new Where(null, null, null);

        Where with(EntityRef named) {
            if (named == null) {
                return this;
            }
            return switch (named.kind()) {
                case COUNTRY -> new Where(organisation, named, place);
                case ORGANIZATION -> new Where(named, country, place);
                case PLACE -> new Where(organisation, country, named);
                default -> this;
            };
        }
    }

    /**
     * True when the words after an office's {@code of} describe a body rather than name a
     * portfolio: an article before common nouns or a number ({@code of the two parties}, {@code
     * of the country}); a portfolio is named ({@code of the Interior}, {@code of Foreign Affairs}).
     */
    private static boolean describedBody(Sentence s, int afterOf, int k, int last) {
        if (s.words().get(k).tag().equals("CD")) {
            return true;
        }
        if (k == afterOf) {
            return false;
        }
        for (int j = k; j <= last && (s.words().get(j).noun() || s.words().get(j).tag().startsWith("JJ")
                || s.words().get(j).tag().equals("CD")); j++) {
            if (s.words().get(j).properNoun()) {
                return false;
            }
        }
        return true;
    }

    /** A word the entity tagger reads as (part of) a place's name: not a title word. */
    private static boolean placeName(Word w) {
        return w.properNoun() && "LOCATION".equals(w.entity());
    }

    private static boolean isFor(Word w) {
        return w.tag().equals("IN") && w.lemma().equals("for");
    }

    /** The organisation named last before a possessive {@code its}: {@code the Border Guard ... led by its Commander}. */
    private static EntityRef organisationBefore(List<Mention> here, Word its) {
        EntityRef out = null;
        for (Mention m : here) {
            if (m.end() <= its.start() && m.ref().kind() == EntityKind.ORGANIZATION) {
                out = m.ref();
            }
        }
        return out;
    }

    /**
     * A noun, or an office noun the tagger reads as an adjective before a name ({@code Party
     * chief X}: "chief" is both); such a word ends only a title the role scheme knows.
     */
    private static boolean titleNoun(Word w) {
        return w.noun() || w.tag().startsWith("JJ") && OFFICE_NOUNS.contains(w.text().toLowerCase(Locale.ROOT));
    }

    /** A proper noun that no title of the role scheme uses and that is no office noun: {@code Dr}, {@code Datuk}. */
    private boolean courtesy(Word w) {
        return w.properNoun() && !titleWords.contains(w.text().toLowerCase(Locale.ROOT))
                && !OFFICE_NOUNS.contains(w.lemma().toLowerCase(Locale.ROOT));
    }

    /** A proper noun the tagger reads as (part of) a person's name. */
    private static boolean honorific(Word w) {
        return w.properNoun() && "PERSON".equals(w.entity());
    }

    /** A word that continues a portfolio: a noun, an adjective, a hyphen, {@code and}, a comma before a noun. */
    private static boolean portfolioWord(Sentence s, int k, int last) {
        Word w = s.words().get(k);
        if (w.tag().equals(",")) {
            return k + 1 <= last && (s.words().get(k + 1).noun() || s.words().get(k + 1).tag().startsWith("JJ"));
        }
        return w.noun() || w.tag().startsWith("JJ") || w.tag().equals("HYPH") || w.tag().equals("CC");
    }

    /**
     * The text of a title from word {@code a} to its office noun {@code b}, the noun made singular
     * when plural ({@code NA Vice Presidents} is the office of each {@code NA Vice President}).
     */
    private static String titleText(Sentence s, Word a, Word b) {
        String before = s.text().substring(a.start(), b.start()).replaceAll("\\s+", " ");
        return before + singular(b);
    }

    /** A noun's singular: the lemma for common nouns, a plural proper noun's text made singular. */
    private static String singular(Word w) {
        if (w.tag().equals("NNS")) {
            return w.lemma();
        }
        if (!w.tag().equals("NNPS")) {
            return w.text();
        }
        String t = w.text(); // the lemmatiser leaves plural proper nouns as written
        if (t.endsWith("men")) {
            return t.substring(0, t.length() - 3) + "man"; // Chairmen
        }
        if (t.endsWith("ies")) {
            return t.substring(0, t.length() - 3) + "y"; // Secretaries
        }
        return t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
    }

    /** The text from word {@code a} to word {@code b}, with single spaces. */
    private static String text(Sentence s, Word a, Word b) {
        return s.text().substring(a.start(), b.end()).replaceAll("\\s+", " ");
    }

    private static String titleCase(String title) {
        StringBuilder out = new StringBuilder();
        for (String w : title.split(" ")) {
            out.append(out.length() == 0 ? "" : " ").append(w.isEmpty() ? w
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    /** True when a person mention is a name, not a description such as {@code the Lao leader}. */
    private boolean aName(Sentence s, Mention m) {
        for (Word w : s.words()) {
            if (w.start() >= m.start() && w.end() <= m.end() && (w.tag().equals("DT") || w.tag().equals("PRP$"))) {
                return false;
            }
        }
        return gazetteer.roleTitle(m.surface()).isEmpty();
    }

    /** The word of the name that the rest of the sentence hangs on. */
    private static Word nameHead(Sentence s, Mention m) {
        for (Word w : s.words()) {
            if (w.start() >= m.start() && w.end() <= m.end()) {
                int h = w.head();
                if (h < 0 || s.words().get(h).start() < m.start() || s.words().get(h).end() > m.end()) {
                    return w;
                }
            }
        }
        return null;
    }

    private static Mention personAt(List<Mention> here, Word w) {
        for (Mention m : here) {
            if (m.ref().kind() == EntityKind.PERSON && m.start() <= w.start() && w.end() <= m.end()) {
                return m;
            }
        }
        return null;
    }

    /** The country, organisation or place named at a word. */
    private static Mention mentionAt(List<Mention> here, Word w) {
        for (Mention m : here) {
            // a word that starts inside the name is the name's: the tokenizer may keep a full stop
            // the name leaves out ("U.S." against "U.S")
            if (m.start() <= w.start() && w.start() < m.end() && m.ref().kind() != EntityKind.PERSON) {
                return m;
            }
        }
        return null;
    }

    private static int firstWordOf(Sentence s, Mention m) {
        for (Word w : s.words()) {
            if (w.start() >= m.start() && w.end() <= m.end()) {
                return w.index();
            }
        }
        return -1;
    }

    private static int lastWordOf(Sentence s, Mention m) {
        int last = -1;
        for (Word w : s.words()) {
            if (w.start() >= m.start() && w.end() <= m.end()) {
                last = w.index();
            }
        }
        return last;
    }

    /**
     * Drops an office whose place was only the story's country when the text names the same
     * office of the same holder with its place: the bare {@code Governor Phouvieng} after
     * {@code Governor of Xiengkhouang province Phouvieng Xaysana}.
     */
    private static List<RoleFact> withoutGuesses(List<RoleFact> roles, List<RoleFact> guessed) {
        List<RoleFact> out = new ArrayList<>();
        for (RoleFact r : roles) {
            boolean placedElsewhere = guessed.contains(r) && roles.stream().anyMatch(
                    o -> o != r && !guessed.contains(o) && o.holder().equals(r.holder())
                            && o.roleSlug().equals(r.roleSlug()));
            if (!placedElsewhere) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Drops a bare title that only shortens another title of the same holder in the same place:
     * {@code Minister Phouth} after {@code Minister of Education and Sports Phouth Simmalavong}.
     */
    private static List<RoleFact> withoutShortForms(List<RoleFact> roles) {
        List<RoleFact> out = new ArrayList<>();
        for (RoleFact r : roles) {
            boolean shorter = roles.stream().anyMatch(o -> o != r && o.holder().equals(r.holder())
                    && Objects.equals(o.roleIn(), r.roleIn()) && o.roleLabel().startsWith(r.roleLabel() + " of "));
            if (!shorter) {
                out.add(r);
            }
        }
        return out;
    }

    /** The one country other than the story's that a sentence names, or null. */
    private static EntityRef otherCountry(DocumentMentions mentions, int sentence) {
        Set<EntityRef> others = new HashSet<>();
        for (Mention m : mentions.in(sentence)) {
            if (m.ref().kind() == EntityKind.COUNTRY && !m.ref().equals(mentions.homeCountry())) {
                others.add(m.ref());
            }
        }
        return others.size() == 1 ? others.iterator().next() : null;
    }

    /** True when the organisation is a Party Committee: {@code Nghệ An Provincial Party Committee}. */
    private static boolean partyCommittee(EntityRef org, DocumentMentions mentions) {
        return org.kind() == EntityKind.ORGANIZATION && mentions.entity(org)
                .map(e -> e.label().contains("Party Committee")).orElse(false);
    }

    /** The country whose legislature an organisation is, or null. */
    private EntityRef legislatureCountry(EntityRef org) {
        if (org.kind() != EntityKind.ORGANIZATION) {
            return null;
        }
        for (var e : gazetteer.entries()) {
            if (e.ref().kind() == EntityKind.COUNTRY
                    && gazetteer.institution(e.ref(), Institution.LEGISLATURE).filter(org::equals).isPresent()) {
                return e.ref();
            }
        }
        return null;
    }
}
