package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.diplomacykg.rdf.ArticleGraphValidator;
import org.diplomacykg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dkg validate}: SHACL report over every article graph in the store. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every article graph in the store against ontology/shapes.ttl.",
        footer = {"", "Exit codes: 0 every graph conforms, 1 violations found."})
public class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verboseOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ArticleGraphValidator validator = new ArticleGraphValidator();
        int graphs = 0;
        int failing = 0;
        int warnings = 0;
        try (KgStore store = storeOptions.open()) {
            for (Node g : store.articleGraphs()) {
                graphs++;
                ValidationReport report = validator.validate(store.copyOf(g));
                boolean violations = ArticleGraphValidator.hasViolations(report);
                if (violations) {
                    failing++;
                }
                for (var entry : report.getEntries()) {
                    if (!violations && entry.severity().level().getLocalName().equals("Violation")) {
                        continue;
                    }
                    if (!entry.severity().level().getLocalName().equals("Violation")) {
                        warnings++;
                    }
                    out.println(g.getURI() + ": " + ArticleGraphValidator.describe(entry));
                }
            }
        }
        out.printf("%d article graphs checked: %d conform, %d with violations, %d warnings%n",
                graphs, graphs - failing, failing, warnings);
        out.flush();
        return failing == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
