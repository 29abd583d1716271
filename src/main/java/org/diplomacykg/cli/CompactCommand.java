package org.diplomacykg.cli;

import java.util.concurrent.Callable;
import org.diplomacykg.store.KgStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg compact}: the store rewritten without the dead blocks that replaced graphs leave behind. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compact the store: write its live data into a new generation (Data-NNNN) and delete the old one.",
                "TDB2 keeps the old copy of every block a write transaction changes; after loads that replaced graphs,",
                "this brings the store back to about the size of a bulk load. Needs the store's lock (stop 'dkg serve')."},
        footer = {"", "Exit codes: 0 compacted, 1 failure, 3 the store cannot be used."})
public class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verboseOption;

    @Override
    public Integer call() {
        try (KgStore store = storeOptions.open()) {
            long before = store.diskBytes();
            store.compact();
            long after = store.diskBytes();
            var out = spec.commandLine().getOut();
            out.printf("compacted %s: %.1f MB -> %.1f MB%n", store.directory(), before / 1e6, after / 1e6);
            out.flush();
            return ExitCodes.OK;
        }
    }
}
