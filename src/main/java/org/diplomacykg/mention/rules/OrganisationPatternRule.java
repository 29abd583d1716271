package org.diplomacykg.mention.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.mention.GazetteerEntry;
import org.diplomacykg.mention.Institution;
import org.diplomacykg.mention.Tokens;

/**
 * Finds organisations by how English news names them: capitalised words before a head noun
 * ({@code Lao People’s Army}, {@code Việt Nam–Laos Inter-Governmental Committee}), a head noun
 * with an {@code of}/{@code for} complement ({@code Ministry of National Defence},
 * {@code Lao National Academy of Politics and Public Administration},
 * {@code Central Committee of the Lao Front for National Construction}), and a country's own
 * institutions named by the country ({@code the Lao Party}, {@code the Vietnamese Government},
 * {@code Government of the Lao PDR}), which resolve to the gazetteer's ruling party,
 * government or legislature of that country.
 * <p>
 * A head noun followed by another capitalised word is not the head ({@code National Party
 * Congress} is no party), and words that only qualify ({@code National}, {@code Central},
 * {@code Standing}) do not make a name on their own ({@code the Central Committee}).
 */
public final class OrganisationPatternRule {
    private static final Pattern OPENING_PAREN_GAP = Pattern.compile("\\s*\\(");
    private static final Pattern CLOSING_PAREN_SPACE = Pattern.compile("\\)\\s+");
    private static final Pattern APOSTROPHE = Pattern.compile("['’]");
    private static final Pattern DASH_GAP = Pattern.compile("\\s*[-–—‑]\\s*");
    private static final Pattern JOINED_PREFIX = Pattern.compile("\\b(?i)(inter|intra|trans|co|non|multi|sub|pan)-(\\p{L})");
    static final Set<String> HEADS = Set.of(
            "Party", "Committee", "Commission", "Council", "Assembly", "Academy", "Institute", "Ministry", "Government",
            "Agency", "Association", "Federation", "Union", "Front", "Army", "Bank", "Fund", "Organisation",
            "Organization", "Corporation", "Company", "Group", "Secretariat", "Court", "Office", "Department", "Cabinet",
            "Alliance", "Parliament", "Senate", "Police", "Authority", "Chamber", "Society", "Foundation",
            "Inspectorate", "Procuracy", "Politburo", "Navy", "Command", "University");
    private static final Set<String> WEAK = Set.of(
            "national", "central", "party", "state", "standing", "permanent", "executive", "joint", "provincial",
            "municipal", "local", "people", "s", "high", "level", "politburo", "steering", "organising", "organizing",
            "general", "supreme", "military", "regional", "international", "special", "new", "two", "both");
    /** Local levels that news writes in lower case inside a body's name. */
    private static final Set<String> LEVELS = Set.of("provincial", "municipal", "city", "district");
    private static final Set<String> STARTERS = Set.of(
            "the", "a", "an", "this", "that", "these", "both", "during", "on", "in", "at", "for", "with", "after",
            "before", "as", "by", "from", "under", "and", "but", "his", "her", "their", "its", "our", "according",
            "following", "meanwhile", "however", "also", "when", "while", "if", "since", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
            "june", "july", "august", "september", "october", "november", "december", "each", "every", "all");

    /** True for a body's head word after qualifiers alone ("Central Committee"): it names no one body. */
    static boolean qualifiersAndHead(java.util.List<String> words) {
        if (words.isEmpty() || !HEADS.contains(words.get(words.size() - 1))) {
            return false;
        }
        return words.subList(0, words.size() - 1).stream().allMatch(w -> WEAK.contains(w.toLowerCase(Locale.ROOT)));
    }

    public void apply(DocumentScan doc) {
        for (SentenceScan s : doc.sentences()) {
            Tokens t = s.tokens();
            for (int h = 0; h < t.size(); h++) {
                if (HEADS.contains(t.get(h).text()) && !continuesName(s, h)) {
                    organisationAt(doc, s, h);
                }
            }
        }
    }

    /**
     * A head followed by another capitalised word is a modifier: {@code Party Congress}; not
     * when a Vietnamese personal name follows the body's name ({@code … People’s Committee Lê Văn A}).
     */
    private static boolean continuesName(SentenceScan s, int h) {
        Tokens t = s.tokens();
        return h + 1 < t.size() && t.adjacent(h + 1) && t.get(h + 1).capitalised() && !Words.personalNameAt(s, h + 1);
    }

