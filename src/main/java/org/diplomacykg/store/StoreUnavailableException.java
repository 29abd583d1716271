package org.diplomacykg.store;

/**
 * The store directory cannot be used: it is not a TDB2 store, or another process holds it.
 * The message is one line for the user and says what to do.
 */
public class StoreUnavailableException extends Exception {
    public StoreUnavailableException(String message) {
        super(message);
    }
}
