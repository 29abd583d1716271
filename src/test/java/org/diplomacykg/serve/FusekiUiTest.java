package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.diplomacykg.query.SavedQueries;
import org.junit.jupiter.api.Test;

/**
 * The fitting of the Fuseki UI's query editor holds for the UI on the classpath: if an upgrade of
 * jena-fuseki-ui moves the literals it replaces, this fails (the server would serve the UI unfitted).
 */
class FusekiUiTest {
    static final SavedQueries CATALOGUE = SavedQueries.fromDirectory(Path.of("queries"));

    @Test
    void theQueryEditorChunkGetsTheSavedQueriesAndTheProjectsPrefixes() throws Exception {
        // the UI comes in its own jar: list its static/ folder there
        String index = FusekiUi.class.getClassLoader().getResource(FusekiUi.WEBAPP + "index.html").toString();
        String jarPath = URI.create(index.substring("jar:".length(), index.indexOf("!/"))).getPath();
        try (JarFile jar = new JarFile(jarPath)) {
            List<JarEntry> chunks = jar.stream()
                    .filter(e -> e.getName().matches(FusekiUi.WEBAPP + "static/Query-.*\\.js")).toList();
            assertEquals(1, chunks.size(), "one query editor chunk: " + chunks);
            String name = chunks.get(0).getName().substring((FusekiUi.WEBAPP + "static/").length());
            String original = new String(jar.getInputStream(chunks.get(0)).readAllBytes(), StandardCharsets.UTF_8);
            String fitted = new String(new FusekiUi(CATALOGUE, true).staticFile(name).orElseThrow(), StandardCharsets.UTF_8);
            assertTrue(!fitted.equals(original), "the chunk was fitted");
            for (String q : CATALOGUE.names())
                assertTrue(fitted.contains("text:" + FusekiUi.jsString(q + " — " + CATALOGUE.get(q).summary())), q);
            assertTrue(fitted.contains("{uri:\"https://w3id.org/diplomacy-kg/ontology#\",text:\"dip\"}"));
            assertTrue(!fitted.contains("text:\"Selection of triples\""), "Fuseki's own examples replaced");
        }
    }

    @Test
    void jsStringsCannotEndEarly() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u2028\"", FusekiUi.jsString("a\"b\\c\nd\u2028"));
    }
}
