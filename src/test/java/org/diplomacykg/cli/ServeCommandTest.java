package org.diplomacykg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dkg serve} as a user runs it: options, start, answer, stop; and its refusals. */
class ServeCommandTest {

    @Test
    void servesTheStoreUntilStopped(@TempDir Path tmp) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = DkgMain.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        ServeCommand serve = (ServeCommand) cl.getSubcommands().get("serve").getCommand();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute("serve",
                "--store", tmp.resolve("store").toString(), "--port", "0", "--timeout", "5s",
                "--articles", tmp.toString(), "--queries", tmp.resolve("none").toString()));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Matcher m = Pattern.compile("dkg serve: (http://\\S+/) ").matcher("");
        while (!m.reset(out.toString()).find() && System.nanoTime() < deadline && !exit.isDone())
            Thread.sleep(50);
        assertTrue(m.reset(out.toString()).find(), "started: " + out + err);
        String url = m.group(1);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(url + "$/ping")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        HttpResponse<String> landing = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, landing.statusCode());
        assertTrue(landing.body().contains("Diplomacy knowledge graph"));

        assertNotNull(serve.running);
        serve.running.close();
        assertEquals(ExitCodes.OK, exit.get(30, TimeUnit.SECONDS), err.toString());
    }

    @Test
    void updateWithoutAPasswordFileIsAUsageError(@TempDir Path tmp) {
        CliRun run = CliRun.of("serve", "--store", tmp.resolve("store").toString(), "--update");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--password-file"), run.err());
    }

    @Test
    void badTimeoutIsAUsageError(@TempDir Path tmp) {
        CliRun run = CliRun.of("serve", "--store", tmp.resolve("store").toString(), "--timeout", "soon");
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("not a duration"), run.err());
    }

    @Test
    void aPortInUseSaysSoInOneLine(@TempDir Path tmp) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = CliRun.of("serve", "--store", tmp.resolve("store").toString(), "--port",
                    Integer.toString(taken.getLocalPort()), "--articles", tmp.toString());
            assertEquals(ExitCodes.FAILURE, run.exitCode(), run.err());
            assertTrue(run.errLines()[0].startsWith("dkg: cannot listen on 127.0.0.1:" + taken.getLocalPort()), run.err());
        }
    }

    @Test
    void durations() {
        DurationConverter c = new DurationConverter();
        assertEquals(Duration.ofSeconds(30), c.convert("30s"));
        assertEquals(Duration.ofSeconds(30), c.convert("30"));
        assertEquals(Duration.ofMillis(1500), c.convert("1500ms"));
        assertEquals(Duration.ofMinutes(2), c.convert("2m"));
        assertEquals(Duration.ofSeconds(45), c.convert("PT45S"));
    }
}
