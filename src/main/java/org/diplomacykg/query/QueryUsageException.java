package org.diplomacykg.query;

/**
 * The user asked for something that cannot be run: an unknown query or parameter, a missing or
 * malformed parameter value, a query file with a syntax error. The message is one line.
 * The command line maps it to exit code 2.
 */
public class QueryUsageException extends RuntimeException {
    public QueryUsageException(String message) {
        super(message);
    }

    public QueryUsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
