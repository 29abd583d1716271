package org.diplomacykg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Article graphs written to one N-Quads shard file instead of a store (the local engine of
 * {@code dkg extract}). The shard is written under a temporary name and renamed when complete,
 * so a stopped run leaves no shard that looks whole.
 */
public final class NQuadsShardTarget implements ArticleGraphTarget, AutoCloseable {
    private final Path shard;
    private final Path partial;
    private final OutputStream out;
    private long graphs;

    /** Creates {@code shard}'s folder and starts writing; {@link #close()} completes the shard. */
    public NQuadsShardTarget(Path shard) throws IOException {
        this.shard = shard;
        Files.createDirectories(shard.toAbsolutePath().getParent());
        this.partial = shard.resolveSibling("." + shard.getFileName() + ".partial");
        this.out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
    }

    /** A shard has no stored articles: every graph given is written. */
    @Override
    public Optional<String> storedHash(Node articleIri) {
        return Optional.empty();
    }

    @Override
    public boolean hasNoArticles() {
        return true;
    }

    @Override
    public void replace(Iterator<ArticleGraph> articles) {
        while (articles.hasNext()) {
            ArticleNQuads.write(articles.next(), out);
            graphs++;
        }
    }

    /** The ontology is not part of the shards; {@code dkg load --nquads} puts it in place. */
    @Override
    public boolean ensureOntology(Graph ontology) {
        return false;
    }

    @Override
    public String describe() {
        return shard.toString();
    }

    public long graphsWritten() {
        return graphs;
    }

    @Override
    public void close() {
        try {
            out.close();
            Files.move(partial, shard, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
