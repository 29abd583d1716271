package org.diplomacykg.facts.projects;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.mention.Gazetteer;
import org.diplomacykg.mention.Mention;

/**
 * Noun phrases headed by a project noun, read from the parse:
 * <ul>
 *   <li>named: the name's words before the noun ({@code the Dong Dang–Hanoi standard gauge railway},
 *       {@code Nam Beng 2 Hydropower Plant}), a road's number after it ({@code National Road 13
 *       North}), a numbered part of a named one ({@code Section 2 of the X expressway}, {@code Port
 *       No. 3 of the Y international port}), or a name given after "project" ({@code the project,
 *       dubbed KF-21});</li>
 *   <li>described: {@code a 485-km highway linking A to B}, {@code a railway bridge over the Mekong},
 *       {@code power lines from A to B}, {@code a health clinic in X district}.</li>
 * </ul>
 * A project noun that modifies another noun is no project ({@code railway operation}, {@code the
 * FISU World University Games}) unless that noun only carries it ({@code the X railway route}, {@code
 * the Y border gate pair}, {@code the Z canal project}); nor is one inside an organisation's name
 * ({@code National University of Laos}). Lines (railways, roads, bridges, power lines, plants) are
 * projects whenever named; facilities (ports, parks, hospitals, border gates…) only when the clause
 * develops them or their name joins two parties ({@code Việt Nam – Laos Friendship Park}), and never
 * where they only stand for a place ({@code trade through the X border gate}, {@code a bridge at
 * the Y border crossing}).
 */
final class ProjectPhraseRule {
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("[-–—‑]");
    /** "National Road 13", "Route 9A". */
    private static final java.util.regex.Pattern ROUTE_NUMBER = java.util.regex.Pattern.compile("\\d{1,4}[A-Za-z]?");
    /** "National Road 13 North", "Section B". */
    private static final java.util.regex.Pattern ROUTE_SUFFIX = java.util.regex.Pattern.compile("North|South|East|West|[A-E]");
    private static final java.util.regex.Pattern NUMBER_ABBREVIATION = java.util.regex.Pattern.compile("No\\.?");
    private static final java.util.regex.Pattern VOLTAGE = java.util.regex.Pattern.compile("\\d+kV");
    private static final Set<String> LINE_TYPES = Set.of(
            "Railway", "Road", "Highway", "Expressway", "Bridge", "PowerLine", "PowerPlant", "Hydropower", "OilDepot",
            "Pipeline", "Canal");
    /** Types whose noun followed by "of X" names a body: the University of X, the School of Y. */
    private static final Set<String> INSTITUTION_TYPES = Set.of("University", "School", "Hospital", "ResearchCentre");
    /** Nouns that only carry a project noun before them: the X railway {@code route}, the Y canal {@code project}. */
    private static final Set<String> CARRIERS = Set.of("project", "route", "line", "pair", "link");
    /** Nouns naming a numbered part of an undertaking: {@code Section 2} of the X expressway. */
    private static final Set<String> PARTS = Set.of("section", "phase", "segment", "stretch", "package", "component");
    /** Prepositions by which a facility is only where something passes or stands. */
    private static final Set<String> PLACE_CASES = Set.of("through", "via", "at", "across");
    /** Verbs that give a project its name after "project": the project, dubbed X. */
    private static final Set<String> NAMING_VERBS = Set.of("dub", "call", "name", "codename", "code-name");
    /** Words in a name that name nothing by themselves: the {@code new} railway, {@code National} roads. */
    private static final Set<String> WEAK_NAME_WORDS = Set.of(
            "national", "new", "state", "party", "international", "strategic", "key", "major", "big", "first", "second",
            "central", "provincial", "joint", "regional", "local", "modern", "large", "main", "north", "south", "east",
            "west", "northern", "southern", "eastern", "western");
    /** Lower-case words that do not describe a project: articles, possessives, "new". */
    private static final Set<String> NOT_DESCRIPTION = Set.of(
            "a", "an", "the", "of", "in", "to", "for", "with", "by", "on", "at", "or", "its", "their", "his", "her",
            "this", "that", "new", "planned", "proposed", "s");
    private static final Set<String> FUNCTION_TAGS = Set.of(
            "DT", "PDT", "IN", "CC", "TO", "PRP", "PRP$", "WDT", "WP", "WP$", "WRB", "MD", "RB", "EX", "POS", "UH");

