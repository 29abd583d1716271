package org.diplomacykg.rdf.vocab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;

/** The files under {@code ontology/}, read from the project root (Maven's working directory). */
final class OntologyFiles {

    static final Path DIR = Path.of("ontology");
    static final Path DIPLOMACY = DIR.resolve("diplomacy.ttl");
    static final Path VOCABULARIES = DIR.resolve("vocabularies.ttl");
    static final Path SHAPES = DIR.resolve("shapes.ttl");
    static final Path EXAMPLE = DIR.resolve("examples").resolve("article-001.ttl");
    static final Path SEEDS = Path.of("seeds");

    private static Model ontology;

    private OntologyFiles() {}

    /** Parses a file; any warning or error (bad IRI, ill-formed literal, unknown prefix) fails. */
    static Graph parseStrict(Path file) {
        return RDFParser.source(file).errorHandler(ErrorHandlerFactory.errorHandlerStrict).toGraph();
    }

    static Model model(Path file) {
        return ModelFactory.createModelForGraph(parseStrict(file));
    }

    /** The ontology as it is loaded into the store: diplomacy.ttl and vocabularies.ttl together. */
    static synchronized Model ontology() {
        if (ontology == null) {
            Model m = ModelFactory.createDefaultModel();
            m.add(model(DIPLOMACY));
            m.add(model(VOCABULARIES));
            ontology = m;
        }
        return ontology;
    }

    /** Every Turtle file under {@code ontology/}, examples included. */
    static List<Path> allTurtleFiles() {
        try (Stream<Path> files = Files.walk(DIR)) {
            return files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
