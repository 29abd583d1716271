package org.diplomacykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in {@code queries/} parses, has a complete header, and binds its own examples. */
class SavedQueriesTest {
    private static final SavedQueries CATALOGUE = SavedQueries.fromDirectory(Path.of("queries"));

    static Stream<String> names() {
        return CATALOGUE.names().stream();
    }

    @Test
    void theCatalogueHoldsTheAnalystsQuestions() {
        List<String> names = CATALOGUE.names();
        for (String expected : List.of("timeline", "roles", "person-meetings", "commitments", "targets", "projects",
                "article-facts", "fact-sources", "network", "visit-programme", "event-commitments", "awards",
                "find-entity")) {
            assertTrue(names.contains(expected), "missing saved query " + expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void parsesWithACompleteHeader(String name) {
        SavedQuery q = CATALOGUE.get(name);
        assertEquals(List.of(), q.problems(), name + ": header problems");
        assertFalse(q.summary().isBlank());
        assertNotNull(q.header().description());
        assertFalse(q.header().tags().isEmpty());
        for (QueryParam p : q.params()) {
            assertNotNull(p.type(), name + " " + p.name());
            assertNotNull(p.description(), name + " " + p.name());
            assertNotNull(p.example(), name + " " + p.name());
        }
        // every ?_ variable is declared (the problems list says so otherwise) and every declared one is used
        Set<String> vars = SavedQuery.parameterVariables(q.query());
        assertEquals(vars.size(), q.params().size(), name + ": declared parameters vs variables " + vars);
    }

    /**
     * Bound with its examples (and with only what is required), each query still prints as SPARQL
     * that parses: that text is what goes to a remote endpoint.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void boundQueriesStillParseAsText(String name) {
        SavedQuery q = CATALOGUE.get(name);
        Map<String, String> examples = new HashMap<>();
        q.params().forEach(p -> examples.put(p.name(), p.example()));
        Map<Var, Node> all = ParameterBinder.bind(q, examples);
        assertEquals(q.params().size(), all.size());
        Query bound = ParameterBinder.apply(q.query(), all);
        QueryFactory.create(bound.serialize());
        Map<String, String> requiredOnly = new HashMap<>();
        q.params().stream().filter(QueryParam::mustBeGiven).forEach(p -> requiredOnly.put(p.name(), p.example()));
        QueryFactory.create(ParameterBinder.apply(q.query(), ParameterBinder.bind(q, requiredOnly)).serialize());
    }

    @Test
    void nearestNameForATypo() {
        assertEquals("timeline", CATALOGUE.nearest("timelin").orElseThrow());
        assertEquals("person-meetings", CATALOGUE.nearest("person-meeting").orElseThrow());
        assertEquals("projects", CATALOGUE.nearest("projetcs").orElseThrow());
        assertTrue(CATALOGUE.nearest("completely-different-words").isEmpty());
        QueryUsageException e = assertThrows(QueryUsageException.class, () -> CATALOGUE.get("timelin"));
        assertTrue(e.getMessage().contains("did you mean 'timeline'"), e.getMessage());
    }

    @Test
    void syntaxErrorsNameFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.rq");
        Files.writeString(bad, "#+ summary: broken\nSELECT ?x\nWHERE { ?x ?y }\n");
        QueryUsageException e = assertThrows(QueryUsageException.class, () -> SavedQueries.fromFile(bad));
        assertTrue(e.getMessage().startsWith(bad + ":3:"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void readsTheQueriesPackedInAJar(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("dkg.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("queries/"));
            out.putNextEntry(new JarEntry("queries/one.rq"));
            out.write("#+ summary: One\nASK {}".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("queries/notes.md"));
            out.write("not a query".getBytes(StandardCharsets.UTF_8));
            out.putNextEntry(new JarEntry("org/x/Y.class"));
        }
        SavedQueries packed = SavedQueries.fromCodeSource(jar);
        assertEquals(List.of("one"), packed.names());
        assertEquals("One", packed.get("one").summary());
        assertTrue(packed.origin().endsWith("dkg.jar!/queries"));
    }

    @Test
    void classesDirectoryHoldsTheSameQueriesAsTheFolder() {
        // the build copies queries/*.rq under target/classes/queries, which is what the jar carries
        SavedQueries packaged = SavedQueries.fromClasspath(SavedQueries.class);
        assertEquals(CATALOGUE.names(), packaged.names());
    }

    @Test
    void resolveTakesNamesAndFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mine.rq");
        Files.writeString(file, "SELECT ?_who_iri { ?_who_iri ?p ?o }");
        SavedQuery q = CATALOGUE.resolve(file.toString());
        assertEquals("mine", q.name());
        assertEquals(ParamType.IRI, q.param("who").type());
        assertFalse(q.problems().isEmpty(), "an ad-hoc file without header runs, but is not a complete saved query");
        assertEquals("timeline", CATALOGUE.resolve("timeline").name());
    }
}
