package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.diplomacykg.store.HoldStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store held by another process (a running server, say) is refused with advice, not corrupted. */
class LockedStoreTest {

    @Test
    void loadIntoAStoreHeldByAnotherProcessSaysWhoHoldsItAndHowToLoadInstead(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldStore.class.getName(), store.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader fromHolder = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            String line;
            while ((line = fromHolder.readLine()) != null && !line.startsWith("holding")) {
                // skip any logging the child prints before it holds the store
            }
            assertTrue(line != null, "the holder process did not open the store");

            CliRun run = CliRun.of("load", "--store", store.toString(), "seeds/000_dc28ce060877cb66.txt");
            assertEquals(3, run.exitCode(), run.err());
            assertEquals(1, run.errLines().length, run.err());
            String message = run.errLines()[0];
            assertTrue(message.startsWith("dkg: " + store + ": store is locked by process " + holder.pid()), message);
            assertTrue(message.contains("dkg load --endpoint"), message);
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }
}
