package org.diplomacykg.mention.rules;

import java.util.List;
import java.util.Optional;
import org.diplomacykg.document.Word;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.mention.GazetteerEntry;
import org.diplomacykg.mention.Tokens;

/**
 * Names the gazetteer and the title and pattern rules did not find, as the parser's entity
 * tagger reads them: a run of words tagged {@code PERSON}, {@code ORGANIZATION} or
 * {@code LOCATION} whose every word is a proper noun ({@code Samsung Electronics},
 * {@code Rodrigo Duterte}, {@code Kuantan}). The tagger and the part-of-speech tags draw the
 * name's boundary, not capital letters.
 *
 * <p>Runs after the other name rules, so a span they found (with its identity and role) wins;
 * a one-word person is left to {@link ShortReferenceResolver}, which ties it to a full name.
 */
public final class NamedEntityRule {

    public void apply(DocumentScan doc) {
        for (SentenceScan s : doc.sentences()) {
            if (s.sentence().heading()) {
                continue;
            }
            List<Word> words = s.sentence().words();
            int i = 0;
            while (i < words.size()) {
                String cls = words.get(i).entity();
                int j = i + 1;
                while (j < words.size() && words.get(j).entity().equals(cls)) {
                    j++;
                }
                Optional<EntityKind> kind = kind(cls);
                if (kind.isPresent()) {
                    // "the Royal Cambodian Armed Forces and Commander of Royal Cambodian Army": the
                    // tagger may run two conjuncts into one span; the parser's conjunction divides them
                    int from = i;
                    for (int k = i; k < j; k++) {
                        if (words.get(k).relation().equals("cc")) {
                            name(doc, s, words, kind.get(), from, k);
                            from = k + 1;
                        }
                    }
                    name(doc, s, words, kind.get(), from, j);
                }
                i = j;
            }
            conjoinedPersons(doc, s, words);
        }
    }

    /**
     * Names the tagger misses beside a person it found: a run of proper nouns joined to a
     * person's name by a conjunction ({@code including Khamla Vongsavanh and Sengdeuane
     * Lachanthaboune}) names a person too. The parse draws the run: the conjunct and the
     * compounds before it.
     */
    private static void conjoinedPersons(DocumentScan doc, SentenceScan s, List<Word> words) {
        for (Found f : List.copyOf(s.found())) {
            if (f.ref().kind() != EntityKind.PERSON) {
                continue;
            }
            Word head = null;
            for (Word w : words) {
                if (w.start() >= f.start() && w.end() <= f.end() && (w.head() < 0
                        || words.get(w.head()).start() < f.start() || words.get(w.head()).end() > f.end())) {
                    head = w;
                }
            }
            if (head == null) {
                continue;
            }
            List<Word> others = new java.util.ArrayList<>();
            for (Word d : words) {
                if (d.head() == head.index() && d.relation().startsWith("conj")) {
                    others.add(d); // "A and B": B hangs on A
                }
            }
            if (head.relation().startsWith("conj") && head.head() >= 0) {
                others.add(words.get(head.head())); // the name A that this one is joined to
            }
            for (Word d : others) {
                if (!unnamedProperNoun(d)) {
                    continue;
                }
                int from = d.index();
                while (from > 0 && unnamedProperNoun(words.get(from - 1)) && words.get(from - 1).relation().equals("compound")
                        && words.get(from - 1).head() == d.index()) {
                    from--;
                }
                name(doc, s, words, EntityKind.PERSON, from, d.index() + 1);
            }
        }
    }

    /** A proper noun the tagger gives no other kind of name. */
    private static boolean unnamedProperNoun(Word w) {
        return w.properNoun() && (w.entity().equals("O") || w.entity().equals("PERSON"));
    }

    private static boolean coordinatedWithCommonNoun(List<Word> words, Word w) {
        if (w.relation().startsWith("conj") && w.head() >= 0 && !words.get(w.head()).named()) {
            return true;
        }
        return words.stream().anyMatch(d -> d.head() == w.index() && d.relation().startsWith("conj") && !d.named());
    }

