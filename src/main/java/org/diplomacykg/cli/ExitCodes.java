package org.diplomacykg.cli;

/**
 * The exit codes of every {@code dkg} command (also in README.md):
 * 0 done; 1 failure (the command could not do its job: a query failed, the graph does not
 * conform, a server cannot be reached); 2 usage (unknown option, bad parameter value);
 * 3 input rejected (an article file, a named path or the store directory could not be used;
 * the other inputs were still processed).
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    public static final int INPUT_REJECTED = 3;

    private ExitCodes() {
    }
}
