package org.diplomacykg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.Entity;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One identity per real entity, whatever the spelling, within an article and across articles. */
class IdentityTest {

    /** Each case: an entity, and sentences naming it in different ways, one article each. */
    static Stream<Arguments> spellings() {
        return Stream.of(
                Arguments.of(EntityKind.PERSON, "to-lam", "Tô Lâm", List.of(
                        "General Secretary Tô Lâm arrived.", "General Secretary To Lam arrived.",
                        "Party General Secretary Tô Lâm arrived. General Secretary Lâm spoke.")),
                Arguments.of(EntityKind.PERSON, "xaysomphone-phomvihane", "Xaysomphone Phomvihane", List.of(
                        "National Assembly Chairman Xaysomphone Phomvihane spoke.",
                        "Lao National Assembly Chairman Saysomphone Phomvihane spoke.")),
                Arguments.of(EntityKind.COUNTRY, "viet-nam", "Việt Nam", List.of(
                        "Việt Nam welcomed the plan.", "Vietnam welcomed the plan.", "Viet Nam welcomed the plan.",
                        "The Socialist Republic of Vietnam welcomed the plan.")),
                Arguments.of(EntityKind.ORGANIZATION, "lao-peoples-revolutionary-party", "Lao People's Revolutionary Party",
                        List.of("The Lao People’s Revolutionary Party (LPRP) met.", "The LPRP met.", "The Lao Party met.",
                                "The Lao People's Revolutionary Party met.")),
                Arguments.of(EntityKind.ORGANIZATION, "viet-nam-laos-inter-governmental-committee",
                        "Việt Nam–Laos Inter-Governmental Committee", List.of(
                                "The 48th Meeting of the Việt Nam–Laos Inter-Governmental Committee opened.",
                                "The 48th Việt Nam – Laos Intergovernmental Committee meeting opened.")));
    }

    @ParameterizedTest(name = "{index} - {2}")
    @MethodSource("spellings")
    void oneIriWhateverTheSpelling(EntityKind kind, String slug, String label, List<String> bodies) {
        for (String body : bodies) {
            ArticleFacts facts = Fixtures.facts(Fixtures.doc(body));
            List<Entity> ofKind = facts.entities().stream().filter(e -> e.ref().kind() == kind).toList();
            assertEquals(List.of(new EntityRef(kind, slug)), ofKind.stream().map(Entity::ref).toList(), body);
            assertEquals(label, ofKind.get(0).label(), "canonical label keeps the diacritics: " + body);
        }
    }

    @Test
    void everySpellingSeenIsAnAltLabel() {
        ArticleFacts facts = Fixtures.facts(Fixtures.doc("Vietnam and Viet Nam are one. The Communist Party of Vietnam "
                + "(CPV) met. The CPV decided."));
        Entity vn = facts.entities().stream().filter(e -> e.ref().slug().equals("viet-nam")).findFirst().orElseThrow();
        assertTrue(vn.altLabels().containsAll(Set.of("Vietnam", "Viet Nam")), vn.altLabels().toString());
        Entity cpv = facts.entities().stream().filter(e -> e.ref().slug().equals("communist-party-of-viet-nam"))
                .findFirst().orElseThrow();
        assertTrue(cpv.altLabels().containsAll(Set.of("Communist Party of Vietnam", "CPV")), cpv.altLabels().toString());
    }

    @Test
    void unknownNamesMeetAcrossSpellingsAndArticles() {
        ArticleFacts a = Fixtures.facts(Fixtures.doc("Deputy Minister Nguyễn Minh Hằng arrived."));
        ArticleFacts b = Fixtures.facts(Fixtures.doc("Deputy Minister Nguyen Minh Hang arrived."));
        assertEquals(persons(a), persons(b));
        ArticleFacts both = Fixtures.facts(Fixtures.doc(
                "Deputy Minister Nguyen Minh Hang arrived. Later Deputy Minister Nguyễn Minh Hằng spoke."));
        assertEquals(List.of("Nguyễn Minh Hằng"), both.entities().stream()
                .filter(e -> e.ref().kind() == EntityKind.PERSON).map(Entity::label).toList());
    }

    @Test
    void projectSpellingsAndEndpointOrderMeet() {
        Set<String> slugs = Stream.of(
                        "They built the Vientiane - Vũng Áng railway.", "They built the Vientiane–Vũng Áng railway.",
                        "They built the Vientiane–Vung Ang railway.")
                .map(body -> Fixtures.facts(Fixtures.doc(body)).projects().get(0).slug()).collect(Collectors.toSet());
        assertEquals(Set.of("vientiane-vung-ang-railway"), slugs);
        Set<String> parks = Stream.of(
                        "They opened the Lao–Việt Nam Friendship Park.", "They opened the Việt Nam – Laos Friendship Park.",
                        "They opened the Laos–Vietnam Friendship Park.")
                .map(body -> Fixtures.facts(Fixtures.doc(body)).projects().get(0).slug()).collect(Collectors.toSet());
        assertEquals(1, parks.size(), parks.toString());
    }

    private static List<EntityRef> persons(ArticleFacts facts) {
        return facts.entities().stream().map(Entity::ref).filter(r -> r.kind() == EntityKind.PERSON).toList();
    }
}
