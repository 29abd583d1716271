package org.diplomacykg.store;

import java.nio.file.Path;

/**
 * A second process for lock tests: opens the store, says so on standard output, and keeps it
 * open until its standard input closes (the test ends it).
 */
public final class HoldStore {
    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        try (KgStore store = KgStore.open(Path.of(args[0]))) {
            store.quadCount();
            System.out.println("holding " + args[0]);
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }
}
