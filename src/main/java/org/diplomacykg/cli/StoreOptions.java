package org.diplomacykg.cli;

import java.nio.file.Path;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreUnavailableException;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that works on a local store. */
public class StoreOptions {
    @Option(names = {"-s", "--store", "--loc"}, paramLabel = "DIR", defaultValue = "data/store",
            description = "TDB2 store directory (created when missing or empty; --loc as in Jena's tdb2 commands). Default: ${DEFAULT-VALUE}")
    Path store;

    /** Opens the store, or ends the command with exit code 3 and the reason. */
    KgStore open() {
        try {
            return KgStore.open(store);
        } catch (StoreUnavailableException e) {
            throw new DkgException(ExitCodes.INPUT_REJECTED, e.getMessage(), e);
        }
    }
}
