package org.diplomacykg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where the ontology is read from: its named graph {@code https://w3id.org/diplomacy-kg/ontology}
 * in the store when that is loaded, else the Turtle files of the {@code ontology/} directory
 * (read once). Call {@link #graph(DatasetGraph)} inside a read transaction.
 *
 * <pre>{@code
 * Graph onto = new OntologySource(Path.of("ontology")).graph(dsg);
 * }</pre>
 */
public final class OntologySource {
    private final Path dir;
    private volatile Graph fromFiles;

    /** @param dir the ontology directory, or null for "store only" */
    public OntologySource(Path dir) {
        this.dir = dir;
    }

    /** The ontology graph (possibly empty, never null). */
    public Graph graph(DatasetGraph dsg) {
        if (dsg.containsGraph(KgTerms.ONTOLOGY_GRAPH)) {
            Graph g = dsg.getGraph(KgTerms.ONTOLOGY_GRAPH);
            if (!g.isEmpty())
                return g;
        }
        return files();
    }

    private Graph files() {
        Graph g = fromFiles;
        if (g == null) {
            g = GraphFactory.createDefaultGraph();
            if (dir != null && Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    for (Path f : s.filter(p -> p.toString().endsWith(".ttl")).sorted().toList())
                        RDFParser.source(f).parse(g);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            fromFiles = g;
        }
        return g;
    }
}
