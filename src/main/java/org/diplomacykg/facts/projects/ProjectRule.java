package org.diplomacykg.facts.projects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.document.Document;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.ProjectFact;
import org.diplomacykg.facts.ProjectStatus;
import org.diplomacykg.facts.Slugs;
import org.diplomacykg.mention.DocumentMentions;
import org.diplomacykg.mention.Gazetteer;
import org.diplomacykg.mention.Mention;
import org.diplomacykg.mention.ProjectTypeTerm;
import org.diplomacykg.mention.Token;
import org.diplomacykg.mention.Tokens;

/**
 * Finds named undertakings by their head noun (the labels of the project-type scheme:
 * railway, expressway, port, power transmission line, hospital, park, border gate…):
 * <ul>
 *   <li>a name before the head: {@code Vientiane–Vũng Áng railway}, {@code Việt Nam – Laos
 *       Friendship Park}, {@code Long Thành International Airport};</li>
 *   <li>a numbered part of another: {@code Port No. 3 of the Laos - Vietnam international port};</li>
 *   <li>a route: {@code power transmission line projects from Northern Laos to Vietnam}, and a
 *       section of a project just named: {@code …expressway, the section from Vientiane to
 *       Thanh Thủy border gate}.</li>
 * </ul>
 * Lines (railways, roads, power lines, pipelines, depots, plants) are projects whenever named;
 * facilities (ports, hospitals, schools, parks, border gates…) only in a sentence about building,
 * opening or funding them, since otherwise they are just places. The status comes from the
 * nearest such word ({@code inauguration} → inaugurated, {@code into use} → in operation), the
 * location from {@code in <place>} after the name. The identity ignores spelling and the order
 * of a pair of endpoints: {@code Lao–Việt Nam Friendship Park} and {@code Việt Nam – Laos
 * Friendship Park} are one project.
 */
public final class ProjectRule {
    private static final Pattern ROAD_NUMBER = Pattern.compile("\\d{1,4}[A-Za-z]?");
    private static final Pattern ROAD_SUFFIX = Pattern.compile("North|South|East|West|[A-E]");
    private static final Pattern PHASE_NUMBER = Pattern.compile("\\d{1,2}|I{1,3}|IV|V");
    private static final Pattern COMMA_GAP = Pattern.compile("\\s*,\\s*");
    private static final Pattern DASH_GAP = Pattern.compile("\\s*[-–—‑]\\s*");
    private static final Set<String> LINE_TYPES = Set.of(
            "Railway", "Road", "Highway", "Expressway", "Bridge", "PowerLine", "PowerPlant", "Hydropower", "OilDepot",
            "Pipeline");
    private static final Set<String> WEAK_MODIFIERS = Set.of(
            "national", "new", "state", "party", "international", "strategic", "key", "major", "big", "first", "second",
            "central", "provincial", "the", "joint", "regional", "local", "modern", "large", "main");
    /** Nouns after a head that make the head a modifier: the university's {@code dormitory}. */
    private static final Set<String> PART_NOUNS = Set.of(
            "dormitory", "dormitories", "campus", "building", "buildings", "hall", "wing", "terminal", "station",
            "stadium", "centre", "center", "complex", "headquarters", "office", "gate", "area", "zone", "authority",
            "board", "company", "corporation", "director", "management", "route", "line", "lines", "network");
    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(construct\\w*|build\\w*|built|inaugurat\\w*|opening|opened|open|upgrad\\w*|expan\\w*|complet\\w*"
                    + "|into use|into operation|operational|hand(?:ed|ing)? over|handover|projects?|groundbreaking"
                    + "|ground-breaking|develop(?:s|ed|ing)?|invest\\w*|fund\\w*|financ\\w*|donat\\w*|launch\\w*|study\\w*|studies"
                    + "|set(?:ting)? up|establish\\w*)\\b");
    private static final Map<String, ProjectStatus> STATUS = new LinkedHashMap<>();

