package org.diplomacykg.pipeline;

import org.diplomacykg.article.RejectedInputException;

/**
 * Runs the per-article pipeline of {@link ArticleGraphBuilder} (read, extract, write RDF,
 * validate) over many files and writes N-Quads shards instead of a store, for
 * {@code dkg extract}: {@code OUT/graphs/} holds the shards (one named graph per article, as
 * {@code dkg load} stores it) and {@code OUT/rejected.txt} one line per rejected file, with the
 * reasons {@code dkg load} gives. {@link LocalExtraction} runs in this process; the Spark engine
 * (in {@code dkg-spark.jar} only) is found with {@link java.util.ServiceLoader}.
 */
public interface ExtractionEngine {
    /** Shards go here under {@code OUT}. */
    String GRAPHS_FOLDER = "graphs";
    /** The report of rejected files under {@code OUT}. */
    String REJECTED_FILE = "rejected.txt";

    /** The name {@code --engine} takes. */
    String name();

    /**
     * @throws RejectedInputException when the job cannot start: the output exists already, or
     *                                the engine cannot read the named locations
     */
    ExtractionReport extract(ExtractionJob job) throws RejectedInputException;
}
