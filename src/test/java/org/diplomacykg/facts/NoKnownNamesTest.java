package org.diplomacykg.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.diplomacykg.document.Document;
import org.diplomacykg.mention.Fixtures;
import org.diplomacykg.mention.Gazetteer;
import org.junit.jupiter.api.Test;

/**
 * An article none of whose people the gazetteer knows still yields its persons and roles, from
 * how the text names them; and with no gazetteer entries at all, persons and titles are still found.
 */
class NoKnownNamesTest {
    private static final String BODY = "Thai Deputy Prime Minister Somchai Rattanakorn held talks with Cambodian "
            + "Minister of Tourism Sok Sokhom in Bangkok on Monday. "
            + "Somchai said Thailand would open the Khlong Luek border gate to more trucks. "
            + "Also present was Malee Suksawat, Governor of Sa Kaeo province, and Mr Chhun Vannak. "
            + "Sokhom thanked the Thai Deputy Prime Minister.";

    @Test
    void unknownPersonsAndTheirRoles() {
        Document doc = Fixtures.doc("2025-11-03", "BANGKOK", BODY, "VNA");
        for (String known : List.of("Somchai Rattanakorn", "Sok Sokhom", "Malee Suksawat", "Chhun Vannak")) {
            assertEquals(true, Fixtures.gazetteer().named(known).isEmpty(), known + " must be unknown for this test");
        }
        ArticleFacts facts = Fixtures.facts(doc);
        assertEquals(List.of("PERSON Chhun Vannak", "PERSON Malee Suksawat", "PERSON Sok Sokhom",
                "PERSON Somchai Rattanakorn"), Fixtures.entities(facts).stream().filter(e -> e.startsWith("PERSON")).toList());
        assertEquals(List.of("Malee Suksawat / Governor / -",
                "Sok Sokhom / Minister of Tourism / Cambodia",
                "Somchai Rattanakorn / Deputy Prime Minister / Thailand"), Fixtures.roles(facts));
    }

    @Test
    void withAnEmptyGazetteerTitlesStillFindPersons() {
        Gazetteer nothingKnown = Gazetteer.empty();
        ArticleFacts facts = new ArticleExtractor(nothingKnown).extract(Fixtures.doc("2025-11-03", "BANGKOK", BODY, "VNA"));
        List<String> persons = facts.entities().stream().filter(e -> e.ref().kind() == EntityKind.PERSON)
                .map(Entity::label).sorted().toList();
        assertEquals(List.of("Chhun Vannak", "Malee Suksawat", "Sok Sokhom", "Somchai Rattanakorn"), persons);
        // with no demonyms known, "Thai" stays part of the title
        assertEquals(List.of("Cambodian Minister of Tourism", "Governor", "Thai Deputy Prime Minister"),
                facts.roles().stream().map(RoleFact::roleLabel).sorted().toList());
    }
}
