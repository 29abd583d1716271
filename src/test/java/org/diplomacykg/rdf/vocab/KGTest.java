package org.diplomacykg.rdf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KGTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Tô Lâm | to-lam",
        "To Lam | to-lam",
        "Việt Nam–Laos Inter-Governmental Committee | viet-nam-laos-inter-governmental-committee",
        "Việt Nam – Laos Intergovernmental Committee | viet-nam-laos-intergovernmental-committee",
        "Lao People's Revolutionary Party | lao-peoples-revolutionary-party",
        "Lao People’s Revolutionary Party | lao-peoples-revolutionary-party",
        "Đà Nẵng | da-nang",
        "Hồ Chí Minh | ho-chi-minh",
        "Ngô Phương Ly | ngo-phuong-ly",
        "Thanh Thủy border gate | thanh-thuy-border-gate",
        "  --Vientiane--  | vientiane",
        "US$5 billion | us-5-billion",
        "Port No. 3 | port-no-3",
        "Minister of Industry & Trade | minister-of-industry-trade",
        "Secretary-General | secretary-general",
        "Łódź | lodz",
        "Straße | strasse",
        "ﬁnance | finance",
    })
    void slug(String name, String expected) {
        assertEquals(expected, KG.slug(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "—", "’"})
    void slugOfNothingIsRejected(String name) {
        assertThrows(IllegalArgumentException.class, () -> KG.slug(name));
    }

    @Test
    void namespaces() {
        assertEquals("https://w3id.org/diplomacy-kg/", KG.BASE);
        assertEquals("https://w3id.org/diplomacy-kg/article/", KG.ARTICLE);
        assertEquals("https://w3id.org/diplomacy-kg/id/", KG.ID);
        assertEquals("https://w3id.org/diplomacy-kg/id/role/", KG.ROLE);
        assertEquals("https://w3id.org/diplomacy-kg/ontology", KG.ONTOLOGY);
        assertEquals(DIP.RoleScheme.getURI(), KG.ROLE_SCHEME);
        assertEquals(KG.ONTOLOGY + "#", DIP.NS);
    }

    @Test
    void article() {
        assertEquals("https://w3id.org/diplomacy-kg/article/000_dc28ce060877cb66",
                KG.article("000_dc28ce060877cb66").getURI());
        assertEquals("https://w3id.org/diplomacy-kg/article/my%20article%C3%A9",
                KG.article("my articleé").getURI());
        assertThrows(IllegalArgumentException.class, () -> KG.article(""));
        assertThrows(IllegalArgumentException.class, () -> KG.article("seeds/000"));
    }

    @Test
    void entity() {
        assertEquals("https://w3id.org/diplomacy-kg/id/person/to-lam", KG.entity("person", KG.slug("Tô Lâm")).getURI());
        assertEquals("https://w3id.org/diplomacy-kg/id/country/laos", KG.entity("country", "laos").getURI());
        assertEquals("https://w3id.org/diplomacy-kg/id/role-assignment/x-1", KG.entity("role-assignment", "x-1").getURI());
        assertEquals("https://w3id.org/diplomacy-kg/id/role/prime-minister", KG.role("prime-minister").getURI());
        assertThrows(IllegalArgumentException.class, () -> KG.entity("person", "Tô Lâm"));
        assertThrows(IllegalArgumentException.class, () -> KG.entity("person", "to--lam"));
        assertThrows(IllegalArgumentException.class, () -> KG.entity("Person", "to-lam"));
        assertThrows(IllegalArgumentException.class, () -> KG.entity("per/son", "to-lam"));
    }
}
