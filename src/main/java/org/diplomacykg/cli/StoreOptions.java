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

    /**
     * Opens the store to read it, or ends the command with exit code 3 and the reason; a store held
     * by a server suggests querying the server instead.
     */
    KgStore open() {
        return open(url -> "stop it, or query the running server with: dkg query NAME --endpoint " + url);
    }

    /** Opens the store to load into it; a store held by a server suggests loading through the server. */
    KgStore openForLoad() {
        return open(url -> "stop it, or load into the running server with: dkg load --endpoint " + url
                + " --user U --password-file F FILE...");
    }

    /** Opens the store to serve it; a store held by another server can only be stopped. */
    KgStore openForServe() {
        return open(url -> "stop it first, or use that server");
    }

    private KgStore open(java.util.function.UnaryOperator<String> whatToDo) {
        try {
            return KgStore.open(store, System.err::println);
        } catch (StoreUnavailableException e) {
            if (!e.locked())
                throw new DkgException(ExitCodes.INPUT_REJECTED, e.getMessage(), e);
            String hint = whatToDo.apply(e.serverUrl().orElse("http://HOST:PORT/kg"));
            throw new DkgException(ExitCodes.INPUT_REJECTED, e.getMessage() + "; " + hint, e);
        }
    }
}
