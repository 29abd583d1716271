package org.diplomacykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.http.HttpEnv;
import org.apache.jena.http.auth.AuthLib;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.exec.http.GSP;

/**
 * Loads into a running {@code dkg serve} instead of the local store (TDB2 lets one process
 * hold a store): each article graph is <em>replaced</em> with a Graph Store Protocol
 * {@code PUT /kg/data?graph=ARTICLE-IRI}, authenticated with HTTP Basic. Nothing else in the
 * store is touched, as with a local load.
 *
 * <pre>{@code
 * String pw = RemoteGraphStore.readPasswordFile(Path.of("loader.pw"));
 * try (RemoteGraphStore remote = RemoteGraphStore.connect(URI.create("http://127.0.0.1:3030/kg"), "loader", pw)) {
 *     remote.replaceGraph("https://w3id.org/diplomacy-kg/article/000_dc28ce060877cb66", articleGraph);
 * }
 * }</pre>
 *
 * Failures raise {@link RemoteStoreException} with the HTTP status (401: wrong or missing
 * credentials; 404/405: the server was not started with {@code --update}; 0: not reachable).
 */
public final class RemoteGraphStore implements AutoCloseable {
    private final String gspEndpoint;
    private final HttpClient http;

    private RemoteGraphStore(String gspEndpoint, HttpClient http) {
        this.gspEndpoint = gspEndpoint;
        this.http = http;
    }

    /**
     * @param datasetUrl the dataset URL of the server, e.g. {@code http://127.0.0.1:3030/kg}
     *                   (the GSP endpoint is {@code datasetUrl/data})
     * @param user       user name from the server's password file
     * @param password   that user's password
     */
    public static RemoteGraphStore connect(URI datasetUrl, String user, String password) {
        Objects.requireNonNull(datasetUrl, "datasetUrl");
        String base = datasetUrl.toString();
        while (base.endsWith("/"))
            base = base.substring(0, base.length() - 1);
        HttpClient.Builder hb = HttpEnv.httpClientBuilder().connectTimeout(Duration.ofSeconds(10));
        if (user != null)
            hb.authenticator(AuthLib.authenticator(user, Objects.requireNonNull(password, "password")));
        return new RemoteGraphStore(base + "/data", hb.build());
    }

    /** The password in a client password file: its first line, without surrounding spaces. */
    public static String readPasswordFile(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || lines.get(0).isBlank())
                throw new IllegalArgumentException("Password file is empty: " + file);
            return lines.get(0).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read password file " + file, e);
        }
    }

    /** Replaces the named graph {@code graphIri} on the server with {@code graph} (GSP PUT). */
    public void replaceGraph(String graphIri, Graph graph) {
        call(() -> gsp(graphIri).contentType(RDFFormat.NTRIPLES).PUT(graph), "replace <" + graphIri + ">");
    }

    /** The named graph {@code graphIri} as the server holds it (GSP GET). */
    public Graph fetchGraph(String graphIri) {
        Graph[] out = new Graph[1];
        call(() -> out[0] = gsp(graphIri).GET(), "read <" + graphIri + ">");
        return out[0];
    }

    /** The GSP endpoint used, e.g. {@code http://127.0.0.1:3030/kg/data}. */
    public String endpoint() {
        return gspEndpoint;
    }

    private GSP gsp(String graphIri) {
        return GSP.service(gspEndpoint).httpClient(http).graphName(graphIri);
    }

    private void call(Runnable op, String what) {
        try {
            op.run();
        } catch (HttpException e) {
            int status = e.getStatusCode();
            throw new RemoteStoreException(status, explain(status, what, e));
        }
    }

    private String explain(int status, String what, HttpException e) {
        return switch (status) {
            case 401, 403 -> "The server at " + gspEndpoint + " refused the credentials (HTTP " + status + ") for: " + what;
            case 404, 405 -> "The server at " + gspEndpoint + " does not accept writes (HTTP " + status
                    + "); start it with 'dkg serve --update --password-file FILE'";
            case -1, 0 -> "Cannot reach " + gspEndpoint + ": " + e.getMessage();
            default -> "The server at " + gspEndpoint + " answered HTTP " + status + " to: " + what
                    + (e.getResponse() == null ? "" : " — " + e.getResponse().strip());
        };
    }

    @Override
    public void close() {
        // java.net.http.HttpClient has no close() before Java 21; nothing to release.
    }

    /** A refused or failed remote operation; {@link #status()} is the HTTP status (≤ 0: no answer). */
    public static final class RemoteStoreException extends RuntimeException {
        private final int status;

        public RemoteStoreException(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