    /**
     * {@code Deputy Commander-in-Chief of the Royal Cambodian Armed Forces}: a name the tagger calls
     * an organisation, in a definite {@code of}-phrase on a title's head word, is the body the office
     * is in, plural or not ({@code the opening ceremony of the FISU World University Games} is not).
     */
    private static boolean bodyOfOffice(List<Word> words, Word name) {
        Word head = name;
        if (head.relation().equals("compound") && head.head() >= 0 && words.get(head.head()).entity().equals("PERSON")) {
            // "Commander of the Philippine Armed Forces Romeo Brawner": the parser hangs the body on
            // the holder's name, which takes the of-phrase's article and relation
            head = words.get(head.head());
        }
        if (!head.relation().equals("nmod:of") || head.head() < 0
                || !Words.TITLE_HEADS.contains(words.get(head.head()).text())) {
            return false;
        }
        boolean the = false;
        for (Word d : words) {
            if (d.head() != head.index()) {
                continue;
            }
            if (d.relation().equals("det") && d.lemma().equalsIgnoreCase("the")) {
                the = true;
            } else if (d.relation().equals("nummod") || d.relation().equals("amod") && d.tag().equals("JJ")) {
                return false;
            }
        }
        return the;
    }

    /**
     * "Vuong Dinh Hue": a known place's name (Huế) after the first word of a run the tagger reads as
     * one person is a word of the person's name; the spans that cover token {@code k} are all places
     * inside the run.
     */
    private static boolean placeInsideName(SentenceScan s, int k, int first, int end) {
        return s.found().stream().filter(f -> f.firstToken() <= k && k < f.endToken())
                .allMatch(f -> f.ref().kind() == EntityKind.PLACE && f.firstToken() > first && f.endToken() <= end);
    }

    private static Optional<EntityKind> kind(String entityClass) {
        return switch (entityClass) {
            case "PERSON" -> Optional.of(EntityKind.PERSON);
            case "ORGANIZATION" -> Optional.of(EntityKind.ORGANIZATION);
            case "LOCATION" -> Optional.of(EntityKind.PLACE);
            default -> Optional.empty();
        };
    }

