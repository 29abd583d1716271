package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreStatistics;
import org.diplomacykg.store.StoreStatistics.GraphCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dkg info}: what the store holds, per article graph and in total. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Articles in the store with their date and counts of triples, entities, events, commitments, projects.")
public class InfoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verboseOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KgStore store = storeOptions.open()) {
            List<GraphCounts> rows = new StoreStatistics(store).perArticle();
            String format = "%-32s %-10s %8s %8s %7s %11s %8s%n";
            out.printf(format, "article", "date", "triples", "entities", "events", "commitments", "projects");
            long[] total = new long[5];
            for (GraphCounts r : rows) {
                out.printf(format, r.file(), r.date(), r.triples(), r.entities(), r.events(), r.commitments(), r.projects());
                total[0] += r.triples();
                total[1] += r.entities();
                total[2] += r.events();
                total[3] += r.commitments();
                total[4] += r.projects();
            }
            out.printf(format, rows.size() + " articles", "", total[0], total[1], total[2], total[3], total[4]);
            out.printf("store %s: %d quads in all graphs (ontology and load records included)%n",
                    store.directory(), store.quadCount());
            out.flush();
            return ExitCodes.OK;
        }
    }
}
