package org.diplomacykg.mention.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.mention.NameKeys;
import org.diplomacykg.mention.RoleTitle;
import org.diplomacykg.mention.TitleUnit;
import org.diplomacykg.mention.TitledName;
import org.diplomacykg.mention.Tokens;

/**
 * Ties short references to the full-name entity of the same article, adding no entities:
 * <ul>
 *   <li>one word of a person's name: the given name of a Vietnamese name ({@code Lâm} for
 *       {@code Tô Lâm}), the first or last word of other names ({@code Sisoulith},
 *       {@code Thongloun}); never a Vietnamese family name, and never when two persons of the
 *       article share the word;</li>
 *   <li>descriptions: {@code the PM}, {@code the FM}, {@code the minister}, {@code the Lao
 *       Prime Minister}, {@code the Lao leader}, {@code the Vietnamese Party chief}, {@code the
 *       host}, when exactly one person of the article fits.</li>
 * </ul>
 * It also settles the one-word names after titles that {@link TitledPersonRule} left pending.
 */
public final class ShortReferenceResolver {
    /** Family names that open Vietnamese names; alone they never refer to one person. */
    private static final Set<String> VIETNAMESE_FAMILY_NAMES = Set.of(
            "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
            "duong", "ly", "to", "luong", "truong", "dinh", "mai", "dao", "doan", "ha", "lam", "trinh", "cao", "quach",
            "vuong", "thai", "ta", "chu", "kieu", "luu", "tong", "la", "nong", "hua", "giang", "tieu", "khuat");
    private static final Set<String> LEADER_WORDS = Set.of("leader", "leaders", "chief");
    /** Where a lone name stands as someone: a verb's subject or object, the one met with. */
    private static final Set<String> ARGUMENTS = Set.of("nsubj", "nsubj:pass", "obj", "obl:with", "obl:agent", "nmod:poss");

    private final Map<String, Set<EntityRef>> byWord = new HashMap<>();
    /** Vietnamese family names, each with the article's persons whose name opens with it. */
    private final Map<String, Set<EntityRef>> byFamilyName = new HashMap<>();

    public void apply(DocumentScan doc, List<TitledPersonRule.Pending> pending) {
        indexPersons(doc);
        for (TitledPersonRule.Pending p : pending) {
            settle(doc, p);
        }
        indexPersons(doc);
        Holders holders = new Holders(doc);
        for (SentenceScan s : doc.sentences()) {
            singleWords(s);
            descriptions(doc, s, holders);
        }
    }

    private void indexPersons(DocumentScan doc) {
        byWord.clear();
        byFamilyName.clear();
        for (EntityRef ref : doc.table().refs(EntityKind.PERSON)) {
            Set<String> names = new LinkedHashSet<>();
            names.add(doc.table().label(ref));
            doc.gazetteer().entry(ref).ifPresent(e -> names.addAll(e.names()));
            for (String name : names) {
                Tokens t = Tokens.of(name);
                if (t.size() < 2) {
                    continue;
                }
                String last = t.get(t.size() - 1).key();
                byWord.computeIfAbsent(last, k -> new HashSet<>()).add(ref);
                String first = t.get(0).key();
                if (!VIETNAMESE_FAMILY_NAMES.contains(first)) {
                    byWord.computeIfAbsent(first, k -> new HashSet<>()).add(ref);
                } else {
                    byFamilyName.computeIfAbsent(first, k -> new HashSet<>()).add(ref);
                }
            }
        }
    }

    private Optional<EntityRef> person(String word) {
        Set<EntityRef> refs = byWord.getOrDefault(NameKeys.key(word), Set.of());
        return refs.size() == 1 ? Optional.of(refs.iterator().next()) : Optional.empty();
    }

