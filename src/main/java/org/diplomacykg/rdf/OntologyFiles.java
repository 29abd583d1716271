package org.diplomacykg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The files of {@code ontology/}, read from the classpath (the build copies the folder into
 * the jar). {@link #ONTOLOGY_GRAPH_FILES} make up the ontology's named graph in the store;
 * {@link #SHAPES} holds the SHACL shapes every article graph must satisfy.
 */
public final class OntologyFiles {
    /** Ontology, controlled vocabularies and gazetteer: together, the ontology graph. */
    public static final List<String> ONTOLOGY_GRAPH_FILES = List.of("diplomacy.ttl", "vocabularies.ttl", "gazetteer.ttl");
    public static final String SHAPES = "shapes.ttl";

    private OntologyFiles() {
    }

    /** The union of {@link #ONTOLOGY_GRAPH_FILES}. */
    public static Graph ontologyGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        for (String name : ONTOLOGY_GRAPH_FILES) {
            parseInto(name, g);
        }
        return g;
    }

    public static Graph shapesGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        parseInto(SHAPES, g);
        return g;
    }

    private static void parseInto(String name, Graph g) {
        String resource = "/ontology/" + name;
        try (InputStream in = OntologyFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the build: " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/diplomacy-kg/ontology")
                    .errorHandler(ErrorHandlerFactory.errorHandlerStrict).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
