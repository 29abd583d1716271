package org.diplomacykg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.Slugs;
import org.diplomacykg.mention.Gazetteer;
import org.diplomacykg.mention.GazetteerEntry;
import org.diplomacykg.mention.Institution;
import org.diplomacykg.mention.NameKeys;
import org.junit.jupiter.api.Test;

/** The curated gazetteer ({@code ontology/gazetteer.ttl}) as the loader reads it. */
class GazetteerFileTest {
    private static final Gazetteer G = GazetteerLoader.fromOntology();

    @Test
    void everyIriIsTheSlugOfItsPreferredLabel() {
        for (GazetteerEntry e : G.entries()) {
            assertEquals(Slugs.slug(e.label()), e.ref().slug(), e.label());
        }
    }

    @Test
    void noSpellingNamesTwoEntities() {
        Map<String, String> seen = new HashMap<>();
        TreeSet<String> clashes = new TreeSet<>();
        for (GazetteerEntry e : G.entries()) {
            for (String name : e.names()) {
                String before = seen.putIfAbsent(NameKeys.key(name), e.ref().slug());
                if (before != null && !before.equals(e.ref().slug())) {
                    clashes.add(name + ": " + before + " / " + e.ref().slug());
                }
            }
        }
        assertEquals(new TreeSet<String>(), clashes);
    }

    @Test
    void theBeatIsCovered() {
        for (String name : new String[] {"Vietnam", "Lao PDR", "Cambodia", "China", "Thailand", "ASEAN", "UN", "WTO",
                "ASEM", "Mekong River Commission", "CPV", "LPRP", "Hanoi", "Vientiane", "Phnom Penh"}) {
            assertTrue(G.named(name).isPresent(), name);
        }
        var laos = G.named("Laos", EntityKind.COUNTRY).orElseThrow().ref();
        assertEquals("lao-peoples-revolutionary-party", G.institution(laos, Institution.RULING_PARTY).orElseThrow().slug());
        assertEquals(laos, G.demonymCountry("Lao").orElseThrow());
        assertTrue(G.roleTitle("Party chief").orElseThrow().partyOffice());
        assertTrue(G.projectTypes().stream().anyMatch(t -> t.localName().equals("Railway") && t.nouns().contains("railway")));
    }
}
