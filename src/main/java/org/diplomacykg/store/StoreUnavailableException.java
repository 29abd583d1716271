package org.diplomacykg.store;

/**
 * The store directory cannot be used: it is not a TDB2 store, or another process holds it.
 * The message is one line for the user and says what to do.
 */
public class StoreUnavailableException extends Exception {
    private final boolean locked;
    private final String serverUrl;

    public StoreUnavailableException(String message) {
        this(message, false, null);
    }

    /**
     * @param locked    whether another process holds the store
     * @param serverUrl the dataset URL of the {@code dkg serve} holding it, when known (e.g.
     *                  {@code http://127.0.0.1:3101/kg}); null otherwise
     */
    public StoreUnavailableException(String message, boolean locked, String serverUrl) {
        super(message);
        this.locked = locked;
        this.serverUrl = serverUrl;
    }

    public boolean locked() {
        return locked;
    }

    /** The dataset URL of the server holding the store, or empty when none is known. */
    public java.util.Optional<String> serverUrl() {
        return java.util.Optional.ofNullable(serverUrl);
    }
}
