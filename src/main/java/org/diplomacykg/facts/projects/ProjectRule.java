package org.diplomacykg.facts.projects;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.diplomacykg.document.Document;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.ProjectFact;
import org.diplomacykg.facts.Slugs;
import org.diplomacykg.mention.DocumentMentions;
import org.diplomacykg.mention.Gazetteer;
import org.diplomacykg.mention.Mention;

/**
 * The projects of an article: the phrases {@link ProjectPhraseRule} reads in each sentence, one
 * project per undertaking. The identity ignores spelling and the order of a pair of endpoints
 * ({@code Lao–Việt Nam Friendship Park} and {@code Việt Nam – Laos Friendship Park} are one
 * project); a description that names the same endpoints as a named project of its kind is that
 * project ({@code an expressway linking Hanoi and Vientiane} is the {@code Hanoi – Vientiane
 * expressway}); a definite description ({@code the railway linking Kunming with Vientiane}) in an
 * article that names a project of its kind tells of that one again and adds nothing.
 */
public final class ProjectRule {
    private static final java.util.regex.Pattern DASH = java.util.regex.Pattern.compile("[-–—‑]");
    private final Gazetteer gazetteer;
    private final ProjectPhraseRule phrases;

    /** One phrase read, with the text and identity it gives. */
    private record Read(ProjectPhrase phrase, String label, String slug, List<String> nameParts, String folded,
                        Evidence evidence) {
    }

    public ProjectRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.phrases = new ProjectPhraseRule(gazetteer);
    }

    public List<ProjectFact> apply(Document document, DocumentMentions mentions) {
        List<Read> read = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            List<Mention> ms = mentions.in(s.index());
            for (ProjectPhrase p : phrases.find(s, ms)) {
                read.add(read(s, p, ms, mentions));
            }
        }
        Map<String, ProjectFact> bySlug = new LinkedHashMap<>();
        for (Read r : read) {
            String slug = r.slug();
            if (!r.phrase().named()) {
                Optional<Read> same = read.stream().filter(n -> n.phrase().named() && sameRoute(n, r)).findFirst();
                if (same.isPresent()) {
                    slug = same.get().slug();
                } else if (r.phrase().definite()
                        && read.stream().anyMatch(n -> n.phrase().named() && n.phrase().type().equals(r.phrase().type()))) {
                    continue;
                }
            }
            ProjectPhrase p = r.phrase();
            ProjectFact old = bySlug.get(slug);
            if (old == null) {
                bySlug.put(slug, new ProjectFact(slug, r.label(), new TreeSet<>(), p.type(), p.location(), p.status(),
                        r.evidence()));
            } else {
                TreeSet<String> alts = new TreeSet<>(old.altLabels());
                String label = old.label();
                Evidence evidence = old.evidence();
                if (p.named() && !namedFirst(read, old)) {
                    alts.add(label); // a name found after a description is the better label
                    label = r.label();
                    evidence = r.evidence();
                } else {
                    alts.add(r.label());
                }
                bySlug.put(slug, new ProjectFact(slug, label, alts, old.projectType(),
                        old.location() != null ? old.location() : p.location(),
                        old.status() != null ? old.status() : p.status(), evidence));
            }
        }
        return List.copyOf(bySlug.values());
    }

    /** True when the fact's label came from a name rather than a description. */
    private static boolean namedFirst(List<Read> read, ProjectFact fact) {
        return read.stream().anyMatch(r -> r.phrase().named() && r.label().equals(fact.label()));
    }

    /** True when a description links the endpoints a named project of the same kind is named by. */
    private static boolean sameRoute(Read named, Read described) {
        if (!named.phrase().type().equals(described.phrase().type()) || named.nameParts().size() < 2) {
            return false;
        }
        return named.nameParts().stream().allMatch(described.folded()::contains);
    }

    private Read read(Sentence s, ProjectPhrase p, List<Mention> ms, DocumentMentions mentions) {
        int from = s.words().get(p.first()).start();
        int to = s.words().get(p.last()).end();
        // a name sharing its noun with another ("A–B and C–D railways") is labelled with the noun: "A–B railways"
        String label = p.nameLast() < 0 ? s.text().substring(from, to)
                : s.text().substring(from, s.words().get(p.nameLast()).end()) + " "
                + s.text().substring(s.words().get(p.nounFirst()).start(), to);
        List<String> parts = new ArrayList<>();
        List<Boolean> named = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int headPart = -1;
        boolean dashed = false;
        List<String> folded = new ArrayList<>(List.of(folded(label)));
        for (int j = p.first(); j <= p.last(); j++) {
            if (p.nameLast() >= 0 && j > p.nameLast() && j < p.nounFirst()) {
                continue;
            }
            Word w = s.words().get(j);
            if (DASH.matcher(w.text()).matches()) {
                dashed = j > p.first() && nameLike(s.words().get(j - 1)) && j + 1 <= p.last() && nameLike(s.words().get(j + 1));
                if (!dashed && !parts.isEmpty()) {
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "-");
                }
                continue;
            }
            if (!parts.isEmpty()) {
                gaps.add(dashed ? "–" : " ");
            }
            dashed = false;
            if (j >= p.nounFirst() && headPart < 0) {
                headPart = parts.size();
            }
            Mention m = ProjectPhraseRule.mentionAt(w, ms);
            if (m != null && (m.ref().kind() == EntityKind.PLACE || m.ref().kind() == EntityKind.COUNTRY)) {
                String canonical = mentions.entity(m.ref()).map(e -> e.label()).orElse(m.surface());
                parts.add(canonical);
                folded.add(folded(canonical));
                named.add(true);
                while (j + 1 <= p.last() && s.words().get(j + 1).end() <= m.end()) {
                    j++;
                }
                continue;
            }
            Optional<EntityRef> country = gazetteer.demonymCountry(w.text());
            String canonical = country.flatMap(gazetteer::entry).map(e -> e.label()).orElse(w.text());
            parts.add(canonical);
            named.add(country.isPresent());
        }
        if (headPart < 0) {
            headPart = parts.size();
        }
        String identity = ordered(parts, named, gaps, headPart);
        return new Read(p, label, Slugs.slug(identity), nameParts(parts, gaps, headPart), String.join(" ", folded),
                Evidence.of(s.quote(from, to), s.index()));
    }

    private static boolean nameLike(Word w) {
        return !w.text().isEmpty() && (Character.isUpperCase(w.text().codePointAt(0)) || w.tag().equals("CD"));
    }

    private static String folded(String text) {
        return Slugs.fold(text).toLowerCase(Locale.ROOT);
    }

    /** The dash-separated parts of the name before the project noun, folded: {@code [hanoi, vientiane]}. */
    private static List<String> nameParts(List<String> parts, List<String> gaps, int headPart) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < headPart; i++) {
            if (i > 0 && gaps.get(i - 1).equals("–")) {
                out.add(folded(cur.toString().trim()));
                cur.setLength(0);
            }
            cur.append(' ').append(parts.get(i));
        }
        if (!cur.isEmpty() && out.size() > 0) {
            out.add(folded(cur.toString().trim()));
        }
        return out;
    }

    /**
     * The name an identity is made from: places and countries in canonical form (demonyms as
     * their country), and the two ends of one dashed pair in alphabetical order ({@code
     * Vientiane–Vang Vieng} as {@code Vang Vieng–Vientiane}).
     */
    private static String ordered(List<String> parts, List<Boolean> named, List<String> gaps, int headPart) {
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
                swapped.add(left);
                swapped.addAll(parts.subList(b + 1, parts.size()));
                parts = swapped;
            }
        }
        return String.join(" ", parts);
    }
}
