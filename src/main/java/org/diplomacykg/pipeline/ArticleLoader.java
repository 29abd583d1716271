package org.diplomacykg.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.diplomacykg.article.ArticleFile;
import org.diplomacykg.article.RejectedInputException;
import org.diplomacykg.rdf.OntologyFiles;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.store.ArticleGraph;
import org.diplomacykg.store.ArticleGraphTarget;

/**
 * Loads article files into a store (local, or a running server). A pool of workers reads,
 * builds and validates the articles (each worker with its own {@link ArticleGraphBuilder},
 * made once, so an expensive extractor is set up once per worker, not per article); their
 * graphs reach the single writer in input order through a bounded window, so the store is the
 * same whatever the number of workers. A file that fails is reported and skipped; the others
 * still load. Unchanged files (same SHA-256 as stored) are not rewritten, so loading the same
 * files twice leaves the store exactly as it was.
 *
 * <p>A load into a store without articles is written in one transaction (as small on disk as a
 * bulk load); later loads write batches of {@link #BATCH_ARTICLES} per transaction.
 */
public final class ArticleLoader {
    /** Articles per write transaction when the store already holds articles. */
    public static final int BATCH_ARTICLES = 200;
    /** Built graphs waiting for the writer, per worker: bounds memory, keeps workers busy. */
    private static final int WINDOW_PER_WORKER = 4;

    private final Supplier<ArticleGraphBuilder> builders;
    private final int workers;
    private final Consumer<RejectedInputException> onReject;
    private final Progress progress;
    private final Consumer<String> onWarning;

    /** One worker, using the given builder. */
    public ArticleLoader(ArticleGraphBuilder builder, Consumer<RejectedInputException> onReject, Progress progress) {
        this(() -> builder, 1, onReject, progress);
    }

    /** One worker; {@code onWarning} is told one line per article that loads but looks wrong. */
    public ArticleLoader(ArticleGraphBuilder builder, Consumer<RejectedInputException> onReject, Progress progress,
                         Consumer<String> onWarning) {
        this(() -> builder, 1, onReject, progress, onWarning);
    }

    /**
     * @param builders called once per worker thread and load, for that worker's builder
     * @param workers  number of worker threads (at least 1)
     */
    public ArticleLoader(Supplier<ArticleGraphBuilder> builders, int workers, Consumer<RejectedInputException> onReject,
            Progress progress) {
        this(builders, workers, onReject, progress, warning -> { });
    }

    /**
     * @param onWarning told one line per article that loads but looks wrong, e.g.
     *                  {@code "a.txt: publication date … is in the future"}
     */
    public ArticleLoader(Supplier<ArticleGraphBuilder> builders, int workers, Consumer<RejectedInputException> onReject,
            Progress progress, Consumer<String> onWarning) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.builders = builders;
        this.workers = workers;
        this.onReject = onReject;
        this.progress = progress;
        this.onWarning = onWarning;
    }

    /** Every core: the writer thread mostly waits, so it does not count as a worker. */
    public static int defaultWorkers() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** What a worker made of one file, in the order of the inputs. */
    private record Outcome(ArticleFile file, ArticleGraph graph, boolean replaces, RejectedInputException rejected,
                           List<String> warnings) {
    }

    public LoadReport load(List<Path> named, ArticleGraphTarget store) {
        store.ensureOntology(OntologyFiles.ontologyGraph());
        ArticleInputs inputs = ArticleInputs.expand(named);
        List<RejectedInputException> rejected = new ArrayList<>();
        inputs.rejected().forEach(r -> reject(rejected, r));
        boolean firstLoad = store.hasNoArticles();
        List<Path> files = inputs.files();
        ExecutorService pool = Executors.newFixedThreadPool(workers, workerThreads());
        try {
            ThreadLocal<ArticleGraphBuilder> builder = ThreadLocal.withInitial(builders);
            Writes writes = new Writes(files, pool, path -> work(builder.get(), path, store, firstLoad), rejected);
            if (firstLoad) {
                store.replace(writes);
            } else {
                while (writes.hasNext()) {
                    store.replace(limit(writes, BATCH_ARTICLES));
                }
            }
            progress.finish();
            return new LoadReport(writes.added, writes.replaced, writes.unchanged, rejected);
        } finally {
            pool.shutdownNow();
        }
    }

    private Outcome work(ArticleGraphBuilder builder, Path path, ArticleGraphTarget store, boolean firstLoad) {
        try {
            ArticleFile file = builder.readFile(path);
            Optional<String> stored = firstLoad ? Optional.empty() : store.storedHash(KG.article(file.stem()).asNode());
            if (stored.isPresent() && stored.get().equals(file.sha256())) {
                return new Outcome(file, null, true, null, List.of());
            }
            // warnings wait for the writer, which tells them in input order whatever the worker that built the file
            List<String> warnings = new ArrayList<>();
            ArticleGraph graph = builder.build(file, warning -> warnings.add(path + ": " + warning));
            return new Outcome(file, graph, stored.isPresent(), null, warnings);
        } catch (RejectedInputException e) {
            return new Outcome(null, null, false, e, List.of());
        }
    }

    /**
     * The writer's side: submits files to the pool no more than a window ahead and hands out
     * the built graphs in input order, counting, reporting rejects and progress as it goes.
     */
    private final class Writes implements Iterator<ArticleGraph> {
        private final Iterator<Path> files;
        private final int total;
        private final ExecutorService pool;
        private final java.util.function.Function<Path, Outcome> task;
        private final List<RejectedInputException> rejected;
        private final ArrayDeque<Future<Outcome>> window = new ArrayDeque<>();
        private final Map<String, Path> seenStems = new HashMap<>();
        private ArticleGraph next;
        int added;
        int replaced;
        int unchanged;
        private int done;

        Writes(List<Path> files, ExecutorService pool, java.util.function.Function<Path, Outcome> task,
                List<RejectedInputException> rejected) {
            this.files = files.iterator();
            this.total = files.size();
            this.pool = pool;
            this.task = task;
            this.rejected = rejected;
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                while (window.size() < workers * WINDOW_PER_WORKER && files.hasNext()) {
                    Path path = files.next();
                    window.add(pool.submit(() -> task.apply(path)));
                }
                if (window.isEmpty()) {
                    return false;
                }
                next = take(window.poll());
                progress.update(++done, total);
            }
            return true;
        }

        @Override
        public ArticleGraph next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ArticleGraph out = next;
            next = null;
            return out;
        }

        /** The graph to write for this outcome, or null when there is nothing to write. */
        private ArticleGraph take(Future<Outcome> future) {
            Outcome o = outcome(future);
            o.warnings().forEach(onWarning);
            if (o.rejected() != null) {
                reject(rejected, o.rejected());
                return null;
            }
            Path earlier = seenStems.putIfAbsent(o.file().stem(), o.file().path());
            if (earlier != null) {
                reject(rejected, new RejectedInputException(o.file().path().toString(),
                        "same file name as " + earlier + " (an article's IRI comes from its file name)"));
                return null;
            }
            if (o.graph() == null) {
                unchanged++;
                return null;
            }
            if (o.replaces()) {
                replaced++;
            } else {
                added++;
            }
            return o.graph();
        }
    }

    private static Outcome outcome(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static <T> Iterator<T> limit(Iterator<T> it, int max) {
        return new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return given < max && it.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                given++;
                return it.next();
            }
        };
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "dkg-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private void reject(List<RejectedInputException> rejected, RejectedInputException e) {
        rejected.add(e);
        onReject.accept(e);
    }
}
