package org.diplomacykg.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * What {@code dkg extract} asks of an engine.
 *
 * @param inputs    article files and directories (local paths; any Hadoop file system URI for Spark)
 * @param out       the output directory, which must not exist yet or be empty
 * @param master    the Spark master URL, or null for the engine's default
 * @param threads   workers of the local engine
 * @param articleBudget the time one article may take from text to graph, as in {@code dkg load}
 * @param onReject  told each rejected file as {@code PATH: reason}
 * @param onWarning told each warning as {@code PATH: warning}
 */
public record ExtractionJob(List<String> inputs, String out, String master, int threads, Duration articleBudget,
                            Consumer<String> onReject, Consumer<String> onWarning) {
    public ExtractionJob {
        inputs = List.copyOf(inputs);
    }
}