    private final ProjectNouns nouns;
    private final Gazetteer gazetteer;
    private final ProjectStatusReader statusReader = new ProjectStatusReader();

    ProjectPhraseRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.nouns = new ProjectNouns(gazetteer.projectTypes());
    }

    /** The project phrases of one sentence, in text order, none inside another. */
    List<ProjectPhrase> find(Sentence s, List<Mention> mentions) {
        List<ProjectPhrase> out = new ArrayList<>();
        int consumed = -1;
        for (int i = 0; i < s.words().size(); i++) {
            if (i <= consumed) {
                continue;
            }
            Optional<ProjectNouns.Found> noun = nouns.endingAt(s, i);
            Optional<ProjectPhrase> phrase = noun.isPresent() ? phrase(s, noun.get(), mentions) : dubbed(s, i, mentions);
            if (phrase.isPresent()) {
                sharingTheNoun(s, phrase.get(), mentions).ifPresent(out::add);
                out.add(phrase.get());
                consumed = phrase.get().last();
            }
        }
        return out;
    }

    private Optional<ProjectPhrase> phrase(Sentence s, ProjectNouns.Found noun, List<Mention> mentions) {
        Word nounHead = s.words().get(noun.last());
        int head = noun.last();
        int numberEnd = routeNumber(s, noun);
        if (nounHead.relation().equals("compound") && nounHead.head() > head && nounHead.head() <= numberEnd) {
            head = nounHead.head(); // "National Highway 9 West": the parser may head it on the number's last word
        } else if (nounHead.relation().equals("compound") && nounHead.head() > head) {
            Word carrier = s.words().get(nounHead.head());
            if (!carrier.noun() || !CARRIERS.contains(carrier.lemma().toLowerCase(Locale.ROOT))
                    || carrier.index() - head > 2) {
                return Optional.empty(); // "railway operation", "University Games", "Hydropower Plant" (found at Plant)
            }
            head = carrier.index();
        }
        if (insideBody(s, noun, mentions)) {
            return Optional.empty();
        }
        boolean plural = nounHead.tag().endsWith("S");
        int nameFirst = nameStart(s, noun.first(), mentions, numberEnd > noun.last());
        boolean named = !plural && (nameFirst < noun.first() || numberEnd > noun.last());
        int first;
        int last = Math.max(head, numberEnd);
        boolean definite = false;
        if (named) {
            first = partOf(s, nameFirst);
        } else {
            int[] described = described(s, noun, head, mentions);
            if (described.length == 0) {
                return Optional.empty();
            }
            first = described[0];
            last = described[1];
            definite = described[2] == 1;
        }
        if (s.words().get(last).lemma().equalsIgnoreCase("project") && last > noun.last()) {
            last--; // "the Funan Techo Canal project" is the canal
        }
        int top = top(s, head, first, last);
        boolean line = LINE_TYPES.contains(noun.type());
        if (!line && standsForPlace(s, top)) {
            return Optional.empty();
        }
        ProjectStatusReader.Reading reading = statusReader.read(s, top, head);
        if (!line && !reading.developed() && !joinsTwo(s, first, noun.first(), mentions)
                && !s.words().get(head).lemma().equalsIgnoreCase("project")) {
            return Optional.empty();
        }
        EntityRef location = location(s, List.of(head, noun.last(), top), mentions);
        for (int at : List.of(s.phraseLast(head), last)) {
            int in = following(s, at, "in");
            if (location == null && in > 0) {
                location = placeIn(s, s.words().get(in), mentions, null);
            }
        }
        return Optional.of(new ProjectPhrase(first, -1, noun.first(), head, last, named, definite, noun.type(), location,
                reading.status()));
    }

    /**
     * The first of two names that share one plural noun: {@code Lạng Sơn–Hà Nội} in "the Lạng
     * Sơn–Hà Nội and Móng Cái–Hải Phòng railway lines", a project of the same kind and standing.
     */
    private Optional<ProjectPhrase> sharingTheNoun(Sentence s, ProjectPhrase p, List<Mention> mentions) {
        int and = p.first() - 1;
        if (!p.named() || and < 1 || !s.words().get(and).lemma().equals("and")
                || !s.words().get(p.head()).tag().endsWith("S") || !nameWord(s, and - 1, mentions)) {
            return Optional.empty();
        }
        int first = nameStart(s, and, mentions, false);
        if (first >= and) {
            return Optional.empty();
        }
        return Optional.of(new ProjectPhrase(first, and - 1, p.nounFirst(), p.head(), p.last(), true, false, p.type(),
                p.location(), p.status()));
    }

    /** "the project, dubbed KF-21": a name given to an undertaking of no stated kind. */
    private Optional<ProjectPhrase> dubbed(Sentence s, int i, List<Mention> mentions) {
        Word w = s.words().get(i);
        if (!w.noun() || !w.lemma().equalsIgnoreCase("project") || w.tag().endsWith("S")) {
            return Optional.empty();
        }
        int k = i + 1;
        if (k < s.words().size() && s.words().get(k).text().equals(",")) {
            k++;
        }
        if (k + 1 >= s.words().size() || !NAMING_VERBS.contains(s.words().get(k).lemma().toLowerCase(Locale.ROOT))
                || !s.words().get(k).tag().equals("VBN")) {
            return Optional.empty();
        }
        int named = k + 1;
        for (Word d : s.dependents(k)) {
            if ((d.relation().equals("obj") || d.relation().equals("xcomp")) && d.index() > k) {
                named = d.index();
                break;
            }
        }
        if (named == k + 1 && s.words().get(k).head() > k) {
            named = s.words().get(k).head(); // "dubbed Blue Dragon" read as a modifier of the name
        }
        int first = Math.max(k + 1, s.phraseFirst(named));
        int last = s.phraseLast(named);
        String name = s.text().substring(s.words().get(first).start(), s.words().get(last).end());
        if (name.chars().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return Optional.empty();
        }
        ProjectStatusReader.Reading reading = statusReader.read(s, i, i);
        return Optional.of(new ProjectPhrase(first, -1, last + 1, i, last, true, false, "OtherProject", null,
                reading.status()));
    }

    /**
     * Where the name before a project noun starts: over lower-case modifiers next to the noun
     * ({@code standard-gauge}, {@code border}), then names, numbers inside them and the dashes
     * joining them; {@code nounFirst} when no name stands there, or only a weak one and no number
     * follows the noun ({@code National} Road 12 is named by its number).
     */
    private int nameStart(Sentence s, int nounFirst, List<Mention> mentions, boolean numbered) {
        int j = nounFirst - 1;
        while (j >= 0 && lowerModifier(s, j, nounFirst)) {
            j--;
        }
        boolean numberNext = j > 0 && s.words().get(j).tag().equals("CD") && nameWord(s, j - 1, mentions);
        if (j < 0 || !nameWord(s, j, mentions) && !numberNext) {
            return nounFirst; // "Nam Beng 2 Hydropower Plant" has its number next to the noun
        }
        if (numberNext) {
            j--;
        }
        int nameLast = j;
        while (j >= 0) {
            if (nameWord(s, j, mentions) && measure(s, j)) {
                break; // "the 120 MW Sampur Solar power project": a unit its number counts is no part of the name
            } else if (nameWord(s, j, mentions)) {
                j--;
            } else if (j > 0 && (dash(s.words().get(j)) || s.words().get(j).tag().equals("CD"))
                    && nameWord(s, j - 1, mentions) && nameWord(s, j + 1, mentions)) {
                j--; // "Hanoi – Vientiane", "Nam Beng 2 Hydropower"
            } else {
                break;
            }
        }
        return !numbered && weak(s, j + 1, nameLast, mentions) ? nounFirst : j + 1; // "National" Road 12
    }

    /** A word that its number just before it counts: the {@code MW} of "120 MW", the {@code kV} of "400 kV". */
    private static boolean measure(Sentence s, int j) {
        return j > 0 && s.words().get(j - 1).tag().equals("CD")
                && s.dependents(j).stream().anyMatch(d -> d.index() == j - 1 && d.relation().equals("nummod"));
    }

    /** A lower-case word between a name and its noun that modifies the noun: the X {@code border} wharf. */
    private static boolean lowerModifier(Sentence s, int j, int nounFirst) {
        Word w = s.words().get(j);
        if (dash(w)) {
            return j > 0 && j + 1 < nounFirst && lowerWord(s.words().get(j - 1)) && lowerWord(s.words().get(j + 1));
        }
        if (lowerWord(w) && j + 2 < nounFirst + 1 && dash(s.words().get(j + 1))) {
            return true; // "gas" in "gas-fired", whatever the parser hangs it on
        }
        return lowerWord(w) && !NOT_DESCRIPTION.contains(w.text()) && w.head() > j && w.head() <= nounFirst + 3
                && (w.relation().equals("compound") || w.relation().equals("amod"));
    }

    private static boolean lowerWord(Word w) {
        return !w.text().isEmpty() && w.text().chars().allMatch(Character::isLetter)
                && Character.isLowerCase(w.text().charAt(0));
    }

    private static boolean dash(Word w) {
        return DASH.matcher(w.text()).matches();
    }

    /** A word that belongs to a name: a found place, country or body, or a capitalised content word. */
    private static boolean nameWord(Sentence s, int j, List<Mention> mentions) {
        if (j < 0 || j >= s.words().size()) {
            return false;
        }
        Word w = s.words().get(j);
        Mention m = mentionAt(w, mentions);
        if (m != null && m.ref().kind() != EntityKind.PERSON) {
            return true;
        }
        if (w.text().isEmpty() || !Character.isUpperCase(w.text().codePointAt(0)) || FUNCTION_TAGS.contains(w.tag())
                || w.verb()) {
            return false;
        }
        return j > 0 || w.properNoun();
    }

    /** True when a name has nothing proper of its own: qualifiers, or one country ({@code the Lao hospitals}). */
    private boolean weak(Sentence s, int first, int last, List<Mention> mentions) {
        int countries = 0;
        boolean proper = false;
        for (int j = first; j <= last; j++) {
            Word w = s.words().get(j);
            Mention m = mentionAt(w, mentions);
            if (m != null && m.ref().kind() == EntityKind.COUNTRY
                    || m == null && gazetteer.demonymCountry(w.text()).isPresent()) {
                countries++;
            } else if (m != null || !dash(w) && !WEAK_NAME_WORDS.contains(w.text().toLowerCase(Locale.ROOT))) {
                proper = true;
            }
            while (m != null && j + 1 <= last && s.words().get(j + 1).end() <= m.end()) {
                j++;
            }
        }
        return !proper && countries < 2;
    }

    /** {@code Road 13}, {@code Highway 9 West}: the end of a road's number after its noun, or the noun's last word. */
    private static int routeNumber(Sentence s, ProjectNouns.Found noun) {
        int at = noun.last() + 1;
        if (!(noun.type().equals("Road") || noun.type().equals("Highway")) || at >= s.words().size()
                || !ROUTE_NUMBER.matcher(s.words().get(at).text()).matches()) {
            return noun.last();
        }
        if (at + 1 < s.words().size() && ROUTE_SUFFIX.matcher(s.words().get(at + 1).text()).matches()) {
            return at + 1;
        }
        return at;
    }

    /** {@code Section 2 of the} / {@code Port No. 3 of the} before a name: where the whole phrase starts. */
    private static int partOf(Sentence s, int first) {
        List<Word> w = s.words();
        if (first < 4 || !w.get(first - 1).lemma().equalsIgnoreCase("the") || !w.get(first - 2).lemma().equals("of")
                || !w.get(first - 3).tag().equals("CD")) {
            return first;
        }
        Word before = w.get(first - 4);
        if (PARTS.contains(before.lemma().toLowerCase(Locale.ROOT))) {
            return first - 4;
        }
        if (NUMBER_ABBREVIATION.matcher(before.text()).matches() && first >= 5 && w.get(first - 5).noun()) {
            return first - 5;
        }
        return first;
    }

    /**
     * A phrase that describes an undertaking by what it links or where it is: {@code [first,
     * last, definite]}, or an empty array. Routes ({@code linking A and B}, {@code from A to B},
     * {@code over the X river}) may be indefinite, bare or definite; a place ({@code in X
     * district}) only indefinite.
     */
    private static int[] described(Sentence s, ProjectNouns.Found noun, int head, List<Mention> mentions) {
        if (s.words().get(noun.last()).tag().endsWith("S") && head == noun.last()) {
            return new int[0];
        }
        String article = "";
        for (int h : new LinkedHashSet<>(List.of(head, noun.last()))) {
            for (Word d : s.dependents(h)) {
                if (d.relation().equals("det")) {
                    article = d.lemma().toLowerCase(Locale.ROOT);
                } else if (d.relation().equals("nmod:poss")) {
                    article = "the";
                }
            }
        }
        boolean indefinite = article.equals("a") || article.equals("an");
        boolean definite = !indefinite && !article.isEmpty();
        int end = -1;
        Word from = null;
        for (int h : new LinkedHashSet<>(List.of(head, noun.last()))) {
            for (Word d : s.dependents(h)) {
                if (d.index() <= head) {
                    continue;
                }
                String rel = d.relation();
                if (rel.startsWith("acl") && Set.of("link", "connect", "join").contains(d.lemma().toLowerCase(Locale.ROOT))) {
                    int placesEnd = lastOfPlaces(s, d.index() + 1, clauseEnd(s, d.index()), mentions, 2);
                    end = Math.max(end, placesEnd);
                } else if (rel.equals("nmod:from")) {
                    from = d;
                } else if (rel.equals("nmod:to") && from != null && proper(s, d.index(), mentions)) {
                    end = Math.max(end, s.phraseLast(d.index()));
                } else if (rel.equals("nmod:over")) {
                    end = Math.max(end, s.phraseLast(d.index()));
                } else if ((rel.equals("nmod:in") || rel.equals("obl:in")) && indefinite && end < 0
                        && placeIn(s, d, mentions, EntityKind.PLACE) != null) {
                    end = s.phraseLast(d.index());
                }
            }
        }
        if (from != null && end < 0) {
            for (Word d : s.dependents(from.index())) {
                if ((d.relation().equals("nmod:to") || d.relation().equals("obl:to")) && proper(s, d.index(), mentions)) {
                    end = s.phraseLast(d.index());
                }
            }
            int to = following(s, s.phraseLast(from.index()), "to");
            if (end < 0 && to > 0 && proper(s, to, mentions)) {
                end = s.phraseLast(to);
            }
            if (!proper(s, from.index(), mentions)) {
                end = -1; // "the road from the border gate to X" tells of a road, it names none
            }
        }
        int in = following(s, s.phraseLast(head), "in");
        if (end < 0 && indefinite && in > 0 && placeIn(s, s.words().get(in), mentions, EntityKind.PLACE) != null) {
            end = s.phraseLast(in);
        }
        if (end < 0) {
            return new int[0];
        }
        int first = noun.first();
        int j = first - 1;
        while (j >= 0 && first - j <= 5) {
            Word w = s.words().get(j);
            boolean inner = w.lemma().equals("and") && j < noun.first() - 1;
            boolean measure = j >= 2 && dash(s.words().get(j - 1)) && s.words().get(j - 2).tag().equals("CD");
            if (measure || !(lowerWord(w) || dash(w) && j > 0 && lowerWord(s.words().get(j - 1)) || VOLTAGE.matcher(w.text()).matches())
                    || NOT_DESCRIPTION.contains(w.text()) || w.lemma().equals("and") && !inner) {
                break;
            }
            j--;
        }
        first = j + 1;
        while (first < noun.first() && (s.words().get(first).lemma().equals("and") || dash(s.words().get(first)))) {
            first++;
        }
        return new int[] {first, end, definite ? 1 : 0};
    }

    /**
     * The last word of the places named in {@code [from, to]} (found places, or runs of proper
     * nouns the gazetteer lacks) when there are at least {@code min}, else -1.
     */
    private static int lastOfPlaces(Sentence s, int from, int to, List<Mention> mentions, int min) {
        int count = 0;
        int last = -1;
        for (int j = from; j <= to; j++) {
            Word w = s.words().get(j);
            Mention m = mentionAt(w, mentions);
            boolean place = m != null ? m.ref().kind() == EntityKind.PLACE || m.ref().kind() == EntityKind.COUNTRY
                    || m.ref().kind() == EntityKind.PERSON && w.properNoun() : w.properNoun();
            if (place && last != j - 1) {
                count++;
            }
            if (place) {
                last = j;
            }
        }
        return count >= min ? last : -1;
    }

    /** The last word of a participle's phrase before a verb or an infinitive begins another clause. */
    private static int clauseEnd(Sentence s, int participle) {
        int last = s.phraseLast(participle);
        for (int j = participle + 1; j <= last; j++) {
            Word w = s.words().get(j);
            if (w.verb() || w.tag().equals("TO") || w.text().equals(";")) {
                return j - 1;
            }
        }
        return last;
    }

    /** True when a nominal's phrase names a place or holds a proper noun: "from Vientiane", not "from the gate". */
    private static boolean proper(Sentence s, int nominal, List<Mention> mentions) {
        for (int j = s.phraseFirst(nominal); j <= s.phraseLast(nominal); j++) {
            Word w = s.words().get(j);
            Mention m = mentionAt(w, mentions);
            if (w.properNoun() || m != null && (m.ref().kind() == EntityKind.PLACE || m.ref().kind() == EntityKind.COUNTRY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nominal a preposition right after word {@code last} introduces, wherever the parser hung it
     * ("a clinic in X district", read with the verb): its index, or -1.
     */
    private static int following(Sentence s, int last, String preposition) {
        int k = last + 1;
        if (k >= s.words().size()) {
            return -1;
        }
        Word w = s.words().get(k);
        return w.lemma().equalsIgnoreCase(preposition) && w.relation().equals("case") && w.head() > k ? w.head() : -1;
    }

    /** The word whose head lies outside the phrase {@code [first, last]}. */
    private static int top(Sentence s, int head, int first, int last) {
        int cur = head;
        for (int guard = 0; guard < s.words().size(); guard++) {
            int up = s.words().get(cur).head();
            if (up < first || up > last || up == cur) {
                return cur;
            }
            cur = up;
        }
        return cur;
    }

    /** True when the phrase is where something passes or stands: through, via, at or across it. */
    private static boolean standsForPlace(Sentence s, int top) {
        Word w = s.words().get(top);
        int marked = w.relation().startsWith("conj") ? w.head() : top; // "via X and the Y border crossing"
        return s.dependents(marked).stream().anyMatch(d -> d.relation().equals("case")
                && PLACE_CASES.contains(d.lemma().toLowerCase(Locale.ROOT)));
    }

    /** True when the name joins two parties with a dash: {@code Việt Nam – Laos} Friendship Park. */
    private static boolean joinsTwo(Sentence s, int first, int nounFirst, List<Mention> mentions) {
        for (int j = first + 1; j < nounFirst - 1; j++) {
            if (dash(s.words().get(j)) && nameWord(s, j - 1, mentions) && nameWord(s, j + 1, mentions)) {
                return true;
            }
        }
        return false;
    }

    /** True when the noun is part of a body's name: the National University of Laos, X Railway Company. */
    private static boolean insideBody(Sentence s, ProjectNouns.Found noun, List<Mention> mentions) {
        Word last = s.words().get(noun.last());
        Mention m = mentionAt(last, mentions);
        if (m != null && (m.ref().kind() == EntityKind.ORGANIZATION || m.ref().kind() == EntityKind.PERSON)
                && m.end() > last.end()) {
            return true;
        }
        return INSTITUTION_TYPES.contains(noun.type()) && s.dependents(noun.last()).stream()
                .anyMatch(d -> d.relation().equals("nmod:of") && Character.isUpperCase(d.text().codePointAt(0)));
    }

    /** "in Vientiane", "in Houaphanh province" on the phrase. */
    private static EntityRef location(Sentence s, List<Integer> words, List<Mention> mentions) {
        for (int w : words) {
            for (Word d : s.dependents(w)) {
                if (d.relation().equals("nmod:in") || d.relation().equals("obl:in")) {
                    EntityRef place = placeIn(s, d, mentions, null);
                    if (place != null) {
                        return place;
                    }
                }
            }
        }
        return null;
    }

    /** The place or country named at a word, else the first named inside its phrase; {@code kind} null for both. */
    private static EntityRef placeIn(Sentence s, Word w, List<Mention> mentions, EntityKind kind) {
        Mention own = mentionAt(w, mentions);
        if (own != null && fits(own, kind)) {
            return own.ref();
        }
        for (int j = s.phraseFirst(w.index()); j <= s.phraseLast(w.index()); j++) {
            Mention m = mentionAt(s.words().get(j), mentions);
            if (m != null && fits(m, kind)) {
                return m.ref();
            }
        }
        return null;
    }

    private static boolean fits(Mention m, EntityKind kind) {
        EntityKind k = m.ref().kind();
        return kind == null ? k == EntityKind.PLACE || k == EntityKind.COUNTRY : k == kind;
    }

    static Mention mentionAt(Word w, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() <= w.start() && w.end() <= m.end()) {
                return m;
            }
        }
        return null;
    }
}
