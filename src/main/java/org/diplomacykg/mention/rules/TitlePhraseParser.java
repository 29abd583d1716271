package org.diplomacykg.mention.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.mention.Gazetteer;
import org.diplomacykg.mention.NameKeys;
import org.diplomacykg.mention.RoleTitle;
import org.diplomacykg.mention.TitleUnit;
import org.diplomacykg.mention.Tokens;

/**
 * Reads title phrases in one sentence, the way agency English writes them:
 * <pre>
 * phrase   := unit (("and" | ",") unit)*
 * unit     := modifier* TITLE ("of" ["the"] ORGANISATION-OR-COUNTRY ["(" ACRONYM ")"])?
 * modifier := demonym | country | organisation | "Party" | "former"
 * TITLE    := a label of the role scheme (longest first), or
 *             qualifier* Capitalised{0,3} HEAD ["of" portfolio]   (a title the scheme lacks)
 * </pre>
 * {@code Lao Party General Secretary and President Thongloun Sisoulith},
 * {@code General Secretary of the LPRP and President of Laos Thongloun Sisoulith},
 * {@code Minister of Natural Resources and Environment Đỗ Đức Duy}.
 */
final class TitlePhraseParser {
    private static final Pattern CLOSING_PAREN_SPACE = Pattern.compile("\\)?\\s+");
    private static final Pattern COMMA_GAP = Pattern.compile("\\s*,\\s*");
    private static final Pattern NO_GAP_OR_APOSTROPHE = Pattern.compile("\\s*|['’]\\s*");
    private static final Pattern APOSTROPHE = Pattern.compile("['’]");
    private static final Pattern OPENING_PAREN_GAP = Pattern.compile("\\s*\\(");
    private static final Pattern SPACE_OR_HYPHEN = Pattern.compile(" |-|‑");
    /** Lone head words that are too common to be a title by themselves. */
    private static final Set<String> WEAK_LONE_HEADS = Set.of(
            "General", "Member", "Head", "Chief", "Justice", "Representative", "Secretary", "Inspector", "Auditor",
            "Counsellor", "Chair", "Major", "Command");

    private final SentenceScan s;
    private final Tokens t;
    private final Gazetteer g;

    TitlePhraseParser(SentenceScan s, Gazetteer g) {
        this.s = s;
        this.t = s.tokens();
        this.g = g;
    }

    /** A title found at a token: where it ends, the concept if known, and its label. */
    record RoleMatch(int end, RoleTitle known, String title) {
    }

    /** Title units parsed from a token on: where they end, the units, a country they share. */
    record Units(int start, int end, List<TitleUnit> units, EntityRef country) {
    }

    /** Parses {@code unit (conj unit)*} from token {@code i}, or returns null. */
    Units units(int i) {
        return units(i, true);
    }

