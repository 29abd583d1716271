package org.diplomacykg.document;

/**
 * The text is over one of the {@link TextLimits}; found while splitting, before any annotator
 * ran. The message is the one-line reason, without the file name.
 */
public final class TextTooLongException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TextTooLongException(String reason) {
        super(reason);
    }
}
