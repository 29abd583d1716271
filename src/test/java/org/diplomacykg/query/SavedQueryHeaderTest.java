package org.diplomacykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SavedQueryHeaderTest {

    @Test
    void readsScalarsBlocksListsAndParams() throws Exception {
        String text = """
                #+ summary: Timeline: events between two countries
                #+ description: >
                #+   First line,
                #+   second line.
                #+ tags:
                #+   - events
                #+   - "time line"
                #+ endpoint: http://example.org/sparql
                #+ params:
                #+   - name: country1
                #+     type: iri
                #+     description: One country.
                #+     example: https://w3id.org/diplomacy-kg/id/country/viet-nam
                #+     default: https://w3id.org/diplomacy-kg/id/country/viet-nam
                #+   - name: from
                #+     type: date
                #+     description: 'From this day: inclusive'
                #+     example: 2025-12-01
                # an ordinary comment
                SELECT * { ?s ?p ?o }
                """;
        SavedQueryHeader h = SavedQueryHeader.parse(text);
        assertEquals("Timeline: events between two countries", h.summary());
        assertEquals("First line, second line.", h.description());
        assertEquals(List.of("events", "time line"), h.tags());
        assertEquals(2, h.params().size());
        SavedQueryHeader.Param p = h.params().get(0);
        assertEquals("country1", p.name());
        assertEquals("iri", p.type());
        assertEquals("https://w3id.org/diplomacy-kg/id/country/viet-nam", p.defaultValue());
        assertEquals("From this day: inclusive", h.params().get(1).description());
        assertNull(h.params().get(1).defaultValue());
        assertEquals("http://example.org/sparql", h.other().get("endpoint"));
    }

    @Test
    void inlineListsAndEmptyParams() throws Exception {
        SavedQueryHeader h = SavedQueryHeader.parse("#+ summary: S\n#+ tags: [a, b]\n#+ params: []\nASK {}");
        assertEquals(List.of("a", "b"), h.tags());
        assertTrue(h.params().isEmpty());
    }

    @Test
    void noHeaderIsAnEmptyHeader() throws Exception {
        SavedQueryHeader h = SavedQueryHeader.parse("SELECT * { ?s ?p ?o }");
        assertNull(h.summary());
        assertNull(h.params());
        assertTrue(h.tags().isEmpty());
    }

    @Test
    void headerStopsAtTheQuery() throws Exception {
        SavedQueryHeader h = SavedQueryHeader.parse("#+ summary: S\nPREFIX x: <http://x/>\n#+ tags: [late]\nASK {}");
        assertTrue(h.tags().isEmpty());
    }

    @Test
    void badHeaderNamesTheLine() {
        SavedQueryHeader.HeaderException e = assertThrows(SavedQueryHeader.HeaderException.class,
                () -> SavedQueryHeader.parse("#+ summary: S\n#+ summary: again\nASK {}"));
        assertEquals(2, e.line());
        e = assertThrows(SavedQueryHeader.HeaderException.class,
                () -> SavedQueryHeader.parse("#+ summary: S\n#+   stray: indented\nASK {}"));
        assertEquals(2, e.line());
    }
}
