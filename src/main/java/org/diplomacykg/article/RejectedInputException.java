package org.diplomacykg.article;

/**
 * An input that cannot be used, with a one-line reason meant for the user, for example
 * {@code "not UTF-8 text (invalid byte sequence at byte 1041)"}. The command that catches it
 * prints {@code source: reason} and goes on with the other inputs.
 */
public class RejectedInputException extends Exception {
    private final String source;

    public RejectedInputException(String source, String reason) {
        super(reason);
        this.source = source;
    }

    /** The file or directory that was rejected, as the user named it. */
    public String source() {
        return source;
    }

    /** The line a user sees: {@code seeds/x.txt: empty file}. */
    public String userMessage() {
        return source + ": " + getMessage();
    }
}