    /**
     * Same, but when {@code commas} is false the units only join with {@code and}: after a
     * name and a comma ({@code Chea Vandeth, Minister of Posts ..., and Vietnamese Ambassador
     * ... Nguyễn Minh Vũ}) a comma ends the appositive, it does not list more titles.
     */
    Units units(int i, boolean commas) {
        List<TitleUnit> units = new ArrayList<>();
        EntityRef shared = null;
        int p = i;
        int end = i;
        while (true) {
            boolean former = false;
            boolean party = false;
            EntityRef country = null;
            EntityRef org = null;
            int q = p;
            while (q < t.size()) {
                String w = t.get(q).text();
                if (q == p && Words.FORMER.contains(w) && roleAfterModifiers(q + 1) != null) {
                    former = true;
                    q++;
                    continue;
                }
                Optional<EntityRef> dem = s.demonymAt(q);
                if (dem.isPresent() && roleAfterModifiers(q + 1) != null) {
                    country = dem.get();
                    q++;
                    continue;
                }
                Optional<Found> f = s.startingAt(q, EntityKind.COUNTRY, EntityKind.ORGANIZATION);
                if (f.isPresent()) {
                    int e = skipPossessive(f.get().endToken());
                    // a modifier runs into its title: "LPRP General Secretary", not "(AP) — Cambodian Prime Minister"
                    if (e < t.size() && modifierJoins(e) && roleAfterModifiers(e) != null) {
                        if (f.get().ref().kind() == EntityKind.COUNTRY) {
                            country = f.get().ref();
                        } else {
                            org = f.get().ref();
                        }
                        q = e;
                        continue;
                    }
                }
                if (w.equals("Party") && roleAt(q + 1) != null) {
                    party = true;
                    q++;
                    continue;
                }
                break;
            }
            RoleMatch r = roleAt(q);
            if (r == null) {
                break;
            }
            q = r.end();
            if (t.is(q, "of") && t.adjacent(q)) {
                int k = q + 1;
                if (t.is(k, "the")) {
                    k++;
                }
                Optional<Found> f = s.startingAt(k, EntityKind.ORGANIZATION, EntityKind.COUNTRY, EntityKind.PLACE);
                if (f.isPresent()) {
                    switch (f.get().ref().kind()) {
                        case COUNTRY -> country = f.get().ref();
                        case PLACE -> { } // "Governor of Sa Kaeo province": a place below a country gives no country
                        default -> org = f.get().ref();
                    }
                    q = skipParenthesisedAcronym(f.get().endToken());
                    if (org != null && t.is(q, "Central") && t.is(q + 1, "Committee") && t.adjacent(q + 1)) {
                        q += 2; // "General Secretary of the CPC Central Committee": the party's office
                    }
                }
            }
            if (t.is(q, "to") && t.adjacent(q)) {
                // the country or body an envoy is sent to: "Vietnamese Ambassador to Cambodia"
                int k = t.is(q + 1, "the") ? q + 2 : q + 1;
                Optional<Found> f = s.startingAt(k, EntityKind.ORGANIZATION, EntityKind.COUNTRY);
                if (f.isPresent()) {
                    q = skipParenthesisedAcronym(f.get().endToken());
                }
            }
            if (shared == null && country != null) {
                shared = country;
            }
            units.add(new TitleUnit(r.known(), r.title(), org, country, party, former));
            end = q;
            int next = -1;
            if (t.is(q, "and") && CLOSING_PAREN_SPACE.matcher(t.gapBefore(q)).matches()) {
                next = q + 1;
            } else if (commas && q < t.size() && COMMA_GAP.matcher(t.gapBefore(q)).matches()) {
                next = t.is(q, "and") ? q + 1 : q;
            }
            if (next > 0 && next < t.size() && roleAfterModifiers(next) != null) {
                p = next;
                continue;
            }
            break;
        }
        return units.isEmpty() ? null : new Units(i, end, units, shared);
    }

    /** Skips modifiers from token {@code q} and returns the title after them, or null. */
    private RoleMatch roleAfterModifiers(int q) {
        int k = q;
        for (int guard = 0; guard < 6 && k < t.size(); guard++) {
            RoleMatch r = roleAt(k);
            if (r != null) {
                return r;
            }
            Optional<Found> f = s.startingAt(k, EntityKind.COUNTRY, EntityKind.ORGANIZATION);
            if (f.isPresent()) {
                k = skipPossessive(f.get().endToken());
                if (k < t.size() && !modifierJoins(k)) {
                    return null;
                }
            } else if (s.demonymAt(k).isPresent() || t.is(k, "Party") || Words.FORMER.contains(t.get(k).text())) {
                k++;
            } else {
                return null;
            }
        }
        return null;
    }

    /** A title at token {@code q}: a known label (longest first), else the open title grammar. */
    RoleMatch roleAt(int q) {
        if (q >= t.size() || !t.get(q).capitalised() || s.covered(q)) {
            return null;
        }
        int max = Math.min(g.longestRoleTitle(), t.size() - q);
        for (int len = max; len >= 1; len--) {
            if (!spaced(q, len)) {
                continue;
            }
            String surface = t.span(q, q + len);
            Optional<RoleTitle> r = g.roleTitle(surface);
            if (r.isEmpty() || !caseFits(r.get(), surface)) {
                continue;
            }
            RoleMatch known = new RoleMatch(q + len, r.get(), r.get().label());
            RoleMatch withPortfolio = portfolio(known);
            return withPortfolio != null ? withPortfolio : moreOfPortfolio(known);
        }
        return openTitle(q);
    }