    private void organisationAt(DocumentScan doc, SentenceScan s, int h) {
        Tokens t = s.tokens();
        int first = prefixStart(s, h);
        int end = h + 1;
        int complementStart = -1;
        int of = h + 1;
        if (of + 1 < t.size() && t.get(of).acronym() && OPENING_PAREN_GAP.matcher(t.gapBefore(of)).matches()
                && CLOSING_PAREN_SPACE.matcher(t.gapBefore(of + 1)).matches()) {
            of++; // "National Assembly (NA) of Laos": the acronym stands between the head and its complement
        }
        if (of + 1 < t.size() && (t.is(of, "of") || t.is(of, "for")) && (of > h + 1 || t.adjacent(of))) {
            int k = of + 1;
            if (t.is(k, "the") && k + 1 < t.size()) {
                k++;
            }
            int stop = complementEnd(s, k);
            if (stop > k) {
                complementStart = k;
                end = stop;
            }
        }
        String head = t.get(h).text();
        boolean weakOnly = true;
        for (int k = first; k < h; k++) {
            String w = t.get(k).text().toLowerCase(Locale.ROOT);
            if (!WEAK.contains(w)) {
                weakOnly = false;
            }
        }
        EntityRef prefixCountry = countryOf(s, first, h, true);
        EntityRef complementCountry = complementStart < 0 ? null : countryOf(s, complementStart, end, true);
        Institution institution = institution(head, t, first, h, prefixCountry, complementStart, complementCountry);
        if (institution != null) {
            EntityRef country = prefixCountry != null ? prefixCountry : complementCountry;
            addInstitution(doc, s, first, end, country, institution);
            return;
        }
        if (first == h && complementStart < 0 || weakOnly && complementStart < 0 || first == h && weakOnly
                && onlyCountry(s, complementStart, end)) {
            return;
        }
        if (alreadyNamed(s, first, end)) {
            return;
        }
        String surface = t.span(first, end);
        Optional<GazetteerEntry> known = doc.gazetteer().named(surface, EntityKind.ORGANIZATION);
        if (known.isPresent()) {
            s.add(first, end, doc.table().known(known.get(), surface), Found.How.NAME);
            return;
        }
        EntityRef country = prefixCountry != null ? prefixCountry : complementCountry != null ? complementCountry
                : nestedCountry(doc, s, first, end);
        String label = levelsCapitalised(t, first, end);
        String slugSource = canonical(doc, s, first, end);
        if (head.equals("Ministry") && complementCountry == null) {
            // a ministry is one country's: "Lao Ministry of Health" and "the Ministry of Health"
            // in a Lao story are both the Ministry of Health of Laos
            country = country != null ? country : doc.homeCountry();
            if (country != null) {
                int from = prefixCountry != null ? h : first;
                label = t.span(from, end) + " of " + countryLabel(doc, country);
                slugSource = label;
                known = doc.gazetteer().named(label, EntityKind.ORGANIZATION);
                if (known.isPresent()) {
                    s.add(first, end, doc.table().known(known.get(), surface), Found.How.NAME);
                    return;
                }
            }
        }
        EntityRef ref = doc.table().unknown(EntityKind.ORGANIZATION, label, slugSource, country);
        doc.table().spelling(ref, surface);
        s.add(first, end, ref, Found.How.NAME);
    }

    /** True when token {@code j} is a word inside a found place or country: the {@code An} of {@code Nghệ An}. */
    private static boolean inPlaceName(SentenceScan s, int j) {
        return s.found().stream().anyMatch(f -> f.firstToken() < j && j < f.endToken()
                && (f.ref().kind() == EntityKind.PLACE || f.ref().kind() == EntityKind.COUNTRY));
    }

