package org.diplomacykg.store;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/**
 * One article graph as N-Quads, every quad in the article's named graph: the lines of the
 * shards that {@code dkg extract} writes and {@code dkg load --nquads} reads. Article graphs have
 * no blank nodes, so graphs written one by one can share a shard file.
 */
public final class ArticleNQuads {
    private ArticleNQuads() {
    }

    /** The graph's quads, one per line, each line ending with a newline. */
    public static String of(ArticleGraph article) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(article, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Writes the graph's quads to {@code out} (not closed). */
    public static void write(ArticleGraph article, OutputStream out) {
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        stream.start();
        article.graph().find().forEachRemaining(t -> stream.quad(Quad.create(article.name(), t)));
        stream.finish();
    }
}
