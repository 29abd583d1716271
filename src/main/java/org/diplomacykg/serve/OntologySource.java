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
import org.diplomacykg.rdf.OntologyFiles;

/**
 * Where the ontology is read from: its named graph {@code https://w3id.org/diplomacy-kg/ontology}
 * in the store when that is loaded, else the Turtle files of the given directory, else the
 * ontology files packed into the jar (read once). Call {@link #graph(DatasetGraph)} inside a read transaction.
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
            if (dir == null || !Files.isDirectory(dir)) {
                g = fromClasspath();
            } else {
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

    /** The ontology files the build packs into the jar, or an empty graph when there are none. */
    private static Graph fromClasspath() {
        try {
            return OntologyFiles.ontologyGraph();
        } catch (IllegalStateException missing) {
            return GraphFactory.createDefaultGraph();
        }
    }
}
