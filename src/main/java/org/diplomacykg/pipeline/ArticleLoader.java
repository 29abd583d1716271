package org.diplomacykg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.diplomacykg.article.ArticleFile;
import org.diplomacykg.article.RejectedInputException;
import org.diplomacykg.rdf.OntologyFiles;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.store.ArticleGraph;
import org.diplomacykg.store.ArticleGraphTarget;

/**
 * Loads article files into a store (local, or a running server): each file is read, built and validated on its own, then
 * written with others in batches (one transaction per batch). A file that fails is reported
 * and skipped; the others still load. Unchanged files (same SHA-256 as stored) are not rewritten,
 * so loading the same files twice leaves the store exactly as it was.
 */
public final class ArticleLoader {
    /** Articles per write transaction: large enough to keep TDB2 growth down, small enough for memory. */
    public static final int BATCH_ARTICLES = 200;

    private final ArticleGraphBuilder builder;
    private final Consumer<RejectedInputException> onReject;
    private final Progress progress;
    private final Consumer<String> onWarning;

    public ArticleLoader(ArticleGraphBuilder builder, Consumer<RejectedInputException> onReject, Progress progress) {
        this(builder, onReject, progress, warning -> { });
    }

    /** @param onWarning told one line per article that loads but looks wrong, e.g. {@code "a.txt: publication date … is in the future"} */
    public ArticleLoader(ArticleGraphBuilder builder, Consumer<RejectedInputException> onReject, Progress progress,
                         Consumer<String> onWarning) {
        this.builder = builder;
        this.onReject = onReject;
        this.progress = progress;
        this.onWarning = onWarning;
    }

    public LoadReport load(List<Path> named, ArticleGraphTarget store) {
        store.ensureOntology(OntologyFiles.ontologyGraph());
        ArticleInputs inputs = ArticleInputs.expand(named);
        List<RejectedInputException> rejected = new ArrayList<>();
        inputs.rejected().forEach(r -> reject(rejected, r));
        Map<String, Path> seenStems = new HashMap<>();
        List<ArticleGraph> batch = new ArrayList<>();
        int added = 0;
        int replaced = 0;
        int unchanged = 0;
        int done = 0;
        List<Path> files = inputs.files();
        for (Path path : files) {
            try {
                ArticleFile file = builder.readFile(path);
                Path earlier = seenStems.putIfAbsent(file.stem(), path);
                if (earlier != null) {
                    throw new RejectedInputException(path.toString(),
                            "same file name as " + earlier + " (an article's IRI comes from its file name)");
                }
                Optional<String> stored = store.storedHash(KG.article(file.stem()).asNode());
                if (stored.isPresent() && stored.get().equals(file.sha256())) {
                    unchanged++;
                } else {
                    batch.add(builder.build(file, warning -> onWarning.accept(path + ": " + warning)));
                    if (stored.isPresent()) {
                        replaced++;
                    } else {
                        added++;
                    }
                }
            } catch (RejectedInputException e) {
                reject(rejected, e);
            }
            if (batch.size() >= BATCH_ARTICLES) {
                store.replace(batch);
                batch.clear();
            }
            progress.update(++done, files.size());
        }
        store.replace(batch);
        progress.finish();
        return new LoadReport(added, replaced, unchanged, rejected);
    }

    private void reject(List<RejectedInputException> rejected, RejectedInputException e) {
        rejected.add(e);
        onReject.accept(e);
    }
}
