package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomacykg.pipeline.ArticleGraphBuilder;
import org.diplomacykg.pipeline.ArticleLoader;
import org.diplomacykg.pipeline.LoadReport;
import org.diplomacykg.pipeline.Progress;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.NQuadsShardLoader;
import org.diplomacykg.store.RemoteArticleTarget;
import org.diplomacykg.store.RemoteGraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dkg load}: articles into the store, one named graph each. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Read articles, extract their facts, validate and store one named graph per article.",
                "Directories are searched recursively for *.txt. Unchanged files are skipped; changed ones replace their graph.",
                "With --nquads, store the N-Quads shards that 'dkg extract' wrote instead."},
        footer = {"", "Exit codes: 0 all loaded, 1 failure, 2 usage, 3 some input rejected (the rest still loaded)."})
public class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verboseOption;
    @Mixin
    ArticleTimeoutOption articleTimeout;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
            description = "Article files or directories of them (with --nquads: shard files or directories of them).")
    List<Path> inputs;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Load into a running 'dkg serve --update' instead of a local store: its dataset URL, "
                    + "e.g. http://localhost:3030/kg. Each article graph is replaced with a Graph Store PUT.")
    URI endpoint;
    @Option(names = "--user", paramLabel = "U", description = "User name for --endpoint (from the server's password file).")
    String user;
    @Option(names = "--password-file", paramLabel = "F",
            description = "File whose first line is the password for --user.")
    Path passwordFile;

    @Option(names = "--threads", paramLabel = "N",
            description = "Workers that read, extract and validate articles in parallel (default: one per core, ${DEFAULT-VALUE}). "
                    + "One writer stores their graphs in input order, so the store is the same for any N.")
    int threads = ArticleLoader.defaultWorkers();

    @Option(names = "--nquads",
            description = "Load N-Quads shards written by 'dkg extract' (*.nq, *.nq.gz, part-* files), each checked in full first: "
                    + "into a store without articles with TDB2's parallel bulk loader, otherwise replacing their graphs in one "
                    + "write transaction. Article hashes are kept, so a later 'dkg load' of the same files finds them unchanged.")
    boolean nquads;

    @Override
    public Integer call() {
        if (nquads) {
            return loadShards(spec.commandLine().getOut());
        }
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        Progress progress = System.console() != null ? Progress.onTerminal(err) : Progress.NONE;
        Duration budget = articleTimeout.checked(spec);
        ArticleLoader loader = new ArticleLoader(
                () -> new ArticleGraphBuilder(budget), threads,
                rejected -> {
                    err.println("dkg: " + rejected.userMessage());
                    err.flush();
                },
                progress,
                warning -> {
                    err.println("dkg: warning: " + warning);
                    err.flush();
                });
        if (endpoint != null) {
            return loadRemote(loader, out);
        }
        if (user != null || passwordFile != null) {
            throw new ParameterException(spec.commandLine(), "--user and --password-file go with --endpoint");
        }
        try (KgStore store = storeOptions.openForLoad()) {
            LoadReport report = loader.load(inputs, store);
            // Store totals need a scan of every quad; 'dkg info' gives them, a load does not pay for them.
            out.println("loaded into " + store.directory() + ": " + report.summary());
            out.flush();
            return exitCode(report);
        }
    }

    private int loadShards(PrintWriter out) {
        if (endpoint != null) {
            throw new ParameterException(spec.commandLine(), "--nquads loads into a local store, not an --endpoint "
                    + "(POST the shards to the server's Graph Store endpoint instead; see the README)");
        }
        var err = spec.commandLine().getErr();
        NQuadsShardLoader loader = new NQuadsShardLoader(rejected -> {
            err.println("dkg: " + rejected.userMessage());
            err.flush();
        });
        try (KgStore store = storeOptions.openForLoad()) {
            NQuadsShardLoader.Report report = loader.load(inputs, store);
            out.println("loaded into " + store.directory() + ": " + report.summary());
            out.flush();
            return report.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_REJECTED;
        }
    }

    private int loadRemote(ArticleLoader loader, PrintWriter out) {
        if (spec.commandLine().getParseResult().hasMatchedOption("--store")) {
            throw new ParameterException(spec.commandLine(), "--store and --endpoint cannot be used together");
        }
        if (user == null || passwordFile == null) {
            throw new ParameterException(spec.commandLine(), "--endpoint needs --user and --password-file");
        }
        String password;
        try {
            password = RemoteGraphStore.readPasswordFile(passwordFile);
        } catch (RuntimeException e) {
            throw new DkgException(ExitCodes.INPUT_REJECTED, passwordFile + ": " + e.getMessage(), e);
        }
        try (RemoteGraphStore remote = RemoteGraphStore.connect(endpoint, user, password)) {
            LoadReport report = loader.load(inputs, new RemoteArticleTarget(remote));
            out.println("loaded into " + remote.endpoint() + ": " + report.summary());
            out.flush();
            return exitCode(report);
        } catch (RemoteGraphStore.RemoteStoreException e) {
            throw new DkgException(ExitCodes.FAILURE, e.getMessage(), e);
        }
    }

    private static int exitCode(LoadReport report) {
        return report.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_REJECTED;
    }
}