    static {
        STATUS.put("inaugurat", ProjectStatus.INAUGURATED);
        STATUS.put("open", ProjectStatus.INAUGURATED);
        STATUS.put("into use", ProjectStatus.IN_OPERATION);
        STATUS.put("into operation", ProjectStatus.IN_OPERATION);
        STATUS.put("operational", ProjectStatus.IN_OPERATION);
        STATUS.put("hand", ProjectStatus.COMPLETED);
        STATUS.put("complet", ProjectStatus.COMPLETED);
        STATUS.put("construct", ProjectStatus.UNDER_CONSTRUCTION);
        STATUS.put("build", ProjectStatus.UNDER_CONSTRUCTION);
        STATUS.put("upgrad", ProjectStatus.UNDER_CONSTRUCTION);
        STATUS.put("expan", ProjectStatus.UNDER_CONSTRUCTION);
        STATUS.put("groundbreaking", ProjectStatus.UNDER_CONSTRUCTION);
        STATUS.put("ground-breaking", ProjectStatus.UNDER_CONSTRUCTION);
        STATUS.put("stud", ProjectStatus.UNDER_STUDY);
    }

    private final List<Head> heads = new ArrayList<>();
    private final Gazetteer gazetteer;

    /** A head noun as words, and the type it names. */
    private record Head(List<String> words, String type) {
    }

    /** A project phrase found in a sentence: tokens {@code [first, end)}. */
    private record Hit(int first, int head, int end, String type, boolean line) {
    }