    /** {@code qualifier* Capitalised{0,3} HEAD}: Vice Chairwoman, Health Minister, Ambassador. */
    private RoleMatch openTitle(int q) {
        int k = q;
        while (k < t.size() && Words.TITLE_QUALIFIERS.contains(t.get(k).text()) && (k == q || t.adjacent(k))) {
            k++;
        }
        int head = -1;
        for (int m = k; m < t.size() && m <= k + 3; m++) {
            if (m > q && !(t.adjacent(m) || t.gapBefore(m).equals("-"))) {
                break;
            }
            if (!t.get(m).capitalised() || s.demonymAt(m).isPresent() || s.covered(m)) {
                break;
            }
            if (Words.TITLE_HEADS.contains(t.get(m).text())) {
                head = m;
                while (head + 1 < t.size() && t.adjacent(head + 1) && Words.TITLE_HEADS.contains(t.get(head + 1).text())) {
                    head++;
                }
                break;
            }
        }
        if (head < 0 || head == q && WEAK_LONE_HEADS.contains(t.get(q).text()) && !ofOrganisation(head + 1)) {
            return null;
        }
        RoleMatch open = new RoleMatch(head + 1, null, t.span(q, head + 1));
        RoleMatch withPortfolio = portfolio(open);
        if (withPortfolio != null) {
            return withPortfolio;
        }
        return g.roleTitle(open.title()).map(r -> new RoleMatch(open.end(), r, r.label())).orElse(open);
    }

    /**
     * True when {@code of} and a found organisation follow: a lone common head is an office of
     * that body ({@code Secretary of the Nghệ An provincial Party Committee}).
     */
    private boolean ofOrganisation(int q) {
        if (!t.is(q, "of") || !t.adjacent(q)) {
            return false;
        }
        int k = t.is(q + 1, "the") ? q + 2 : q + 1;
        return s.startingAt(k, EntityKind.ORGANIZATION).isPresent();
    }

    /**
     * Extends a title with {@code of} and a portfolio that is not a found organisation:
     * {@code Minister of Natural Resources and Environment}. The portfolio ends at its last
     * portfolio word so that the person's name after it stays whole.
     */
    private RoleMatch portfolio(RoleMatch r) {
        int q = r.end();
        if (!t.is(q, "of") || !t.adjacent(q) || q + 1 >= t.size()) {
            return null;
        }
        int k = q + 1;
        if (t.is(k, "the")) {
            k++;
        }
        if (k >= t.size() || s.startingAt(k).isPresent() || !t.get(k).capitalised()) {
            return null;
        }
        int lastPortfolio = -1;
        int j = k;
        while (j < t.size() && (j == k || t.adjacent(j) || COMMA_GAP.matcher(t.gapBefore(j)).matches())) {
            String w = t.get(j).text();
            if (!t.get(j).capitalised() && !w.equals("and")) {
                break;
            }
            if (Words.PORTFOLIO_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                lastPortfolio = j;
            }
            j++;
        }
        // the portfolio ends at its last portfolio word: where the run ends (an appositive,
        // "Chea Vandeth, Minister of Posts and Telecommunications of Cambodia") or where the
        // person's name starts ("Minister of Natural Resources and Environment Đỗ Đức Duy")
        // or where "and" joins a second office ("Minister of Agriculture and Environment and
        // Chairperson of the Council")
        if (lastPortfolio < 0 || lastPortfolio + 1 < j && !t.get(lastPortfolio + 1).capitalised()
                && !(t.is(lastPortfolio + 1, "and") && roleAfterModifiers(lastPortfolio + 2) != null)) {
            return null;
        }
        String title = (r.known() != null ? r.known().label() : r.title()) + " of " + t.span(k, lastPortfolio + 1);
        RoleTitle known = g.roleTitle(title).orElse(null);
        return new RoleMatch(lastPortfolio + 1, known, known != null ? known.label() : title);
    }

