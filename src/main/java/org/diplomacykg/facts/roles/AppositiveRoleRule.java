package org.diplomacykg.facts.roles;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.diplomacykg.document.Document;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.facts.Entity;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.PartialDate;
import org.diplomacykg.facts.RoleFact;
import org.diplomacykg.mention.DocumentMentions;
import org.diplomacykg.mention.Gazetteer;
import org.diplomacykg.mention.Institution;
import org.diplomacykg.mention.Mention;
import org.diplomacykg.mention.RoleTitle;

/**
 * Offices told after a name, where the parse hangs them on it: an apposition ("Mongkol
 * Visitstump, the Thai ambassador to Myanmar", "Ko Kolai, Myanmar’s minister for international
 * cooperation", "Vo Van Thuong, the president") or "as" in a relative clause ("Nguyen Phu Trong,
 * who as general secretary of the Communist Party of Vietnam is …"). Written in lower case, these
 * escape the title grammar, which reads titles standing before a name.
 *
 * <p>The office must be one the role scheme knows; where it is held comes from the phrase (a
 * demonym, a possessor, an "of" body), else from the person's country or the article's.
 */
public final class AppositiveRoleRule {
    private final Gazetteer gazetteer;

    public AppositiveRoleRule(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Roles the titles before names did not already give ({@code told}). */
    public List<RoleFact> apply(Document document, DocumentMentions mentions, List<RoleFact> told) {
        PartialDate asOf = PartialDate.of(document.article().metadata().published());
        Set<String> seen = new HashSet<>();
        told.forEach(r -> seen.add(r.holder().slug() + "|" + r.roleSlug()));
        List<RoleFact> out = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            for (Mention m : mentions.in(s.index())) {
                if (m.ref().kind() != EntityKind.PERSON) {
                    continue;
                }
                Word head = nameHead(s, m);
                if (head == null) {
                    continue;
                }
                for (Word office : offices(s, head)) {
                    role(s, office, mentions, m.ref()).ifPresent(r -> {
                        if (seen.add(m.ref().slug() + "|" + r.role().slug())) {
                            int end = Math.max(m.end(), s.words().get(s.phraseLast(office.index())).end());
                            out.add(new RoleFact(m.ref(), r.role().slug(), r.role().label(), r.in(), asOf,
                                    Evidence.of(s.quote(m.start(), end), s.index())));
                        }
                    });
                }
            }
        }
        return out;
    }

    private record Office(RoleTitle role, EntityRef in) {
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

    /** Nouns told of the name: its appositions, and "as X" in a relative clause on it. */
    private static List<Word> offices(Sentence s, Word head) {
        List<Word> out = new ArrayList<>();
        for (Word d : s.dependents(head.index())) {
            if (d.relation().equals("appos") && d.noun() && !d.properNoun()) {
                out.add(d);
            } else if (d.relation().equals("acl:relcl")) {
                s.dependents(d.index()).stream().filter(a -> a.relation().equals("obl:as") && a.noun()).forEach(out::add);
            }
        }
        return out;
    }

    /** The known office a noun names, with where it is held. */
    private Optional<Office> role(Sentence s, Word noun, DocumentMentions mentions, EntityRef person) {
        List<Word> words = new ArrayList<>();
        EntityRef in = null;
        for (Word d : s.dependents(noun.index())) {
            if (d.index() > noun.index()) {
                if (d.relation().equals("nmod:of")) {
                    in = mentionAt(s, d, mentions).orElse(in);
                }
                continue;
            }
            Optional<EntityRef> demonym = gazetteer.demonymCountry(d.text());
            if (d.relation().equals("amod") && demonym.isPresent()) {
                in = demonym.get();
            } else if (d.relation().equals("nmod:poss")) {
                in = mentionAt(s, d, mentions).orElse(in);
            } else if (d.relation().equals("amod") || d.relation().equals("compound")) {
                words.add(d);
            }
        }
        words.add(noun);
        // the longest run of modifiers and head that the role scheme knows: "deputy prime minister", "president"
        Optional<RoleTitle> role = Optional.empty();
        for (int from = 0; from < words.size() && role.isEmpty(); from++) {
            StringBuilder title = new StringBuilder();
            for (Word w : words.subList(from, words.size())) {
                title.append(title.length() == 0 ? "" : " ").append(w.text());
            }
            role = gazetteer.roleTitle(title.toString());
        }
        if (role.isEmpty()) {
            return Optional.empty();
        }
        if (in == null) {
            in = mentions.entity(person).map(Entity::country).orElse(mentions.homeCountry());
        }
        if (in != null && in.kind() == EntityKind.COUNTRY && role.get().partyOffice()) {
            in = gazetteer.institution(in, Institution.RULING_PARTY).orElse(in);
        }
        return Optional.of(new Office(role.get(), in));
    }

    /** The country or organisation named at a word ("Myanmar’s", "of the Communist Party of Vietnam"). */
    private static Optional<EntityRef> mentionAt(Sentence s, Word w, DocumentMentions mentions) {
        return mentions.in(s.index()).stream()
                .filter(m -> m.start() <= w.start() && w.end() <= m.end()
                        && (m.ref().kind() == EntityKind.COUNTRY || m.ref().kind() == EntityKind.ORGANIZATION))
                .map(Mention::ref).findFirst();
    }
}
