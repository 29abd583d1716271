package org.diplomacykg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.document.Document;
import org.diplomacykg.facts.ArticleExtractor;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.mention.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden graphs: for each folder of {@code src/test/resources/cases/}, the whole graph built
 * from {@code article.txt} (entities, roles, projects, events, commitments, evidence) must be
 * isomorphic to {@code expected.ttl}. After a deliberate change to a rule, review the
 * differences this test prints, then regenerate with
 * {@code mvn test -Dtest=GoldenGraphTest -Dcases.regenerate=true} and review the diff in git.
 */
class GoldenGraphTest {
    private static final Path CASES = Path.of("src/test/resources/cases");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(d -> Files.exists(d.resolve("article.txt"))).map(d -> d.getFileName().toString())
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{index} - {0}")
    @MethodSource("cases")
    void extractionMatchesTheGoldenGraph(String name) throws Exception {
        Path dir = CASES.resolve(name);
        Document doc = Document.of(new ArticleReader().read(new ArticleFileReader().read(dir.resolve("article.txt"))));
        ArticleFacts facts = new ArticleExtractor(Fixtures.gazetteer()).extract(doc);
        Graph actual = new ArticleGraphWriter().write(facts);
        Path expectedFile = dir.resolve("expected.ttl");
        if (Boolean.getBoolean("cases.regenerate") || !Files.exists(expectedFile)) {
            actual.getPrefixMapping().setNsPrefixes(PrefixMapping.Standard)
                    .setNsPrefix("dip", "https://w3id.org/diplomacy-kg/ontology#")
                    .setNsPrefix("id", "https://w3id.org/diplomacy-kg/id/")
                    .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                    .setNsPrefix("dcterms", "http://purl.org/dc/terms/");
            try (OutputStream out = Files.newOutputStream(expectedFile)) {
                RDFDataMgr.write(out, actual, RDFFormat.TURTLE_PRETTY);
            }
        }
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.source(expectedFile).lang(Lang.TURTLE).parse(expected);
        assertTrue(actual.isIsomorphicWith(expected), () -> name + " differs from expected.ttl:\n" + diff(expected, actual));
    }

    private static String diff(Graph expected, Graph actual) {
        StringBuilder out = new StringBuilder();
        expected.find().forEachRemaining(t -> {
            if (!actual.contains(t)) {
                out.append("  missing ").append(t).append('\n');
            }
        });
        actual.find().forEachRemaining(t -> {
            if (!expected.contains(t)) {
                out.append("  extra   ").append(t).append('\n');
            }
        });
        return out.toString();
    }
}