    private static void name(DocumentScan doc, SentenceScan s, List<Word> words, EntityKind kind, int from, int to) {
        if (to <= from) {
            return;
        }
        for (int k = from; k < to; k++) {
            // "Kim Sung-han": the tokenizer splits a hyphenated given name, and the tagger keeps the hyphen in the name
            boolean innerHyphen = words.get(k).tag().equals("HYPH") && k > from && k < to - 1;
            if (!words.get(k).properNoun() && !innerHyphen) {
                return; // "the Lao side", "two", possessive markers: not a name of its own
            }
        }
        // "Tamim bin Hamad Al Thani": the tagger may leave the given name and its particle out of the
        // person; the parser hangs all of them on the same last name word
        while (kind == EntityKind.PERSON && from >= 2 && words.get(from - 1).head() == words.get(to - 1).index()
                && Words.NAME_PARTICLES.contains(words.get(from - 1).text()) && words.get(from - 2).properNoun()
                && words.get(from - 2).head() == words.get(to - 1).index() && words.get(from - 2).relation().equals("compound")) {
            from -= 2;
        }
        // "H.E. Phankham Viphavanh", "Tan Sri Anwar Ibrahim": courtesy titles the tagger takes into the name
        while (from < to - 1 && (Words.honorific(from > 0 ? words.get(from - 1).text() : null, words.get(from).text(),
                words.get(from + 1).text())
                || words.get(from).text().endsWith("."))) {
            from++;
        }
        Word last = words.get(to - 1);
        if (kind == EntityKind.ORGANIZATION && last.lemma().equalsIgnoreCase("project")) {
            return; // "the Sampur Solar Power Project": a named project, which the project rules read, not a body
        }
        if (kind != EntityKind.PERSON && last.head() >= 0 && (last.head() < from || last.head() >= to)
                && (last.relation().equals("compound") || last.relation().startsWith("nmod"))
                && !words.get(last.head()).named() && !(kind == EntityKind.ORGANIZATION && bodyOfOffice(words, last))) {
            // "Minister of National Defence", "Pentagon Press Secretary": a name inside a title or
            // a thing; "Commander of the Royal Cambodian Armed Forces": the article makes it a body
            return;
        }
        for (int k = from; k < to - 1; k++) {
            if (kind == EntityKind.ORGANIZATION && words.get(k).tag().equals("NNPS")) {
                return; // "the Royal Thai Armed Forces Songwit Noonpackdee": a plural head ends a body's name, and the tagger ran on
            }
        }
        if (last.tag().equals("NNPS") && !(kind == EntityKind.ORGANIZATION && bodyOfOffice(words, last))) {
            return; // "National Party Congresses", "Parties": a plural names no one entity
        }
        if (last.relation().equals("compound") && last.head() >= to && words.get(last.head()).noun()
                && !words.get(last.head()).properNoun()) {
            return; // "Chiang Rai province", "Samsung plant": a name modifying a common noun is that noun's
        }
        if (kind != EntityKind.PERSON && to - from == 1 && coordinatedWithCommonNoun(words, last)) {
            return; // "the two Parties and States": capitals on common nouns, not a name
        }
        if (kind == EntityKind.ORGANIZATION && OrganisationPatternRule.qualifiersAndHead(words.subList(from, to).stream()
                .map(Word::text).toList())) {
            return; // "Central Committee", "Standing Committee": which one, the words do not say
        }
        if (to - from == 1 && kind == EntityKind.ORGANIZATION) {
            return; // a lone acronym is the acronym rule's, which knows what it stands for
        }
        Tokens t = s.tokens();
        int first = t.tokenAt(words.get(from).start());
        int end = first;
        while (end < t.size() && t.get(end).start() < words.get(to - 1).end()) {
            end++;
        }
        if (end == first) {
            return;
        }
        if (kind == EntityKind.PERSON) {
            // "ambassador to Việt Nam Ito Naoki": the tagger may run a country or body another rule
            // found into the name after it; that rule's boundary cuts the name
            while (first < end) {
                Optional<Found> other = s.startingAt(first, EntityKind.COUNTRY, EntityKind.ORGANIZATION, EntityKind.PLACE);
                if (other.isPresent()) {
                    first = other.get().endToken();
                } else if (s.demonymAt(first).isPresent()) {
                    first++;
                } else {
                    break;
                }
            }
        }
        for (int k = first; k < end; k++) {
            // a demonym inside a body's name is part of it ("Royal Cambodian Armed Forces"), and so
            // is one at the start of the body an office is in ("Commander of the Philippine Armed
            // Forces"); elsewhere at its start it is the country's and the rest another rule's
            boolean demonym = s.demonymAt(k).isPresent() && (kind != EntityKind.ORGANIZATION
                    || k == first && !bodyOfOffice(words, last));
            if (s.covered(k) && !(kind == EntityKind.PERSON && placeInsideName(s, k, first, end))
                    || demonym || Words.TITLE_HEADS.contains(t.get(k).text())) {
                return; // another rule holds part of it, or it runs into a title: theirs to read
            }
        }
        if (kind == EntityKind.PERSON && end - first < 2) {
            return;
        }
        String surface = t.span(first, end);
        Optional<GazetteerEntry> known = doc.gazetteer().named(surface);
        EntityRef ref = known.isPresent() ? doc.table().known(known.get(), surface)
                : doc.table().unknown(kind, surface, null);
        s.add(first, end, ref, Found.How.NAME);
    }
}