    /** The name with its lower-case local level capitalised: {@code Nghệ An Provincial People’s Committee}. */
    private static String levelsCapitalised(Tokens t, int first, int end) {
        StringBuilder out = new StringBuilder();
        for (int k = first; k < end; k++) {
            if (k > first) {
                out.append(t.gapBefore(k));
            }
            String w = t.get(k).text();
            out.append(k > first && LEVELS.contains(w) ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        }
        return out.toString();
    }

    /** Walks back over the capitalised words that name the body: {@code Lao People’s} Army. */
    private static int prefixStart(SentenceScan s, int h) {
        Tokens t = s.tokens();
        int j = h - 1;
        while (j >= 0 && t.joinable(j + 1)) {
            String w = t.get(j).text();
            boolean possessive = w.equals("s") && APOSTROPHE.matcher(t.gapBefore(j)).matches() && j > 0;
            // "the Nghệ An provincial People’s Committee": a local level in lower case after a place name
            boolean level = LEVELS.contains(w) && j > 0 && t.adjacent(j) && t.get(j - 1).capitalised()
                    && (inPlaceName(s, j - 1) || !STARTERS.contains(t.get(j - 1).text().toLowerCase(Locale.ROOT)));
            if (!possessive && !level && (!t.get(j).capitalised() || Character.isDigit(w.charAt(0))
                    || STARTERS.contains(w.toLowerCase(Locale.ROOT)) && !inPlaceName(s, j)
                    || j == 0 && w.endsWith("ing"))) {
                break;
            }
            final int at = j;
            if (s.found().stream().anyMatch(f -> f.ref().kind() == EntityKind.PERSON && f.firstToken() <= at
                    && at < f.endToken())) {
                break;
            }
            j--;
        }
        return j + 1;
    }

    /** The end of an {@code of}/{@code for} complement: capitalised words, with and/of/for/the between. */
    /**
     * True when a person's name, not more of a body's name, starts at token {@code j}: two to
     * four capitalised words no other rule holds, none of them a body's or a title's head word.
     */
    private static boolean nameFollows(SentenceScan s, int j) {
        Tokens t = s.tokens();
        int end = j;
        while (end < t.size() && t.adjacent(end) && t.get(end).capitalised() && !s.covered(end)) {
            String w = t.get(end).text();
            if (HEADS.contains(w) || Words.TITLE_HEADS.contains(w) || Character.isDigit(w.charAt(0))) {
                return false;
            }
            end++;
        }
        return end - j >= 2 && end - j <= 4 && (end == t.size() || !t.adjacent(end) || !t.get(end).capitalised());
    }

    private static int complementEnd(SentenceScan s, int k) {
        Tokens t = s.tokens();
        int last = -1;
        int j = k;
        while (j < t.size()) {
            if (j > k && !t.joinable(j) && !t.adjacent(j)) {
                break;
            }
            String w = t.get(j).text();
            final int at = j;
            if (j > k && last == j && s.found().stream().anyMatch(f -> f.endToken() == at && f.ref().kind() != EntityKind.PERSON)
                    && nameFollows(s, j)) {
                break; // "National Assembly of Laos Sounthone Xayachak": a name another rule found ends the body
            }
            if (t.get(j).capitalised() && !Character.isDigit(w.charAt(0))) {
                if (Words.TITLE_HEADS.contains(w) && j > k
                        || s.startingAt(j, EntityKind.PERSON).isPresent() || j > k && Words.personalNameAt(s, j)) {
                    break;
                }
                Optional<Found> f = s.startingAt(j);
                if (f.isPresent() && f.get().ref().kind() == EntityKind.COUNTRY && nameFollows(s, f.get().endToken())) {
                    last = f.get().endToken(); // "Presidential Office of Laos Khemmani Pholsena": the country ends the body
                    break;
                }
                if (f.isPresent() && f.get().endToken() > j + 1) {
                    j = f.get().endToken();
                    last = j;
                    continue;
                }
                last = ++j;
                continue;
            }
            if (w.equals("s") && APOSTROPHE.matcher(t.gapBefore(j)).matches()) {
                last = ++j;
                continue;
            }
            boolean andName = w.equals("and") && j + 1 < t.size() && t.get(j + 1).capitalised()
                    && s.startingAt(j + 1).isEmpty();
            if (andName || w.equals("of") || w.equals("for") || w.equals("the") && j > k && !t.is(j - 1, "and")) {
                j++;
                continue;
            }
            break;
        }
        if (last > k && t.get(last - 1).text().equals("s") && APOSTROPHE.matcher(t.gapBefore(last - 1)).matches()) {
            last -= 1; // a possessive ends the name: "Communist Party of Việt Nam’s 14th Central Committee"
        }
        return last < 0 ? k : Math.max(last, k);
    }

    private static Institution institution(String head, Tokens t, int first, int h, EntityRef prefixCountry,
                                           int complementStart, EntityRef complementCountry) {
        boolean prefixIsCountry = prefixCountry != null && complementStart < 0;
        boolean complementIsCountry = complementCountry != null && first == h;
        return switch (head) {
            case "Party" -> prefixIsCountry && h - first == 1 ? Institution.RULING_PARTY : null;
            case "Government" -> prefixIsCountry && h - first == 1 || complementIsCountry ? Institution.GOVERNMENT : null;
            case "Assembly" -> t.is(h - 1, "National") && (prefixIsCountry && h - first == 2
                    || complementCountry != null && h - first == 1) ? Institution.LEGISLATURE : null;
            default -> null;
        };
    }

    private static void addInstitution(DocumentScan doc, SentenceScan s, int first, int end, EntityRef country,
                                       Institution kind) {
        String surface = s.tokens().span(first, end);
        Optional<GazetteerEntry> known = doc.gazetteer().institution(country, kind).flatMap(doc.gazetteer()::entry);
        if (known.isPresent()) {
            s.add(first, end, doc.table().known(known.get(), surface), Found.How.NAME);
            return;
        }
        String countryLabel = countryLabel(doc, country);
        String name = switch (kind) {
            case RULING_PARTY -> "Ruling Party of " + countryLabel;
            case GOVERNMENT -> "Government of " + countryLabel;
            case LEGISLATURE -> "National Assembly of " + countryLabel;
        };
        EntityRef ref = kind == Institution.RULING_PARTY && first + 2 == end
                ? doc.table().unknown(EntityKind.ORGANIZATION, surface, name, country)
                : doc.table().unknown(EntityKind.ORGANIZATION, name, country);
        doc.table().spelling(ref, surface);
        s.add(first, end, ref, Found.How.NAME);
    }

    /** A country's canonical label, whether or not the article names it. */
    static String countryLabel(DocumentScan doc, EntityRef country) {
        return doc.gazetteer().entry(country).map(GazetteerEntry::label).orElse(doc.table().label(country));
    }

    /**
     * The country tokens {@code [from, to)} consist of, ignoring qualifiers, when they are only
     * a demonym or a country name ({@code Lao}, {@code Lao National}, {@code the Lao PDR}).
     */
    static EntityRef countryOf(SentenceScan s, int from, int to, boolean allowWeak) {
        EntityRef country = null;
        int k = from;
        while (k < to) {
            Optional<Found> f = s.startingAt(k, EntityKind.COUNTRY);
            if (f.isPresent() && f.get().endToken() <= to) {
                country = f.get().ref();
                k = f.get().endToken();
                if (k < to && s.tokens().get(k).text().equals("s") && APOSTROPHE.matcher(s.tokens().gapBefore(k)).matches()) {
                    k++; // "Việt Nam’s Ministry of Industry and Trade"
                }
                continue;
            }
            Optional<EntityRef> d = s.demonymAt(k);
            if (d.isPresent()) {
                country = d.get();
                k++;
                continue;
            }
            if (allowWeak && (s.tokens().is(k, "National") || s.tokens().is(k, "the"))) {
                k++;
                continue;
            }
            return null;
        }
        return country;
    }

    private static boolean onlyCountry(SentenceScan s, int from, int to) {
        return from >= 0 && countryOf(s, from, to, false) != null;
    }

    private static boolean alreadyNamed(SentenceScan s, int first, int end) {
        return s.found().stream().anyMatch(f -> f.firstToken() <= first && end <= f.endToken()
                && f.ref().kind() == EntityKind.ORGANIZATION);
    }

    /** The country of an organisation named inside this one: the CPV in its Central Committee. */
    private static EntityRef nestedCountry(DocumentScan doc, SentenceScan s, int first, int end) {
        for (Found f : s.found()) {
            if (first <= f.firstToken() && f.endToken() <= end) {
                if (f.ref().kind() == EntityKind.COUNTRY) {
                    return f.ref();
                }
                EntityRef c = doc.table().country(f.ref());
                if (c != null) {
                    return c;
                }
            }
        }
        return null;
    }

    /**
     * The name an unknown organisation's identity is made from: country names inside it in
     * their canonical form, dashes without spaces, and prefixes joined ({@code Inter-Governmental}
     * as {@code Intergovernmental}), so the spellings of one body meet.
     */
    static String canonical(DocumentScan doc, SentenceScan s, int first, int end) {
        Tokens t = s.tokens();
        StringBuilder out = new StringBuilder();
        int k = first;
        while (k < end) {
            if (k > first) {
                out.append(APOSTROPHE.matcher(DASH_GAP.matcher(t.gapBefore(k)).replaceAll("-")).replaceAll(""));
            }
            Optional<Found> f = s.startingAt(k, EntityKind.COUNTRY);
            if (f.isPresent() && f.get().endToken() <= end) {
                out.append(doc.table().label(f.get().ref()));
                k = f.get().endToken();
                continue;
            }
            out.append(t.get(k).text());
            k++;
        }
        return JOINED_PREFIX.matcher(out.toString()).replaceAll("$1$2");
    }
}
