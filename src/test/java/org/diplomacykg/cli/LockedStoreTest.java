package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
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
            assertTrue(message.contains("dkg load --endpoint http://HOST:PORT/kg"), "no server noted its address: " + message);
            assertTrue(!message.contains("3030"), "no port guessed: " + message);
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(20, TimeUnit.SECONDS)) {
                holder.destroyForcibly();
            }
        }
    }

    @Test
    void aStoreHeldByAServerNamesItsRealAddressAndTheCommandToUseInstead(@TempDir Path tmp) throws Exception {
        Path store = tmp.resolve("store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // loaded by another JVM: this one would keep the store locked once it opened it
        Process load0 = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DkgMain.class.getName(),
                "load", "--store", store.toString(), "seeds/000_dc28ce060877cb66.txt").redirectErrorStream(true).start();
        load0.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertEquals(0, load0.waitFor());
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DkgMain.class.getName(),
                "serve", "--store", store.toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String line;
            StringBuilder before = new StringBuilder();
            while ((line = out.readLine()) != null && !line.startsWith("dkg serve: ")) {
                before.append(line).append('\n');   // any logging before the server says where it is
            }
            assertTrue(line != null, "the server did not start: " + before);
            String url = line.substring("dkg serve: ".length(), line.indexOf(' ', "dkg serve: ".length()));
            assertTrue(url.matches("http://127\\.0\\.0\\.1:\\d+/") && !url.contains(":3030/"), url);

            CliRun load = CliRun.of("load", "--store", store.toString(), "seeds/001_355fb81d80dc29d6.txt");
            assertEquals(3, load.exitCode(), load.err());
            assertTrue(load.err().contains("the 'dkg serve' at " + url + "kg"), load.err());
            assertTrue(load.err().contains("dkg load --endpoint " + url + "kg --user"), load.err());
            for (String command : new String[] {"info", "query"}) {
                CliRun run = command.equals("info") ? CliRun.of("info", "--store", store.toString())
                        : CliRun.of("query", "articles", "--store", store.toString());
                assertEquals(3, run.exitCode(), run.err());
                assertEquals(1, run.errLines().length, run.err());
                assertTrue(run.err().contains("dkg query NAME --endpoint " + url + "kg"), command + ": " + run.err());
            }
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS))
                server.destroyForcibly();
        }
    }
}
