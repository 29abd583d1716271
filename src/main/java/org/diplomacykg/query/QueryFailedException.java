package org.diplomacykg.query;

/**
 * A well-formed query could not be answered: the endpoint is unreachable, answered with an
 * HTTP error, or the query timed out. The message is one line. The command line maps it to exit code 1.
 */
public class QueryFailedException extends RuntimeException {
    public QueryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
