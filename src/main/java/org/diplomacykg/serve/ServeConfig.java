package org.diplomacykg.serve;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What {@code dkg serve} was asked for. Build one with {@link #builder()}; unset values take
 * the documented defaults.
 *
 * <pre>{@code
 * ServeConfig cfg = ServeConfig.builder().store(Path.of("data/store")).port(0)
 *         .timeout(Duration.ofSeconds(5)).build();
 * }</pre>
 *
 * @param store        the TDB2 directory (used when the server opens the store itself)
 * @param host         interface to listen on: {@code 127.0.0.1} (default), {@code localhost},
 *                     or {@code 0.0.0.0} for every interface
 * @param port         TCP port; 0 picks a free one
 * @param baseUrl      where the public copy of this server lives (for VoID, dump links and page
 *                     links); null means the server's own address
 * @param timeout      query timeout, applied to every SPARQL query and page query
 * @param update       whether SPARQL Update and Graph Store writes are offered (always behind auth)
 * @param passwordFile Jetty realm file ({@code user: password} per line); required with update
 * @param adminArea    directory for Fuseki's admin area (backups, system files); null means a
 *                     {@code fuseki} directory beside the store
 * @param articleDirs  directories searched for an article's source file (its text) by name
 * @param ontologyDir  directory with the ontology's Turtle files, used when the store has no
 *                     ontology graph; may be null
 * @param queriesDir   directory with the saved {@code .rq} queries (landing page, {@code /queries/NAME}); when null
 *                     or without {@code .rq} files, the queries packed into the jar
 * @param admin        whether Fuseki's admin operations (backup, compact, tasks) are offered, to users of the
 *                     password file only; creating or deleting datasets is never offered
 * @param maxRequestBytes the largest request body or query string accepted; larger ones get 413
 */
public record ServeConfig(Path store, String host, int port, URI baseUrl, Duration timeout,
                          boolean update, Path passwordFile, Path adminArea, List<Path> articleDirs,
                          Path ontologyDir, Path queriesDir, boolean admin, long maxRequestBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** The dataset's name in URLs: {@code /kg/sparql}, {@code /kg/data} … */
    public static final String DATASET = "kg";
    /** A SPARQL query or update is a few kilobytes; 1 MB leaves room for a generous VALUES block. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

    public ServeConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        articleDirs = List.copyOf(articleDirs);
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port out of range: " + port);
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        if (update && passwordFile == null)
            throw new IllegalArgumentException("--update needs --password-file");
        if (admin && passwordFile == null)
            throw new IllegalArgumentException("--admin needs --password-file");
        if (maxRequestBytes <= 0)
            throw new IllegalArgumentException("the request size limit must be positive: " + maxRequestBytes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The admin area to use: the configured one, or {@code fuseki} beside the store. */
    public Path effectiveAdminArea() {
        if (adminArea != null)
            return adminArea;
        Path s = store == null ? Path.of("data", "store") : store.toAbsolutePath();
        Path parent = s.getParent() == null ? Path.of(".") : s.getParent();
        return parent.resolve("fuseki");
    }

    /** Fluent builder with the defaults of {@code dkg serve}. */
    public static final class Builder {
        private Path store = Path.of("data", "store");
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private URI baseUrl;
        private Duration timeout = DEFAULT_TIMEOUT;
        private boolean update;
        private Path passwordFile;
        private Path adminArea;
        private List<Path> articleDirs = List.of();
        private Path ontologyDir;
        private Path queriesDir;
        private boolean admin;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;

        public Builder store(Path v) { store = v; return this; }
        public Builder host(String v) { host = v; return this; }
        public Builder port(int v) { port = v; return this; }
        public Builder baseUrl(URI v) { baseUrl = v; return this; }
        public Builder timeout(Duration v) { timeout = v; return this; }
        public Builder update(boolean v) { update = v; return this; }
        public Builder passwordFile(Path v) { passwordFile = v; return this; }
        public Builder adminArea(Path v) { adminArea = v; return this; }
        public Builder articleDirs(List<Path> v) { articleDirs = v; return this; }
        public Builder ontologyDir(Path v) { ontologyDir = v; return this; }
        public Builder queriesDir(Path v) { queriesDir = v; return this; }
        public Builder admin(boolean v) { admin = v; return this; }
        public Builder maxRequestBytes(long v) { maxRequestBytes = v; return this; }

        public ServeConfig build() {
            return new ServeConfig(store, host, port, baseUrl, timeout, update, passwordFile,
                    adminArea, articleDirs, ontologyDir, queriesDir, admin, maxRequestBytes);
        }
    }
}
