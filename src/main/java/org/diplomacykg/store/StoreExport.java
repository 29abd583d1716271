package org.diplomacykg.store;

import java.io.OutputStream;
import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Streams the store's named graphs out as N-Quads or TriG inside one read transaction, so the
 * export is a consistent snapshot and never held in memory.
 */
public final class StoreExport {
    public enum Format {
        nquads(RDFFormat.NQUADS), trig(RDFFormat.TRIG_BLOCKS);

        final RDFFormat rdfFormat;

        Format(RDFFormat rdfFormat) {
            this.rdfFormat = rdfFormat;
        }
    }

    private final KgStore store;

    public StoreExport(KgStore store) {
        this.store = store;
    }

    public boolean hasGraph(Node graphName) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(graphName)
                && !store.dataset().getGraph(graphName).isEmpty());
    }

    /** Writes every named graph, or only {@code graphName} when it is not null. */
    public void write(OutputStream out, Format format, Node graphName) {
        Txn.executeRead(store.dataset(), () -> {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat);
            stream.start();
            if (format == Format.trig) {
                Prefixes.STANDARD.forEach(stream::prefix);
            }
            Iterator<Quad> quads = store.dataset().find(graphName == null ? Node.ANY : graphName, Node.ANY, Node.ANY, Node.ANY);
            StreamRDFOps.sendQuadsToStream(quads, stream);
            stream.finish();
        });
    }
}
