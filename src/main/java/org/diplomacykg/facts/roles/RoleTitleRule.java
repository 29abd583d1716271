package org.diplomacykg.facts.roles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.diplomacykg.document.Document;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.facts.Entity;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.PartialDate;
import org.diplomacykg.facts.RoleFact;
import org.diplomacykg.facts.Slugs;
import org.diplomacykg.mention.DocumentMentions;
import org.diplomacykg.mention.Gazetteer;
import org.diplomacykg.mention.Institution;
import org.diplomacykg.mention.Mention;
import org.diplomacykg.mention.RoleTitle;
import org.diplomacykg.mention.TitleUnit;
import org.diplomacykg.mention.TitledName;

/**
 * Turns each title of a titled person into a role assignment at the article's date, with the
 * title phrase as evidence. Where the office is held:
 * <ol>
 *   <li>the organisation the text names ({@code General Secretary of the LPRP},
 *       {@code LPRP General Secretary});</li>
 *   <li>else a country: the one the title names ({@code Lao Prime Minister},
 *       {@code President of Laos}), the phrase's ({@code Lao Party General Secretary and
 *       President}), the one of a person named just before in a list ({@code Lao Prime Minister
 *       A and National Assembly Chairman B}), the person's own, or the article's home country;
 *       a party office ({@code General Secretary}, {@code Party ...}) is held in that country's
 *       ruling party.</li>
 * </ol>
 * A chair of a national legislature is a National Assembly Chairman of the country
 * ({@code Lao National Assembly Chairman}). Titles the role scheme lacks become new concepts
 * under their own label; former holders ({@code former President}) give no assignment.
 */
public final class RoleTitleRule {
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(,|and|, and)\\s*");
    private static final Pattern VISITING_LAST = Pattern.compile("(?s).*\\bvisiting\\s+$");
    private final Gazetteer gazetteer;

    public RoleTitleRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<RoleFact> apply(Document document, DocumentMentions mentions) {
        PartialDate asOf = PartialDate.of(document.article().metadata().published());
        List<RoleFact> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<RoleFact> guessed = new ArrayList<>();
        TitledName previous = null;
        EntityRef previousCountry = null;
        for (TitledName n : mentions.titledNames()) {
            Sentence sentence = document.sentences().get(n.sentence());
            EntityRef listCountry = previous != null && previous.sentence() == n.sentence() && previous.end() <= n.start()
                    && LIST_GAP.matcher(sentence.text().substring(previous.end(), n.start())).matches()
                    ? previousCountry : null;
            for (TitleUnit u : n.units()) {
                if (u.former()) {
                    continue;
                }
                RoleTitle role = u.known();
                String label = role != null ? role.label() : u.title();
                String slug = role != null ? role.slug() : Slugs.slug(label);
                EntityRef in;
                boolean byDefault = false;
                if (u.organisation() != null) {
                    in = u.organisation();
                    EntityRef legislatureOf = legislatureCountry(in);
                    Optional<RoleTitle> chair = gazetteer.roleTitle("National Assembly " + label);
                    if (legislatureOf != null && chair.isPresent()) {
                        role = chair.get();
                        label = role.label();
                        slug = role.slug();
                        in = legislatureOf;
                    } else if (legislatureOf != null && label.startsWith("National Assembly ")) {
                        in = legislatureOf; // "NA Vice Presidents": the office is the country's
                    } else if (role == null && label.equals("Secretary") && partyCommittee(in, mentions)) {
                        // the Secretary of a (provincial, municipal) Party Committee is its Party Secretary
                        Optional<RoleTitle> secretary = gazetteer.roleTitle("Party Secretary");
                        if (secretary.isPresent()) {
                            role = secretary.get();
                            label = role.label();
                            slug = role.slug();
                        }
                    }
                } else if (u.place() != null && u.country() == null) {
                    // a provincial office: held in the province's country, when that is known
                    in = mentions.entity(u.place()).map(Entity::country)
                            .or(() -> gazetteer.entry(u.place()).map(e -> e.country())).orElse(null);
                } else {
                    EntityRef country = u.country() != null ? u.country() : n.country();
                    if (country == null) {
                        country = mentions.entity(n.person()).map(Entity::country).orElse(null);
                    }
                    if (country == null) {
                        country = listCountry;
                        byDefault = true;
                    }
                    boolean visiting = country == null
                            && VISITING_LAST.matcher(sentence.text().substring(0, n.start())).matches();
                    if (visiting) {
                        // "visiting President Lee": a guest, so not of the story's country but of
                        // the one other country the sentence names, if there is just one
                        country = otherCountry(mentions, n.sentence());
                    }
                    if (country == null && !visiting) {
                        country = mentions.homeCountry();
                    }
                    boolean party = u.party() || role != null && role.partyOffice();
                    in = country == null ? null : party
                            ? gazetteer.institution(country, Institution.RULING_PARTY).orElse(country) : country;
                }
                if (seen.add(n.person().slug() + "|" + slug + "|" + (in == null ? "" : in.kind() + in.slug()))) {
                    RoleFact fact = new RoleFact(n.person(), slug, label, in, asOf,
                            Evidence.of(sentence.quote(n.start(), n.end()), n.sentence()));
                    out.add(fact);
                    if (byDefault) {
                        guessed.add(fact);
                    }
                }
            }
            previous = n;
            previousCountry = n.country() != null ? n.country() : countryOf(n, mentions);
        }
        return withoutShortForms(withoutGuesses(out, guessed));
    }

    /**
     * Drops an office whose place was only guessed (the list's or the story's country) when the
     * text names the same office of the same holder with its place: the bare {@code Governor
     * Phouvieng} after {@code Governor of Xiengkhouang province Phouvieng Xaysana}.
     */
    private static List<RoleFact> withoutGuesses(List<RoleFact> roles, List<RoleFact> guessed) {
        List<RoleFact> out = new ArrayList<>();
        for (RoleFact r : roles) {
            boolean placedElsewhere = guessed.stream().anyMatch(g -> g == r) && roles.stream().anyMatch(
                    o -> o != r && guessed.stream().noneMatch(g -> g == o) && o.holder().equals(r.holder())
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
                    && java.util.Objects.equals(o.roleIn(), r.roleIn())
                    && o.roleLabel().startsWith(r.roleLabel() + " of "));
            if (!shorter) {
                out.add(r);
            }
        }
        return out;
    }

    private EntityRef countryOf(TitledName n, DocumentMentions mentions) {
        for (TitleUnit u : n.units()) {
            if (u.country() != null) {
                return u.country();
            }
        }
        return mentions.entity(n.person()).map(Entity::country).orElse(null);
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
