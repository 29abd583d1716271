package org.diplomacykg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.facts.ArticleExtractor;
import org.diplomacykg.pipeline.ArticleGraphBuilder;
import org.diplomacykg.rdf.GazetteerLoader;
import org.diplomacykg.pipeline.ArticleLoader;
import org.diplomacykg.pipeline.Progress;
import org.diplomacykg.store.KgStore;

/**
 * The store built from {@code seeds/} by the real pipeline, made once per test JVM and shared by
 * the serving tests that need real data (the API against {@code dkg query}, evidence anchors,
 * the timeline and network views): loading the five seeds takes tens of seconds.
 */
final class SeedSite {
    static final Path SEEDS = Path.of("seeds");
    private static Path dir;
    private static KgStore store;

    private SeedSite() {}

    /** The store directory (loaded on first use). */
    static synchronized Path storeDir() {
        store();
        return dir.resolve("store");
    }

    static synchronized KgStore store() {
        if (store == null) {
            try {
                dir = Files.createTempDirectory("dkg-seed-site");
                KgStore s = KgStore.open(dir.resolve("store"));
                // the serving tests are not about the per-article time budget: on a busy machine the first
                // article (which also loads CoreNLP's models) can pass the default 20 s
                ArticleGraphBuilder builder = new ArticleGraphBuilder(new ArticleFileReader(),
                        new ArticleExtractor(GazetteerLoader.fromOntology()), Duration.ofMinutes(5));
                new ArticleLoader(builder, r -> {
                    throw new IllegalStateException("seed rejected: " + r.userMessage());
                }, Progress.NONE).load(List.of(SEEDS), s);
                store = s;
                Runtime.getRuntime().addShutdownHook(new Thread(SeedSite::delete));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("cannot build the seed store: " + e.getMessage(), e);
            }
        }
        return store;
    }

    /** A server config for the seed store: a free port, the seeds as article texts, the saved queries of queries/. */
    static ServeConfig.Builder config(Path adminArea) {
        return ServeConfig.builder().port(0).adminArea(adminArea).articleDirs(List.of(SEEDS))
                .queriesDir(Path.of("queries"));
    }

    private static void delete() {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory; the OS cleans it eventually
        }
    }
}
