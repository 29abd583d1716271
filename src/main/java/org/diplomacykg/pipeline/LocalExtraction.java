package org.diplomacykg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.article.RejectedInputException;
import org.diplomacykg.store.NQuadsShardTarget;

/**
 * The extraction engine of the everyday jar: the loader's own workers ({@link ArticleLoader},
 * same order, same rejections) write one shard, {@code OUT/graphs/part-00000.nq}, instead of
 * a store.
 */
public final class LocalExtraction implements ExtractionEngine {
    @Override
    public String name() {
        return "local";
    }

    @Override
    public ExtractionReport extract(ExtractionJob job) throws RejectedInputException {
        Path out = Path.of(job.out());
        refuseUsedOutput(out);
        List<Path> inputs = new ArrayList<>();
        for (String input : job.inputs()) {
            if (input.matches("[A-Za-z][A-Za-z0-9+.-]*://.*")) {
                throw new RejectedInputException(input, "the local engine reads local files only; "
                        + "a file system URI needs --engine spark (dkg-spark.jar)");
            }
            inputs.add(Path.of(input));
        }
        List<String> rejected = new ArrayList<>();
        ArticleLoader loader = new ArticleLoader(() -> new ArticleGraphBuilder(job.articleBudget()), job.threads(),
                r -> {
                    rejected.add(r.userMessage());
                    job.onReject().accept(r.userMessage());
                },
                Progress.NONE, job.onWarning());
        Path shard = out.resolve(GRAPHS_FOLDER).resolve("part-00000.nq");
        LoadReport report;
        try (NQuadsShardTarget target = new NQuadsShardTarget(shard)) {
            report = loader.load(inputs, target);
            Files.write(out.resolve(REJECTED_FILE), rejected, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ExtractionReport(report.added(), out.resolve(GRAPHS_FOLDER).toString(), rejected);
    }

    /** Shards of two runs are never mixed: the output must be new or empty. */
    static void refuseUsedOutput(Path out) throws RejectedInputException {
        if (!Files.exists(out)) {
            return;
        }
        if (!Files.isDirectory(out)) {
            throw new RejectedInputException(out.toString(), "exists and is not a directory; name a new directory for --out");
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new RejectedInputException(out.toString(),
                        "already exists and is not empty; name a new directory for --out (shards of two runs are never mixed)");
            }
        } catch (IOException e) {
            throw new RejectedInputException(out.toString(), "cannot be read: " + e.getMessage());
        }
    }
}