    /**
     * A known title with a portfolio that the text continues with {@code and}:
     * {@code Minister of Foreign Affairs and International Cooperation}. A second title after
     * {@code and} ({@code ... and Minister of Finance}) is not a continuation.
     */
    private RoleMatch moreOfPortfolio(RoleMatch r) {
        int q = r.end();
        RoleMatch listed = commaListedPortfolio(r);
        if (listed != null) {
            return listed;
        }
        if (!r.title().contains(" of ") || !t.is(q, "and") || !t.adjacent(q) || q + 1 >= t.size()
                || !t.get(q + 1).capitalised() || roleAfterModifiers(q + 1) != null || s.startingAt(q + 1).isPresent()) {
            return r;
        }
        int lastPortfolio = -1;
        int j = q + 1;
        while (j < t.size() && t.adjacent(j) && t.get(j).capitalised() && !s.covered(j)) {
            if (Words.PORTFOLIO_WORDS.contains(t.get(j).text().toLowerCase(Locale.ROOT))) {
                lastPortfolio = j;
            }
            j++;
        }
        if (lastPortfolio < 0) {
            return r;
        }
        String title = r.title() + " and " + t.span(q + 1, lastPortfolio + 1);
        RoleTitle known = g.roleTitle(title).orElse(null);
        return new RoleMatch(lastPortfolio + 1, known, known != null ? known.label() : title);
    }

    /**
     * "Minister of Transport, Works and Housing": portfolio words listed after the known title with a comma and a
     * final "and" are the same office's portfolio, not a name set after the title.
     */
    private RoleMatch commaListedPortfolio(RoleMatch r) {
        int q = r.end();
        if (!r.title().contains(" of ") || q >= t.size() || !t.gapBefore(q).strip().equals(",")) {
            return null;
        }
        int lastPortfolio = -1;
        boolean and = false;
        for (int j = q; j < t.size() && !s.covered(j); j++) {
            String w = t.get(j).text();
            boolean joined = j == q || t.adjacent(j) || t.gapBefore(j).strip().equals(",");
            if (!joined) {
                break;
            }
            if (w.equals("and")) {
                and = true;
            } else if (t.get(j).capitalised() && Words.PORTFOLIO_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                lastPortfolio = j;
            } else {
                break;
            }
        }
        if (!and || lastPortfolio < 0 || !t.is(lastPortfolio - 1, "and") && lastPortfolio > q) {
            return null;
        }
        String title = r.title() + t.text().substring(t.get(q - 1).end(), t.get(lastPortfolio).end());
        RoleTitle known = g.roleTitle(title).orElse(null);
        return new RoleMatch(lastPortfolio + 1, known, known != null ? known.label() : title);
    }

    /**
     * A person's name from token {@code q}: a found person, or up to five capitalised words
     * (not a known actor, demonym, title word or sentence opener). Returns the end token, or
     * {@code q} when there is no name.
     */
    /** Skips honorifics before a name: {@code Samdech Thipadei} Hun Manet, {@code H.E.} Sok Chenda. */
    int skipHonorifics(int q) {
        int j = q;
        while (j < t.size() && (Words.honorific(j > 0 ? t.get(j - 1).text() : null, t.get(j).text(),
                        j + 1 < t.size() ? t.get(j + 1).text() : null) || abbreviatedRank(j))
                && (j == q || t.joinable(j))) {
            j++;
        }
        return j < t.size() && j > q && t.get(j).capitalised() ? j : q;
    }

    /**
     * A rank or courtesy title the tokenizer reads as one abbreviation ({@code Lt.}, {@code Gen.},
     * {@code Brig.}, {@code Adm.}): a proper noun with its full stop that the entity tagger leaves
     * outside any name.
     */
    private boolean abbreviatedRank(int j) {
        return j + 1 < t.size() && s.word(j).filter(w -> w.text().endsWith(".") && w.text().length() <= 6
                && w.properNoun() && !w.named()).isPresent();
    }

