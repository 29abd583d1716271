package org.diplomacykg.cli;

import java.net.BindException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.diplomacykg.serve.KgServer;
import org.diplomacykg.serve.ServeConfig;
import org.diplomacykg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dkg serve}: Fuseki and the linked-data pages over the store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the store: SPARQL at /kg/sparql, linked-data pages for every IRI, the Fuseki UI at /ui/.",
                "Runs until stopped (Ctrl-C stops it cleanly). Writes (SPARQL Update, Graph Store PUT/POST/DELETE)",
                "are off unless --update is given, and then need HTTP Basic credentials from --password-file."},
        footer = {"", "Exit codes: 0 stopped, 1 failure (e.g. port in use), 2 usage, 3 store or password file unusable."})
public class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verboseOption;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port (0: any free port). Default: ${DEFAULT-VALUE}")
    int port;
    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Interface to listen on; 0.0.0.0 for all. Default: ${DEFAULT-VALUE}")
    String host;
    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where the public copy of this server lives (used in the dataset description and links).")
    URI baseUrl;
    @Option(names = "--timeout", defaultValue = "30s", converter = DurationConverter.class,
            description = "Query time limit (e.g. 30s, 2m). Default: ${DEFAULT-VALUE}")
    Duration timeout;
    @Option(names = "--update", description = "Offer SPARQL Update and Graph Store writes (needs --password-file).")
    boolean update;
    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Users allowed to write, one 'user: password' per line (Jetty realm format).")
    Path passwordFile;
    @Option(names = "--admin", description = "Offer Fuseki's admin operations (backup, compact, tasks) to users of --password-file.")
    boolean admin;
    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "1048576",
            description = "Largest request body or query string accepted (larger: 413). Default: ${DEFAULT-VALUE}")
    long maxRequestBytes;
    @Option(names = "--articles", paramLabel = "DIR", defaultValue = "seeds", split = ",",
            description = "Directories holding the article files, to show their text. Default: ${DEFAULT-VALUE}")
    List<Path> articleDirs;
    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Saved queries (*.rq) for the landing page and /queries/NAME; without *.rq files there, the packaged ones. Default: ${DEFAULT-VALUE}")
    Path queriesDir;

    /** The running server, once started (for tests that stop it). */
    volatile KgServer running;
    private final AtomicBoolean stopped = new AtomicBoolean();

    @Override
    public Integer call() {
        ServeConfig config = config();
        KgStore store = storeOptions.openForServe();
        KgServer server;
        try {
            server = KgServer.start(store.dataset(), config);
        } catch (RuntimeException e) {
            store.close();
            throw startFailure(e);
        }
        running = server;
        KgStore.noteServer(store.directory(), server.datasetUrl().toString());
        Thread hook = new Thread(() -> stop(server, store), "dkg-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        var out = spec.commandLine().getOut();
        out.println("dkg serve: " + server.url() + " (SPARQL " + server.url() + "kg/sparql, UI " + server.url()
                + "ui/" + (update ? ", writes need a password" : ", read-only") + "); Ctrl-C stops");
        out.flush();
        server.join();
        stop(server, store);
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing more to do
        }
        return ExitCodes.OK;
    }

    private ServeConfig config() {
        if (update && passwordFile == null)
            throw new ParameterException(spec.commandLine(), "--update needs --password-file FILE");
        if (admin && passwordFile == null)
            throw new ParameterException(spec.commandLine(), "--admin needs --password-file FILE");
        if (passwordFile != null && !Files.isReadable(passwordFile))
            throw new DkgException(ExitCodes.INPUT_REJECTED, passwordFile + ": password file not readable");
        try {
            return ServeConfig.builder().store(storeOptions.store).host(host).port(port).baseUrl(baseUrl)
                    .timeout(timeout).update(update).passwordFile(passwordFile).articleDirs(articleDirs)
                    .queriesDir(queriesDir).admin(admin).maxRequestBytes(maxRequestBytes).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private DkgException startFailure(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause())
            if (t instanceof BindException)
                return new DkgException(ExitCodes.FAILURE, "cannot listen on " + host + ":" + port + " (" + t.getMessage()
                        + "); is another server running? Choose another --port", e);
        return new DkgException(ExitCodes.FAILURE, "the server did not start: " + e.getMessage(), e);
    }

    private void stop(KgServer server, KgStore store) {
        if (stopped.compareAndSet(false, true)) {
            KgStore.forgetServer(store.directory());
            server.close();
            store.close();
        }
    }
}
