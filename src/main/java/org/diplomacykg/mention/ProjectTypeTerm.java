package org.diplomacykg.mention;

import java.util.List;

/**
 * A kind of project and the head nouns that name it: {@code Railway} for {@code railway},
 * {@code railway line}, {@code rail link}.
 *
 * @param localName the concept's local name in the ontology namespace ({@code PowerLine})
 * @param nouns     its labels, lower case
 */
public record ProjectTypeTerm(String localName, List<String> nouns) {
    public ProjectTypeTerm {
        nouns = List.copyOf(nouns);
    }
}
