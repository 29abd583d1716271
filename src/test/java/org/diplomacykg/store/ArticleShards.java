package org.diplomacykg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/** Article graphs written as one N-Quads shard, as {@code dkg extract} writes them, for the shard loaders' tests. */
final class ArticleShards {
    private ArticleShards() {}

    static void write(Path shard, List<ArticleGraph> articles) throws IOException {
        DatasetGraph ds = DatasetGraphFactory.create();
        articles.forEach(ag -> ag.graph().find().forEachRemaining(t -> ds.add(ag.name(), t.getSubject(), t.getPredicate(), t.getObject())));
        try (OutputStream out = Files.newOutputStream(shard)) {
            RDFDataMgr.write(out, ds, RDFFormat.NQUADS);
        }
    }
}