    int nameEnd(int q) {
        Optional<Found> person = s.startingAt(q, EntityKind.PERSON);
        if (person.isPresent()) {
            return person.get().endToken();
        }
        int j = q;
        while (j < t.size() && j - q < 5) {
            String w = t.get(j).text();
            if (j > q && nameParticle(j)) {
                j++;
                continue;
            }
            if (!t.get(j).capitalised() || Character.isDigit(w.charAt(0)) || t.get(j).acronym() && w.length() > 1
                    || Words.notName(w) || Words.TITLE_HEADS.contains(w) || s.covered(j) && !placeInPersonRun(q, j)
                    || s.demonymAt(j).isPresent() && j == q) {
                break;
            }
            if (j > q && !(t.adjacent(j) || t.gapBefore(j).equals("-") || t.afterInitial(j))) {
                break;
            }
            j++;
            // a hyphenated given name goes on in lower case: Lee Jae-myung, Kim Hea-kyung
            if (j < t.size() && j - q > 1 && hyphenatedSyllable(j)) {
                j++;
            }
        }
        return j;
    }

    /**
     * "Vuong Dinh Hue", "Nguyen Van Vinh": a known place's name (Huế, Vinh) after the first word of a name,
     * in a run the tagger reads as one person, is part of the name, as {@link NamedEntityRule} reads it too.
     */
    private boolean placeInPersonRun(int q, int j) {
        if (j == q || s.found().stream().anyMatch(f -> f.firstToken() <= j && j < f.endToken() && f.ref().kind() != EntityKind.PLACE)) {
            return false;
        }
        return s.word(j).filter(w -> w.entity().equals("PERSON")).isPresent()
                && s.word(j - 1).filter(w -> w.entity().equals("PERSON")).isPresent();
    }

    /** A name particle ("al", "bin") inside a run of name words: a capitalised name word follows it, joined. */
    private boolean nameParticle(int j) {
        return Words.NAME_PARTICLES.contains(t.get(j).text()) && t.adjacent(j) && j + 1 < t.size()
                && t.get(j + 1).capitalised() && (t.adjacent(j + 1) || t.gapBefore(j + 1).equals("-"));
    }

    /** A lower-case syllable joined by a hyphen to a name word: the "myung" of {@code Jae-myung}. */
    boolean hyphenatedSyllable(int j) {
        String w = t.get(j).text();
        return t.gapBefore(j).equals("-") && !t.get(j).capitalised() && w.length() <= 5
                && w.chars().allMatch(Character::isLetter) && !Words.NAME_SUFFIX_WORDS.contains(w);
    }

    /** True when token {@code e} follows the modifier before it with only a space or a possessive between. */
    private boolean modifierJoins(int e) {
        return NO_GAP_OR_APOSTROPHE.matcher(t.gapBefore(e)).matches();
    }

    int skipPossessive(int e) {
        if (e < t.size() && t.get(e).text().equals("s") && APOSTROPHE.matcher(t.gapBefore(e)).matches()) {
            return e + 1;
        }
        return e;
    }

    private int skipParenthesisedAcronym(int e) {
        if (e < t.size() && t.get(e).acronym() && OPENING_PAREN_GAP.matcher(t.gapBefore(e)).matches()) {
            String after = e + 1 < t.size() ? t.gapBefore(e + 1) : t.tail();
            if (after.startsWith(")")) {
                return e + 1;
            }
        }
        return e;
    }

    private boolean spaced(int q, int len) {
        for (int k = q + 1; k < q + len; k++) {
            if (!SPACE_OR_HYPHEN.matcher(t.gapBefore(k)).matches()) {
                return false;
            }
        }
        return true;
    }

    /** {@code PM} and {@code FM} only match in capitals. */
    private static boolean caseFits(RoleTitle r, String surface) {
        String key = NameKeys.key(surface);
        for (String name : r.names()) {
            if (NameKeys.key(name).equals(key) && name.length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT))
                    && !surface.equals(surface.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
