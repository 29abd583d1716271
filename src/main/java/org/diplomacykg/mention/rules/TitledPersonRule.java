package org.diplomacykg.mention.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.mention.GazetteerEntry;
import org.diplomacykg.mention.TitleUnit;
import org.diplomacykg.mention.TitledName;
import org.diplomacykg.mention.Tokens;

/**
 * Finds persons by how English news introduces them, known to the gazetteer or not:
 * <ul>
 *   <li>titles before the name: {@code Lao Prime Minister Sonexay Siphandone},
 *       {@code General Secretary of the LPRP and President of Laos Thongloun Sisoulith};</li>
 *   <li>titles after the name: {@code Saleumxay Kommasith, Deputy Prime Minister of Laos,};</li>
 *   <li>courtesy titles and relations: {@code Mr Sok Chenda}, {@code his spouse Ngô Phương Ly}.</li>
 * </ul>
 * Each titled person is recorded as a {@link TitledName}, from which {@link ShortReferenceResolver}
 * ties {@code the minister} to its holder (roles themselves are read from the parse). A one-word name
 * ({@code General Secretary Lâm}) is left for {@link ShortReferenceResolver}, which ties it to
 * the full name the article uses elsewhere.
 */
public final class TitledPersonRule {
    private static final Pattern COMMA_GAP = Pattern.compile("\\s*,\\s*");
    private static final Pattern PERIOD_SPACE = Pattern.compile("\\.?\\s");

    /** A title phrase whose name is a single word, waiting for the article's full names. */
    public record Pending(SentenceScan sentence, int phraseStart, int nameStart, int nameEnd,
                          TitlePhraseParser.Units units, boolean mayCoin) {
    }

    private final List<Pending> pending = new ArrayList<>();

    public List<Pending> pending() {
        return pending;
    }

    public void apply(DocumentScan doc) {
        for (SentenceScan s : doc.sentences()) {
            TitlePhraseParser p = new TitlePhraseParser(s, doc.gazetteer());
            titlesFirst(doc, s, p);
            titlesAfter(doc, s, p);
            introduced(doc, s, p);
            counterparts(doc, s, p);
        }
    }

