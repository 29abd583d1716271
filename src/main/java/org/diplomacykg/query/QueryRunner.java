package org.diplomacykg.query;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.resultset.ResultSetException;
import org.apache.jena.system.Txn;

/**
 * Runs a bound query, either on the local TDB2 dataset (inside a read transaction, over the
 * union default graph) or on a remote SPARQL endpoint, and brings the whole answer back in memory.
 * Failures to get an answer (timeouts, unreachable or failing endpoints) become a
 * {@link QueryFailedException} with one line saying what happened.
 *
 * <pre>
 * QueryResult r = QueryRunner.local(store.dataset(), Duration.ofSeconds(60)).run(query);
 * QueryResult r = QueryRunner.remote("http://localhost:3030/kg", Duration.ofSeconds(60)).run(query);
 * </pre>
 */
public abstract class QueryRunner {
    protected final Duration timeout;

    private QueryRunner(Duration timeout) {
        this.timeout = timeout;
    }

    /** Queries over a TDB2 dataset (one read transaction per query). */
    public static QueryRunner local(DatasetGraph dsg, Duration timeout) {
        return new Local(dsg, timeout);
    }

    /** Queries sent to a SPARQL endpoint (the dataset URL of a Fuseki server, or any query service). */
    public static QueryRunner remote(String endpoint, Duration timeout) {
        return new Remote(endpoint, timeout);
    }

    public final QueryResult run(Query query) {
        long started = System.nanoTime();
        try {
            return execute(query);
        } catch (QueryCancelledException e) {
            throw new QueryFailedException("query timed out after " + seconds() + " (use --timeout to allow longer)", e);
        } catch (NullPointerException e) {
            if (stoppedAtTimeLimit(started, timeout)) {
                throw new QueryFailedException("query timed out after " + seconds() + " (use --timeout to allow longer)", e);
            }
            throw e;
        }
    }

    /**
     * Whether a query that failed with a {@link NullPointerException} had run into its time limit.
     * Jena 5.6's hash join can throw one while the query it belongs to is being closed after the
     * time limit cancelled it (seen on {@code awards} at 10k articles: HTTP 500 with a stack trace);
     * the failure is then the timeout, and is reported as one.
     */
    public static boolean stoppedAtTimeLimit(long startedNanos, Duration timeout) {
        return System.nanoTime() - startedNanos >= timeout.toNanos() * 9 / 10;
    }

    protected abstract QueryResult execute(Query query);

    protected String seconds() {
        return timeout.toSeconds() + " s";
    }

    static QueryResult collect(QueryExecution qe, Query query) {
        if (query.isSelectType()) {
            return new QueryResult.Rows(ResultSetFactory.copyResults(qe.execSelect()));
        }
        if (query.isAskType()) {
            return new QueryResult.Bool(qe.execAsk());
        }
        if (query.isConstructType()) {
            return new QueryResult.Triples(qe.execConstruct());
        }
        return new QueryResult.Triples(qe.execDescribe());
    }

    private static final class Local extends QueryRunner {
        private final DatasetGraph dsg;

        Local(DatasetGraph dsg, Duration timeout) {
            super(timeout);
            this.dsg = dsg;
        }

        @Override
        protected QueryResult execute(Query query) {
            return Txn.calculateRead(dsg, () -> {
                try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query)
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    return collect(qe, query);
                }
            });
        }
    }

    private static final class Remote extends QueryRunner {
        private final String endpoint;

        Remote(String endpoint, Duration timeout) {
            super(timeout);
            this.endpoint = endpoint;
        }

        @Override
        protected QueryResult execute(Query query) {
            long start = System.nanoTime();
            try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(query)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return collect(qe, query);
            } catch (QueryExceptionHTTP | HttpException e) {
                throw new QueryFailedException(describe(e), e);
            } catch (ResultSetException | RiotException | JsonException e) {
                if (cutInTheMiddle(e))
                    throw new QueryFailedException("the server stopped the query at its time limit (after "
                            + Math.round((System.nanoTime() - start) / 1e9) + " s, while sending rows); add a LIMIT or narrow the query", e);
                throw new QueryFailedException("endpoint " + endpoint + " did not answer with SPARQL results ("
                        + oneLine(e.getMessage()) + ")", e);
            }
        }

        /**
         * Fuseki streams SELECT rows as it finds them; when its time limit strikes it can only
         * stop, leaving a JSON document that ends inside the bindings (or a closed connection).
         */
        private static boolean cutInTheMiddle(RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                String m = String.valueOf(t.getMessage());
                if (m.contains("results.bindings[") || t instanceof java.io.EOFException || t instanceof java.io.IOException)
                    return true;
            }
            return false;
        }

        private String describe(RuntimeException e) {
            int status = e instanceof QueryExceptionHTTP q ? q.getStatusCode()
                    : ((HttpException) e).getStatusCode();
            if (status > 0) {
                String line = e instanceof QueryExceptionHTTP q ? q.getStatusLine() : ((HttpException) e).getStatusLine();
                return "endpoint " + endpoint + " answered HTTP " + status
                        + (line == null || line.isBlank() || line.equals(String.valueOf(status)) ? "" : " " + oneLine(line));
            }
            if (causedBy(e, UnknownHostException.class) || causedBy(e, UnresolvedAddressException.class)) {
                return "cannot connect to endpoint " + endpoint + " (unknown host)";
            }
            if (causedBy(e, HttpConnectTimeoutException.class)) {
                return "cannot connect to endpoint " + endpoint + " (connection timed out)";
            }
            if (causedBy(e, HttpTimeoutException.class)) {
                return "no answer from endpoint " + endpoint + " within " + seconds() + " (use --timeout to allow longer)";
            }
            if (causedBy(e, ConnectException.class)) {
                return "cannot connect to endpoint " + endpoint + " (connection refused: is the server running?)";
            }
            return "cannot query endpoint " + endpoint + " (" + oneLine(String.valueOf(e.getMessage())) + ")";
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().split("\r?\n", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
