package org.diplomacykg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomacykg.pipeline.ArticleGraphBuilder;
import org.diplomacykg.pipeline.ArticleLoader;
import org.diplomacykg.pipeline.LoadReport;
import org.diplomacykg.pipeline.Progress;
import org.diplomacykg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dkg load}: articles into the store, one named graph each. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Read articles, extract their facts, validate and store one named graph per article.",
                "Directories are searched recursively for *.txt. Unchanged files are skipped; changed ones replace their graph."},
        footer = {"", "Exit codes: 0 all loaded, 1 failure, 2 usage, 3 some input rejected (the rest still loaded)."})
public class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verboseOption;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files or directories of them.")
    List<Path> inputs;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        var out = spec.commandLine().getOut();
        Progress progress = System.console() != null ? Progress.onTerminal(err) : Progress.NONE;
        ArticleLoader loader = new ArticleLoader(
                new ArticleGraphBuilder(),
                rejected -> {
                    err.println("dkg: " + rejected.userMessage());
                    err.flush();
                },
                progress);
        try (KgStore store = storeOptions.open()) {
            LoadReport report = loader.load(inputs, store);
            out.println("loaded into " + store.directory() + ": " + report.summary() + "; "
                    + store.articleGraphs().size() + " articles, " + store.quadCount() + " quads in the store");
            out.flush();
            return report.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_REJECTED;
        }
    }
}