    public ProjectRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (ProjectTypeTerm t : gazetteer.projectTypes()) {
            for (String noun : t.nouns()) {
                if (noun.equals("other project")) {
                    continue; // the scheme's catch-all label is no head noun
                }
                heads.add(new Head(Tokens.of(noun).all().stream().map(x -> x.text().toLowerCase(Locale.ROOT)).toList(),
                        t.localName()));
            }
        }
        heads.sort(Comparator.comparingInt((Head h) -> h.words().size()).reversed());
    }

    public List<ProjectFact> apply(Document document, DocumentMentions mentions) {
        Map<String, ProjectFact> bySlug = new LinkedHashMap<>();
        for (Sentence sentence : document.sentences()) {
            Tokens t = Tokens.of(sentence.text());
            List<Mention> ms = mentions.in(sentence.index());
            List<Hit> hits = hits(t, ms);
            for (int h = 0; h < hits.size(); h++) {
                Hit hit = hits.get(h);
                if (!hit.line() && !CUE.matcher(sentence.text()).find()) {
                    continue;
                }
                if (!hit.line() && usedAsPlace(t, hits, h)) {
                    continue;
                }
                int from = t.get(hit.first()).start();
                int to = t.get(hit.end() - 1).end();
                String label = sentence.text().substring(from, to);
                String slug = Slugs.slug(canonical(label, t, hit, ms, mentions));
                int prevEnd = 0;
                int nextStart = h + 1 < hits.size() ? t.get(hits.get(h + 1).first()).start() : sentence.text().length();
                ProjectStatus status = status(sentence.text().substring(prevEnd, from), sentence.text().substring(to, nextStart));
                EntityRef location = location(t, hit.end(), ms);
                for (int j = hit.head(); location == null && j < hit.end(); j++) {
                    location = location(t, j, ms); // "a health clinic in Kham district"
                }
                Evidence ev = Evidence.of(sentence.quote(from, to), sentence.index());
                ProjectFact old = bySlug.get(slug);
                if (old == null) {
                    bySlug.put(slug, new ProjectFact(slug, label, new TreeSet<>(), hit.type(), location, status, ev));
                } else {
                    TreeSet<String> alts = new TreeSet<>(old.altLabels());
                    alts.add(label);
                    bySlug.put(slug, new ProjectFact(slug, old.label(), alts, old.projectType(),
                            old.location() != null ? old.location() : location,
                            old.status() != null ? old.status() : status, old.evidence()));
                }
            }
        }
        return List.copyOf(bySlug.values());
    }

    /** Project phrases of a sentence, outermost only, in text order. */
    private List<Hit> hits(Tokens t, List<Mention> ms) {
        List<Hit> out = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            Optional<Head> head = headAt(t, k);
            if (head.isEmpty()) {
                continue;
            }
            int headEnd = k + head.get().words().size();
            Mention inside = mentionAt(t.get(k), ms);
            if (inside != null && inside.ref().kind() == EntityKind.ORGANIZATION
                    && inside.end() > t.get(headEnd - 1).end()) {
                continue; // "National University of Laos" is a body, not an undertaking
            }
            if (headEnd < t.size() && t.adjacent(headEnd) && PART_NOUNS.contains(t.get(headEnd).text())) {
                continue; // "Souphanouvong University dormitory": the university names the dormitory
            }
            boolean line = LINE_TYPES.contains(head.get().type());
            int first = nameStart(t, modifiedHead(t, k), ms);
            int end = headEnd;
            int numbered = numbered(t, headEnd);
            int routeNumber = routeNumber(t, headEnd, head.get().type());
            if (routeNumber > headEnd) {
                // "National Road 13 North", "Highway 1A": the number names the road
                end = routeNumber;
            } else if (plural(t, k, head.get())) {
                continue; // "the first four Friendship Bridges" names no one undertaking
            } else if (numbered > headEnd) {
                end = numbered;
                first = k;
                if (t.is(end, "of") && t.is(end + 1, "the")) {
                    for (int j = end + 2; j < Math.min(t.size(), end + 10); j++) {
                        Optional<Head> inner = headAt(t, j);
                        if (inner.isPresent()) {
                            end = j + inner.get().words().size();
                            break;
                        }
                    }
                }
            } else {
                int route = route(t, headEnd);
                if (route > headEnd) {
                    end = route;
                    first = Math.min(first, k);
                    first = lowercaseModifiers(t, first);
                } else if (first == k || weak(t, first, k, ms)) {
                    int placed = placed(t, headEnd, ms);
                    int described = described(t, k);
                    if (placed < 0 || described < 0) {
                        continue;
                    }
                    // an undertaking described, not named: "a semiconductor packaging and testing
                    // plant in Thái Nguyên province", "a health clinic in Kham district"
                    first = described;
                    end = placed;
                }
            }
            out.add(new Hit(first, k, end, head.get().type(), line));
            k = end - 1;
            int section = section(t, end);
            if (section > end) {
                out.add(new Hit(end, end, section, head.get().type(), true));
                k = section - 1;
            }
        }
        return fixSections(t, out);
    }

    /**
     * True when a facility is only where something passes or stands: goods traded
     * {@code through the X border gate}, a centre set up {@code at the Y Hi-Tech Park}.
     */
    private static boolean usedAsPlace(Tokens t, List<Hit> hits, int h) {
        int first = hits.get(h).first();
        int p = t.is(first - 1, "the") ? first - 2 : first - 1;
        if (p < 0) {
            return false;
        }
        if (t.is(p, "through") || t.is(p, "via")) {
            return true;
        }
        return t.is(p, "at") && h > 0 && hits.get(h - 1).end() == p;
    }

    private static final Set<String> NOT_DESCRIPTION = Set.of(
            "a", "an", "the", "of", "in", "to", "for", "with", "by", "on", "at", "and", "or", "its", "their", "his",
            "her", "this", "that", "new", "s");

    /**
     * Where the description of an unnamed undertaking starts: up to five lower-case words
     * ({@code and} only inside) right after {@code a}/{@code an}; -1 when there is no article.
     */
    private static int described(Tokens t, int k) {
        int j = k;
        while (j > 0 && k - j < 5 && (t.adjacent(j) || t.gapBefore(j).equals("-"))) {
            Token w = t.get(j - 1);
            boolean inner = t.is(j - 1, "and") && j < k;
            if (w.capitalised() || !w.text().chars().allMatch(Character::isLetter)
                    || NOT_DESCRIPTION.contains(w.text()) && !inner) {
                break;
            }
            j--;
        }
        if (t.is(j, "and")) {
            return -1;
        }
        return j > 0 && t.adjacent(j) && (t.is(j - 1, "a") || t.is(j - 1, "an")) ? j : -1;
    }

    /** {@code in <place>} right after a head: the end of the place, or -1. */
    private static int placed(Tokens t, int at, List<Mention> ms) {
        if (!t.is(at, "in") || at + 1 >= t.size()) {
            return -1;
        }
        Mention m = mentionAt(t.get(at + 1), ms);
        if (m == null || m.ref().kind() != EntityKind.PLACE) {
            return -1;
        }
        return lastTokenOf(t, m, at + 1) + 1;
    }

    /** Drops the leading {@code the} a section hit may carry. */
    private static List<Hit> fixSections(Tokens t, List<Hit> hits) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits) {
            int first = h.first();
            while (first < h.end() - 1 && t.is(first, "the")) {
                first++;
            }
            out.add(new Hit(first, Math.max(first, h.head()), h.end(), h.type(), h.line()));
        }
        return out;
    }

    /** Lowercase words that sit between a name and its head: the X–Y {@code border} wharf. */
    private static final Set<String> HEAD_MODIFIERS = Set.of(
            "border", "river", "deep-water", "deepwater", "cross-border", "inland", "dry", "coal-fired", "gas-fired",
            "solar", "wind", "logistics", "industrial", "international", "friendship", "transit", "standard-gauge",
            "high-speed", "electrified", "thermal");

    /**
     * Where the name before a head ends: before one lowercase modifier the head takes
     * ({@code Pakxan – Bueng Kan border wharf}) when a capitalised name precedes it.
     */
    private static int modifiedHead(Tokens t, int k) {
        int m = k - 1;
        String modifier = m > 0 ? t.get(m).text() : "";
        if (m > 1 && t.gapBefore(m).equals("-")) {
            m--; // a hyphenated modifier: "coal-fired", "standard-gauge"
            modifier = t.get(m).text() + "-" + modifier;
        }
        if (m > 0 && t.adjacent(k) && !t.get(m).capitalised() && HEAD_MODIFIERS.contains(modifier)
                && t.adjacent(m) && t.get(m - 1).capitalised() && !notNameWord(t.get(m - 1).text())) {
            return m;
        }
        return k;
    }

    /** True when the head is a plural noun: {@code bridges}, {@code border gates}. */
    private static boolean plural(Tokens t, int k, Head head) {
        int last = k + head.words().size() - 1;
        String w = t.get(last).text().toLowerCase(Locale.ROOT);
        String want = head.words().get(head.words().size() - 1);
        return !w.equals(want) && (w.equals(want + "s") || w.equals(want + "es"));
    }

    /** {@code Road 13}, {@code Route 9 North}, {@code Highway 1A} after a road's head: the end, or {@code at}. */
    private static int routeNumber(Tokens t, int at, String type) {
        if (!(type.equals("Road") || type.equals("Highway")) || at >= t.size() || !t.adjacent(at)) {
            return at;
        }
        String n = t.get(at).text();
        if (!ROAD_NUMBER.matcher(n).matches()) {
            return at;
        }
        int end = at + 1;
        if (end < t.size() && t.adjacent(end) && ROAD_SUFFIX.matcher(t.get(end).text()).matches()) {
            end++;
        }
        return end;
    }

    private Optional<Head> headAt(Tokens t, int k) {
        for (Head h : heads) {
            int n = h.words().size();
            if (k + n > t.size()) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                String w = t.get(k + i).text().toLowerCase(Locale.ROOT);
                String want = h.words().get(i);
                ok = w.equals(want) || i == n - 1 && w.equals(want + "s") || i == n - 1 && w.equals(want + "es");
                if (i > 0 && !t.adjacent(k + i)) {
                    ok = false;
                }
            }
            if (ok) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }

    /** Walks back over the name before a head: capitalised words, dashes, found names. */
    private static int nameStart(Tokens t, int k, List<Mention> ms) {
        int j = k - 1;
        while (j >= 0 && (t.adjacent(j + 1) || t.joinable(j + 1))) {
            Token tok = t.get(j);
            boolean inMention = mentionAt(tok, ms) != null;
            if (numberInName(t, j, ms)) {
                j--;
                continue; // "Nam Beng 2 Hydropower Plant"
            }
            boolean participle = tok.text().endsWith("ing") && tok.text().length() > 4
                    && (j == 0 || !t.get(j - 1).capitalised() || !t.adjacent(j));
            if (!tok.capitalised() && !inMention || t.is(j, "the") || !inMention && notNameWord(tok.text())
                    || !inMention && participle) {
                break;
            }
            j--;
        }
        return j + 1;
    }

    private static boolean notNameWord(String w) {
        return Set.of("The", "A", "An", "During", "On", "In", "At", "For", "With", "Both", "This", "That", "These",
                "After", "Before", "As", "By", "From", "And", "Putting", "Under").contains(w);
    }

    /** A number inside a name, between capitalised words: {@code Nam Beng 2} Hydropower Plant. */
    private static boolean numberInName(Tokens t, int j, List<Mention> ms) {
        return j > 0 && PHASE_NUMBER.matcher(t.get(j).text()).matches() && t.adjacent(j) && t.adjacent(j + 1)
                && t.get(j - 1).capitalised() && !notNameWord(t.get(j - 1).text()) && t.get(j + 1).capitalised();
    }

    /**
     * True when the name has nothing proper of its own: only qualifiers, demonyms or a single
     * country ({@code the new railway}, {@code Lao hospitals}, {@code Vietnamese border gates}).
     */
    private boolean weak(Tokens t, int first, int k, List<Mention> ms) {
        int countries = 0;
        boolean proper = false;
        for (int j = first; j < k; j++) {
            Token tok = t.get(j);
            Mention m = mentionAt(tok, ms);
            if (m != null && m.ref().kind() == EntityKind.COUNTRY) {
                countries++;
                j = lastTokenOf(t, m, j);
                continue;
            }
            if (m != null) {
                proper = true;
                continue;
            }
            String w = tok.text().toLowerCase(Locale.ROOT);
            if (gazetteer.demonymCountry(tok.text()).isPresent()) {
                countries++;
                continue;
            }
            if (!WEAK_MODIFIERS.contains(w)) {
                proper = true;
            }
        }
        return !proper && countries < 2;
    }

    private static int lastTokenOf(Tokens t, Mention m, int j) {
        while (j + 1 < t.size() && t.get(j + 1).end() <= m.end()) {
            j++;
        }
        return j;
    }

    private static Mention mentionAt(Token tok, List<Mention> ms) {
        for (Mention m : ms) {
            if (m.start() <= tok.start() && tok.end() <= m.end()) {
                return m;
            }
        }
        return null;
    }

    /** {@code No. 3} after a head: returns the end of the number, or {@code at}. */
    private static int numbered(Tokens t, int at) {
        if (t.is(at, "No") && at + 1 < t.size() && Character.isDigit(t.get(at + 1).text().charAt(0))) {
            return at + 2;
        }
        return at;
    }

    /** {@code [projects] from X to Y}: returns the end of Y, or {@code at}. */
    private static int route(Tokens t, int at) {
        int k = at;
        if (t.is(k, "project") || t.is(k, "projects")) {
            k++;
        }
        if (t.is(k, "linking") || t.is(k, "connecting")) {
            return linked(t, k + 1, at);
        }
        if (!t.is(k, "from")) {
            return at;
        }
        int x = capitalisedRun(t, k + 1);
        if (x == k + 1 || !t.is(x, "to")) {
            return at;
        }
        int y = capitalisedRun(t, x + 1);
        if (y == x + 1) {
            return at;
        }
        if (t.is(y, "border") && t.is(y + 1, "gate")) {
            y += 2;
        }
        return y;
    }

    /**
     * {@code linking X, Y and Z}, {@code connecting X with Y}: two or more places named after
     * the head; returns the end of the last, or {@code at}.
     */
    private static int linked(Tokens t, int k, int at) {
        int end = capitalisedRun(t, k);
        if (end == k) {
            return at;
        }
        int places = 1;
        while (end < t.size()) {
            int next = t.is(end, "and") || t.is(end, "with") ? end + 1
                    : COMMA_GAP.matcher(t.gapBefore(end)).matches() ? (t.is(end, "and") ? end + 1 : end) : -1;
            if (next < 0 || next >= t.size()) {
                break;
            }
            int e = capitalisedRun(t, next);
            if (e == next) {
                break;
            }
            end = e;
            places++;
        }
        return places >= 2 ? end : at;
    }

    /** {@code , the section from X to Y} right after a project: returns the end, or {@code at}. */
    private static int section(Tokens t, int at) {
        int k = at;
        if (k >= t.size() || !COMMA_GAP.matcher(t.gapBefore(k)).matches()) {
            return at;
        }
        if (t.is(k, "the")) {
            k++;
        }
        if (!t.is(k, "section")) {
            return at;
        }
        int end = route(t, k + 1);
        return end > k + 1 ? end : at;
    }

    /** Takes lowercase words before a route's head into its name: {@code power} transmission line… */
    private static int lowercaseModifiers(Tokens t, int first) {
        int j = first - 1;
        while (j >= 0 && t.adjacent(j + 1) && !t.get(j).capitalised() && !t.is(j, "the") && !t.is(j, "of")
                && !t.is(j, "and") && !t.is(j, "including") && !t.is(j, "a") && j >= first - 2) {
            j--;
        }
        return j + 1;
    }

    private static int capitalisedRun(Tokens t, int k) {
        int j = k;
        while (j < t.size() && t.get(j).capitalised() && (j == k || t.adjacent(j) || t.joinable(j))) {
            j++;
        }
        return j;
    }

    private static ProjectStatus status(String before, String after) {
        ProjectStatus found = null;
        Matcher m = CUE.matcher(before);
        while (m.find()) {
            ProjectStatus s = statusOf(m.group(1));
            if (s != null) {
                found = s;
            }
        }
        if (found != null) {
            return found;
        }
        Matcher a = CUE.matcher(after);
        while (a.find()) {
            ProjectStatus s = statusOf(a.group(1));
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private static ProjectStatus statusOf(String cue) {
        String c = cue.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, ProjectStatus> e : STATUS.entrySet()) {
            if (c.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** {@code in Vientiane}, {@code in Houaphanh province} right after the project. */
    private static EntityRef location(Tokens t, int end, List<Mention> ms) {
        if (!t.is(end, "in") || end + 1 >= t.size()) {
            return null;
        }
        Mention m = mentionAt(t.get(end + 1), ms);
        if (m != null && (m.ref().kind() == EntityKind.PLACE || m.ref().kind() == EntityKind.COUNTRY)) {
            return m.ref();
        }
        return null;
    }

    /**
     * The name a project's identity is made from: places and countries in canonical form
     * (demonyms as their country), and the two ends of a dashed pair in alphabetical order
     * ({@code Vientiane–Vang Vieng} as {@code Vang Vieng–Vientiane}).
     */
    private String canonical(String label, Tokens t, Hit hit, List<Mention> ms, DocumentMentions mentions) {
        List<String> parts = new ArrayList<>();
        List<Boolean> named = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int headPart = -1;
        int j = hit.first();
        while (j < hit.end()) {
            Token tok = t.get(j);
            if (j > hit.first()) {
                gaps.add(DASH_GAP.matcher(t.gapBefore(j)).matches() ? "–" : " ");
            }
            if (j >= hit.head() && headPart < 0) {
                headPart = parts.size();
            }
            Mention m = mentionAt(tok, ms);
            if (m != null && (m.ref().kind() == EntityKind.PLACE || m.ref().kind() == EntityKind.COUNTRY)) {
                parts.add(mentions.entity(m.ref()).map(e -> e.label()).orElse(m.surface()));
                named.add(true);
                j = lastTokenOf(t, m, j) + 1;
                continue;
            }
            Optional<EntityRef> c = gazetteer.demonymCountry(tok.text());
            parts.add(c.isPresent() ? gazetteer.entry(c.get()).map(e -> e.label()).orElse(tok.text()) : tok.text());
            named.add(c.isPresent());
            j++;
        }
        if (headPart < 0) {
            headPart = parts.size();
        }
        List<Integer> dashes = new ArrayList<>();
        for (int i = 0; i + 1 < headPart; i++) {
            if (gaps.get(i).equals("–")) {
                dashes.add(i);
            }
        }
        if (dashes.size() == 1) {
            int d = dashes.get(0);
            int a = d;
            while (!named.get(d) && a > 0 && !named.get(a - 1) && gaps.get(a - 1).equals(" ")) {
                a--;
            }
            int b = d + 1;
            while (!named.get(d + 1) && b + 1 < headPart && !named.get(b + 1) && gaps.get(b).equals(" ")) {
                b++;
            }
            String left = String.join(" ", parts.subList(a, d + 1));
            String right = String.join(" ", parts.subList(d + 1, b + 1));
            if (Slugs.slug(left).compareTo(Slugs.slug(right)) > 0) {
                List<String> swapped = new ArrayList<>(parts.subList(0, a));
                swapped.add(right);
                List<String> swappedGaps = new ArrayList<>(gaps.subList(0, a));
                swappedGaps.add("–");
                swapped.add(left);
                swapped.addAll(parts.subList(b + 1, parts.size()));
                if (b + 1 < parts.size()) {
                    swappedGaps.add(gaps.get(b));
                    swappedGaps.addAll(gaps.subList(b + 1, gaps.size()));
                }
                parts = swapped;
                gaps = swappedGaps;
            }
        }
        StringBuilder out = new StringBuilder(parts.get(0));
        for (int i = 1; i < parts.size(); i++) {
            out.append(gaps.get(i - 1)).append(parts.get(i));
        }
        return out.toString();
    }
}
