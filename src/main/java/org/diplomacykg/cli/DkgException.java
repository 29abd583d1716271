package org.diplomacykg.cli;

/**
 * Ends a command with a one-line message and an exit code from {@link ExitCodes}. Commands
 * throw it; {@link DkgMain} prints the message (the stack trace only with {@code --verbose}).
 */
public class DkgException extends RuntimeException {
    private final int exitCode;

    public DkgException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public DkgException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
