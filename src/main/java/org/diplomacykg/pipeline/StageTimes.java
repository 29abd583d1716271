package org.diplomacykg.pipeline;

import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each step of building article graphs, summed over every worker thread. It is
 * the seam for telling the cost of the document step (where a parser such as CoreNLP runs)
 * apart from the whole load: {@code dkg bench} prints these sums beside the wall-clock time.
 */
public final class StageTimes {
    private final LongAdder read = new LongAdder();
    private final LongAdder document = new LongAdder();
    private final LongAdder extract = new LongAdder();
    private final LongAdder rdf = new LongAdder();
    private final LongAdder validate = new LongAdder();

    void addRead(long nanos) {
        read.add(nanos);
    }

    void addDocument(long nanos) {
        document.add(nanos);
    }

    void addExtract(long nanos) {
        extract.add(nanos);
    }

    void addRdf(long nanos) {
        rdf.add(nanos);
    }

    void addValidate(long nanos) {
        validate.add(nanos);
    }

    /** Reading and decoding files, finding metadata and body blocks. */
    public double readSeconds() {
        return read.sum() / 1e9;
    }

    /** Sentences and offsets: the step a parser's annotators will take over. */
    public double documentSeconds() {
        return document.sum() / 1e9;
    }

    /** Mention and fact rules. */
    public double extractSeconds() {
        return extract.sum() / 1e9;
    }

    /** Records to triples. */
    public double rdfSeconds() {
        return rdf.sum() / 1e9;
    }

    /** SHACL validation of each graph. */
    public double validateSeconds() {
        return validate.sum() / 1e9;
    }
}