    private void settle(DocumentScan doc, TitledPersonRule.Pending p) {
        SentenceScan s = p.sentence();
        String word = s.tokens().get(p.nameStart()).text();
        EntityRef ref = person(word).orElse(null);
        Set<EntityRef> family = byFamilyName.getOrDefault(NameKeys.key(word), Set.of());
        if (ref == null && family.size() == 1 && p.units().units().stream().anyMatch(u -> u.known() != null)) {
            // "President Vo" after "President Vo Van Thuong": English-language press (Yonhap,
            // Reuters) shortens a Vietnamese name to its family name after a title; the title
            // makes the word a name, and only one person of the article bears it
            ref = family.iterator().next();
        }
        if (ref == null && p.mayCoin() && !Words.notName(word)) {
            ref = doc.table().unknown(EntityKind.PERSON, word, null);
        }
        if (ref == null) {
            return;
        }
        s.add(p.nameStart(), p.nameEnd(), ref, ref.kind() == EntityKind.PERSON && (byWord.containsKey(
                NameKeys.key(word)) || family.contains(ref)) ? Found.How.SHORT : Found.How.NAME);
        TitledPersonRule.record(doc, s, p.phraseStart(), p.nameStart(), p.nameEnd(), p.units(), ref);
    }

    /** {@code Lâm said}, {@code Sisoulith praised}: one word of a unique full name. */
    private void singleWords(SentenceScan s) {
        Tokens t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).text();
            if (!t.get(i).capitalised() || t.get(i).acronym() || w.length() < 2 || Words.notName(w)
                    || w.length() == 2 && Words.ENGLISH_TWO_LETTER.contains(w.toLowerCase(java.util.Locale.ROOT)) || s.covered(i)
                    || s.demonymAt(i).isPresent()) {
                continue;
            }
            // an honorific before it opens no longer name: "Datuk Seri Ismail" is Ismail
            boolean partOfLonger = i > 0 && t.adjacent(i) && t.get(i - 1).capitalised() && !s.covered(i - 1)
                    && !Words.honorific(i > 1 ? t.get(i - 2).text() : null, t.get(i - 1).text(), w)
                    || i + 1 < t.size() && t.adjacent(i + 1) && t.get(i + 1).capitalised() && !s.covered(i + 1);
            if (partOfLonger) {
                continue;
            }
            Optional<EntityRef> ref = person(w);
            Set<EntityRef> family = byFamilyName.getOrDefault(NameKeys.key(w), Set.of());
            final int at = i;
            if (ref.isEmpty() && family.size() == 1 && s.word(at).filter(x -> x.entity().equals("PERSON")
                    || x.tag().equals("NNP") && ARGUMENTS.contains(x.relation())).isPresent()) {
                // "Yoon met Vo at the Presidential Palace": a family name that stands alone as a verb's subject or object
                // (or that the tagger reads as a person), borne by only one person of the article (as "President Vo"
                // after a title, see settle)
                ref = Optional.of(family.iterator().next());
            }
            if (ref.isPresent()) {
                s.add(i, i + 1, ref.get(), Found.How.SHORT);
            }
        }
    }

    /** {@code the PM}, {@code the Lao leader}, {@code the host}. */
    private void descriptions(DocumentScan doc, SentenceScan s, Holders holders) {
        Tokens t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!t.is(i, "the")) {
                continue;
            }
            int k = i + 1;
            EntityRef country = null;
            int from = i;
            if (s.covered(k)) {
                // "the US President": a country's name in the place of a demonym; the person is named from the title on
                Optional<Found> named = s.startingAt(k, EntityKind.COUNTRY);
                if (named.isEmpty()) {
                    continue;
                }
                country = named.get().ref();
                k = named.get().endToken();
                from = k;
            }
            while (k < t.size() && s.demonymAt(k).isPresent()) {
                country = s.demonymAt(k).get(); // "the Sri Lankan President": every word of the demonym
                k++;
            }
            if (t.is(k, "Party") && k + 1 < t.size() && LEADER_WORDS.contains(t.get(k + 1).text())) {
                k++;
            }
            if (k >= t.size()) {
                continue;
            }
            Set<EntityRef> candidates;
            int end;
            String w = t.get(k).text();
            Optional<RoleTitle> role = roleAt(doc, t, k);
            if (w.equals("leader") || w.equals("chief")) {
                candidates = holders.leaders(country);
                end = k + 1;
            } else if (w.equals("host") || w.equals("guest")) {
                candidates = holders.visitSide(doc, w.equals("host"));
                end = k + 1;
            } else if (role.isPresent()) {
                candidates = holders.holding(role.get(), country);
                end = k + Tokens.of(matchedSurface(doc, t, k)).size();
            } else {
                continue;
            }
            boolean qualified = end < t.size() && (t.is(end, "and") || t.is(end, "of")
                    || t.adjacent(end) && t.get(end).capitalised());
            if (candidates.size() != 1 || qualified) {
                continue;
            }
            s.add(from, end, candidates.iterator().next(), Found.How.SHORT);
        }
    }

    private static Optional<RoleTitle> roleAt(DocumentScan doc, Tokens t, int k) {
        String surface = matchedSurface(doc, t, k);
        return surface == null ? Optional.empty() : doc.gazetteer().roleTitle(surface);
    }

    /** The longest words from {@code k} that are a role title: {@code Prime Minister}, {@code minister}. */
    private static String matchedSurface(DocumentScan doc, Tokens t, int k) {
        for (int len = Math.min(doc.gazetteer().longestRoleTitle(), t.size() - k); len >= 1; len--) {
            String surface = t.span(k, k + len);
            if (doc.gazetteer().roleTitle(surface).isPresent()) {
                return surface;
            }
        }
        return null;
    }

    /** Who holds which title in this article, and of which country. */
    private static final class Holders {
        private final Map<EntityRef, List<TitleUnit>> units = new HashMap<>();
        private final Map<EntityRef, EntityRef> countries = new HashMap<>();

        Holders(DocumentScan doc) {
            for (TitledName n : doc.titledNames()) {
                units.computeIfAbsent(n.person(), k -> new ArrayList<>()).addAll(n.units());
                EntityRef c = doc.table().country(n.person());
                if (c == null) {
                    c = n.country();
                }
                if (c != null) {
                    countries.put(n.person(), c);
                }
            }
        }

        Set<EntityRef> holding(RoleTitle role, EntityRef country) {
            Set<EntityRef> out = new HashSet<>();
            units.forEach((person, list) -> {
                boolean holds = list.stream().anyMatch(u -> !u.former() && u.known() != null
                        && fits(u.known().label(), role.label()));
                if (holds && (country == null || country.equals(countries.get(person)))) {
                    out.add(person);
                }
            });
            return out;
        }

        /** {@code the minister} fits a Minister of Foreign Affairs, not a Prime Minister. */
        private static boolean fits(String held, String said) {
            return held.equals(said) || held.startsWith(said + " of ")
                    || held.endsWith(" " + said) && !held.contains("Prime") && !held.startsWith("Deputy");
        }

        /** The holders of the highest-ranking office among a country's persons. */
        Set<EntityRef> leaders(EntityRef country) {
            Set<EntityRef> out = new HashSet<>();
            int best = Integer.MAX_VALUE;
            for (Map.Entry<EntityRef, List<TitleUnit>> e : units.entrySet()) {
                if (country != null && !country.equals(countries.get(e.getKey()))) {
                    continue;
                }
                int rank = e.getValue().stream().filter(u -> !u.former() && u.known() != null && u.known().rank() > 0)
                        .mapToInt(u -> u.known().rank()).min().orElse(Integer.MAX_VALUE);
                if (rank < best) {
                    best = rank;
                    out.clear();
                }
                if (rank == best && rank < Integer.MAX_VALUE) {
                    out.add(e.getKey());
                }
            }
            return out;
        }

        /** The titled persons of the dateline's country (host) or of the others (guest). */
        Set<EntityRef> visitSide(DocumentScan doc, boolean host) {
            Set<EntityRef> out = new HashSet<>();
            EntityRef place = doc.datelinePlace();
            EntityRef here = place == null ? null : doc.table().country(place);
            if (here == null) {
                return out;
            }
            countries.forEach((person, c) -> {
                if (c.equals(here) == host) {
                    out.add(person);
                }
            });
            return out;
        }
    }
}
