package org.diplomacykg.serve;

import java.time.Duration;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.diplomacykg.query.QueryRunner;

/**
 * Fuseki's SPARQL query operation, with {@link QueryShapeCheck} in front: a query whose parse
 * would outlast half the timeout is stopped with 503 (Fuseki's own parse of the same text takes
 * about as long again, so both together stay within the timeout), one too large or too deeply
 * nested to plan is refused with 400 and one line. A query that fails with a NullPointerException
 * at its time limit (Jena 5.6, closing a cancelled hash join) is answered as a timeout: 503 and one
 * line. The rest is Fuseki's, unchanged.
 */
final class BoundedQueryProcessor extends SPARQL_QueryDataset {
    private final Duration timeout;
    private final int maxParts;

    BoundedQueryProcessor(Duration timeout, int maxParts) {
        this.timeout = timeout;
        this.maxParts = maxParts;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        long deadline = System.nanoTime() + timeout.toNanos() / 2;
        QueryShapeCheck.Refusal refusal = QueryShapeCheck.refusal(queryString, deadline, maxParts);
        if (refusal != null) {
            if (refusal.verdict() == QueryShapeCheck.Verdict.TIMED_OUT)
                ServletOps.error(503, refusal.message());
            ServletOps.errorBadRequest(refusal.message());
        }
        long started = System.nanoTime();
        try {
            super.execute(queryString, action);
        } catch (NullPointerException e) {
            // Jena 5.6's hash join can fail so while closing a query its time limit cancelled: that is
            // the timeout, answered as Fuseki answers one (503, one line), not a 500 with a stack trace
            if (QueryRunner.stoppedAtTimeLimit(started, timeout) && !action.getResponse().isCommitted())
                ServletOps.error(503, "Query timed out");
            throw e;
        }
    }
}