    private void titlesFirst(DocumentScan doc, SentenceScan s, TitlePhraseParser p) {
        Tokens t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            if (s.startingAt(i, EntityKind.PERSON).isPresent()) {
                continue;
            }
            boolean afterName = i > 0 && COMMA_GAP.matcher(t.gapBefore(i)).matches() && nameStartBefore(s, p, i) >= 0;
            // "on behalf of the State President, Deputy Minister Tuấn": a title after "the" is one
            // person's, and a comma after it starts another's
            boolean definite = i > 0 && t.is(i - 1, "the");
            TitlePhraseParser.Units u = p.units(i, !afterName && !definite);
            if (u == null) {
                continue;
            }
            int nameStart = p.skipHonorifics(u.end());
            int nameEnd = p.nameEnd(nameStart);
            if (nameEnd == nameStart) {
                i = u.end() - 1;
                continue;
            }
            person(doc, s, i, nameStart, nameEnd, u, true);
            i = nameEnd - 1;
        }
    }

    private void titlesAfter(DocumentScan doc, SentenceScan s, TitlePhraseParser p) {
        Tokens t = s.tokens();
        for (int c = 1; c < t.size(); c++) {
            if (!COMMA_GAP.matcher(t.gapBefore(c)).matches()) {
                continue;
            }
            int from = t.is(c, "the") ? c + 1 : c;
            TitlePhraseParser.Units u = p.units(from, false);
            if (u == null || p.nameEnd(u.end()) > u.end()) {
                continue;
            }
            int nameStart = nameStartBefore(s, p, c);
            if (nameStart < 0) {
                continue;
            }
            person(doc, s, nameStart, nameStart, c, u, false);
        }
    }

    /** The start of the name ending just before token {@code c}, or -1. */
    private static int nameStartBefore(SentenceScan s, TitlePhraseParser p, int c) {
        Optional<Found> person = s.found().stream()
                .filter(f -> f.endToken() == c && f.ref().kind() == EntityKind.PERSON).findFirst();
        if (person.isPresent()) {
            return person.get().firstToken();
        }
        Tokens t = s.tokens();
        int j = c - 1;
        while (j >= 0 && c - j <= 5 && t.get(j).capitalised() && !Words.notName(t.get(j).text())
                && !Words.TITLE_HEADS.contains(t.get(j).text()) && !s.covered(j) && s.demonymAt(j).isEmpty()
                && !t.get(j).acronym() && (j == c - 1 || t.adjacent(j + 1))) {
            j--;
        }
        int start = j + 1;
        if (start == c) {
            return -1;
        }
        // a title just before the name means the title-first reading already took it
        return p.roleAt(Math.max(0, start - 1)) != null && start > 0 && t.adjacent(start) ? -1 : start;
    }

    /**
     * {@code Lao Minister of Foreign Affairs A and his Indonesian counterpart B}: B holds the
     * same office as the titled person just named, in the demonym's country. A one-word name
     * is a name here ({@code Sugiono}).
     */
    private void counterparts(DocumentScan doc, SentenceScan s, TitlePhraseParser p) {
        Tokens t = s.tokens();
        for (int i = 2; i + 1 < t.size(); i++) {
            if (!t.is(i, "counterpart") || !t.adjacent(i + 1) || !t.adjacent(i)) {
                continue;
            }
            Optional<EntityRef> country = s.demonymAt(i - 1);
            if (country.isEmpty() || !(t.is(i - 2, "his") || t.is(i - 2, "her") || t.is(i - 2, "their"))) {
                continue;
            }
            int nameEnd = p.nameEnd(i + 1);
            if (nameEnd == i + 1 || s.startingAt(i + 1, EntityKind.COUNTRY, EntityKind.ORGANIZATION,
                    EntityKind.PLACE).isPresent()) {
                continue;
            }
            int at = t.get(i - 2).start();
            TitledName host = null;
            for (TitledName n : doc.titledNames()) {
                if (n.sentence() == s.sentence().index() && n.end() <= at) {
                    host = n;
                }
            }
            if (host == null) {
                continue;
            }
            List<TitleUnit> units = host.units().stream().filter(u -> !u.former())
                    .map(u -> new TitleUnit(u.known(), u.title(), null, country.get(), u.party(), false))
                    .limit(1).toList();
            if (units.isEmpty()) {
                continue;
            }
            person(doc, s, i - 2, i + 1, nameEnd, new TitlePhraseParser.Units(i - 2, i + 1, units, country.get()), true);
        }
    }

    private void introduced(DocumentScan doc, SentenceScan s, TitlePhraseParser p) {
        Tokens t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).text();
            if (!Words.PERSON_INTRODUCERS.contains(w) || !PERIOD_SPACE.matcher(t.gapBefore(i + 1)).matches()) {
                continue;
            }
            int nameEnd = p.nameEnd(i + 1);
            if (nameEnd > i + 1 && s.startingAt(i + 1, EntityKind.COUNTRY, EntityKind.ORGANIZATION,
                    EntityKind.PLACE).isEmpty()) {
                TitlePhraseParser.Units none = new TitlePhraseParser.Units(i, i + 1, List.of(), null);
                person(doc, s, i + 1, i + 1, nameEnd, none, Character.isUpperCase(w.charAt(0)));
            }
        }
    }

    /** Records the person named by tokens {@code [nameStart, nameEnd)} with their titles. */
    private void person(DocumentScan doc, SentenceScan s, int phraseStart, int nameStart, int nameEnd,
                        TitlePhraseParser.Units u, boolean mayCoin) {
        Tokens t = s.tokens();
        Optional<Found> found = s.startingAt(nameStart, EntityKind.PERSON).filter(f -> f.endToken() == nameEnd);
        EntityRef ref;
        if (found.isPresent()) {
            ref = found.get().ref();
        } else if (nameEnd - nameStart >= 2) {
            String name = t.span(nameStart, nameEnd);
            Optional<GazetteerEntry> known = doc.gazetteer().named(name, EntityKind.PERSON);
            ref = known.isPresent() ? doc.table().known(known.get(), name)
                    : doc.table().unknown(EntityKind.PERSON, name, null);
            s.add(nameStart, nameEnd, ref, Found.How.NAME);
        } else {
            pending.add(new Pending(s, phraseStart, nameStart, nameEnd, u, mayCoin));
            return;
        }
        record(doc, s, phraseStart, nameStart, nameEnd, u, ref);
    }

    /** Adds the titled name (if it has titles) and gives an unknown person the phrase's country. */
    static void record(DocumentScan doc, SentenceScan s, int phraseStart, int nameStart, int nameEnd,
                       TitlePhraseParser.Units u, EntityRef ref) {
        if (u.units().isEmpty()) {
            return;
        }
        Tokens t = s.tokens();
        int first = Math.min(phraseStart, u.start());
        int last = Math.max(nameEnd, u.end());
        EntityRef country = u.country();
        for (TitleUnit unit : u.units()) {
            if (country == null && unit.organisation() != null) {
                country = doc.table().country(unit.organisation());
            }
        }
        doc.table().country(ref, country);
        doc.titledNames().add(new TitledName(s.sentence().index(), t.get(first).start(), t.get(last - 1).end(), ref,
                u.units(), u.country()));
    }
}
