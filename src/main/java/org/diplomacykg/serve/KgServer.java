package org.diplomacykg.serve;

import java.net.URI;
import java.util.Objects;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.system.FusekiLogging;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplomacykg.store.LabelTextIndex;
import org.diplomacykg.store.DerivedGraph;
import org.diplomacykg.store.PreferredLabels;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The running knowledge-graph server: Fuseki over the TDB2 store plus the linked-data pages.
 * This is what {@code dkg serve} starts.
 *
 * <pre>{@code
 * try (KgServer server = KgServer.start(ServeConfig.builder().store(Path.of("data/store")).build())) {
 *     System.out.println("Serving at " + server.url());
 *     server.join();                        // until Ctrl-C (a shutdown hook calls close())
 * }
 * }</pre>
 */
public final class KgServer implements AutoCloseable {
    private final FusekiServer fuseki;
    /** The dataset as given or opened. */
    private final DatasetGraph given;
    /** What is served: {@link #given} with the text index of names find-entity searches. */
    private final DatasetGraph dsg;
    private final boolean ownsDataset;
    private final ServeConfig config;
    private volatile boolean closed;

    private KgServer(FusekiServer fuseki, DatasetGraph given, DatasetGraph dsg, boolean ownsDataset, ServeConfig config) {
        this.fuseki = fuseki;
        this.given = given;
        this.dsg = dsg;
        this.ownsDataset = ownsDataset;
        this.config = config;
    }

    /**
     * Opens the TDB2 store at {@code config.store()} and serves it. The store stays locked to this
     * process until {@link #close()}.
     */
    public static KgServer start(ServeConfig config) {
        Objects.requireNonNull(config.store(), "store");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(config.store().toString());
        try {
            return start(dsg, config, true);
        } catch (RuntimeException e) {
            TDBInternal.expel(dsg);
            throw e;
        }
    }

    /**
     * Serves a dataset the caller opened (and will close); {@code config.store()} is ignored. A
     * dataset without the text index of names ({@link LabelTextIndex}: not from {@code KgStore})
     * gets it attached.
     */
    public static KgServer start(DatasetGraph dsg, ServeConfig config) {
        return start(dsg, config, false);
    }

    private static KgServer start(DatasetGraph given, ServeConfig config, boolean owns) {
        FusekiLogging.setLogging();
        DatasetGraph dsg = LabelTextIndex.attach(given, System.err::println);
        // a store loaded before the labels graph existed gets it now: the saved queries and
        // pages name things by their skos:prefLabel
        Txn.executeWrite(dsg, () -> {
            if (PreferredLabels.missing(dsg)) {
                PreferredLabels.rebuild(dsg);
            }
            // and the derived graph, which saved queries read for what they sort or count
            if (DerivedGraph.missing(dsg)) {
                DerivedGraph.rebuild(dsg);
            }
        });
        FusekiServer server = FusekiAssembly.build(dsg, config);
        server.start();
        return new KgServer(server, given, dsg, owns, config);
    }

    /** The port actually listened on (useful with port 0). */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's own base URL, e.g. {@code http://127.0.0.1:3030/}. */
    public URI url() {
        String host = config.host().equals("0.0.0.0") || config.host().equals("*") ? "127.0.0.1" : config.host();
        if (host.contains(":") && !host.startsWith("["))
            host = "[" + host + "]";
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** The dataset URL ({@code …/kg}): SPARQL at {@code /kg/sparql}, GSP at {@code /kg/data}. */
    public URI datasetUrl() {
        return url().resolve(ServeConfig.DATASET);
    }

    /** Where the public copy lives: {@code --base-url}, or {@link #url()}. */
    public URI publicUrl() {
        return config.baseUrl() != null ? config.baseUrl() : url();
    }

    public DatasetGraph dataset() {
        return dsg;
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server and, if it opened the store, releases it. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed)
            return;
        closed = true;
        fuseki.stop();
        if (ownsDataset)
            TDBInternal.expel(given);
    }

}
