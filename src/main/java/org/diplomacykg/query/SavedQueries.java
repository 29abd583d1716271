package org.diplomacykg.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The catalogue of saved queries: every {@code *.rq} file of one folder, by name (file name
 * without {@code .rq}). {@link #load()} takes {@code ./queries/} when the working directory has
 * one with query files in it (so analysts can edit and add queries without rebuilding), and
 * otherwise the {@code queries/} folder packed into the dkg jar (or {@code target/classes}).
 * Texts are read when the catalogue is made; each query is parsed once, the first time it is asked for.
 *
 * <pre>
 * SavedQueries catalogue = SavedQueries.load();
 * SavedQuery q = catalogue.get("timeline");          // or catalogue.resolve("my/own.rq")
 * </pre>
 */
public final class SavedQueries {
    /** The folder, relative to the working directory or the classpath root. */
    public static final String FOLDER = "queries";

    private final String origin;
    private final Map<String, String> texts;
    private final Map<String, SavedQuery> parsed = new HashMap<>();

    private SavedQueries(String origin, Map<String, String> texts) {
        this.origin = origin;
        this.texts = texts;
    }

    /** {@code ./queries/} when it holds query files, else the packaged queries. */
    public static SavedQueries load() {
        Path local = Path.of(FOLDER);
        if (hasQueries(local)) {
            return fromDirectory(local);
        }
        return fromClasspath(SavedQueries.class);
    }

    /** The {@code *.rq} files of a folder (not its subfolders). */
    public static SavedQueries fromDirectory(Path dir) {
        return new SavedQueries(dir.toString(), readAll(dir));
    }

    /**
     * The {@code queries/} folder beside the given class on its classpath entry: inside the jar
     * it was loaded from, or in the classes directory during development.
     */
    public static SavedQueries fromClasspath(Class<?> anchor) {
        CodeSource cs = anchor.getProtectionDomain().getCodeSource();
        try {
            if (cs != null && "file".equals(cs.getLocation().getProtocol())) {
                return fromCodeSource(Path.of(cs.getLocation().toURI()));
            }
            URL url = anchor.getClassLoader().getResource(FOLDER + "/");
            if (url != null && "file".equals(url.getProtocol())) {
                return fromDirectory(Path.of(url.toURI()));
            }
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("cannot locate the packaged saved queries: " + e.getMessage(), e));
        }
        return new SavedQueries("(no saved queries found)", new TreeMap<>());
    }

    /** The {@code queries/} folder of a classpath entry: a classes directory or a jar file. */
    static SavedQueries fromCodeSource(Path location) {
        if (Files.isDirectory(location)) {
            return new SavedQueries(location.resolve(FOLDER).toString(), readAll(location.resolve(FOLDER)));
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return new SavedQueries(location.getFileName() + "!/" + FOLDER, readAll(jar.getPath("/" + FOLDER)));
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read the saved queries in " + location + ": "
                    + e.getMessage(), e));
        }
    }

    /** A single query file, named after the file. */
    public static SavedQuery fromFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new QueryUsageException(file + ": no such query file");
        }
        try {
            return SavedQuery.parse(nameOf(file), file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new QueryUsageException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** Where the queries were read from, for messages and {@code --list}. */
    public String origin() {
        return origin;
    }

    /** Query names in alphabetical order. */
    public List<String> names() {
        return new ArrayList<>(texts.keySet());
    }

    /**
     * The saved query of that name.
     *
     * @throws QueryUsageException when there is none (naming the nearest), or the file does not parse
     */
    public synchronized SavedQuery get(String name) {
        SavedQuery q = parsed.get(name);
        if (q != null) {
            return q;
        }
        String text = texts.get(name);
        if (text == null) {
            String hint = nearest(name).map(n -> "; did you mean '" + n + "'?").orElse("");
            throw new QueryUsageException("no saved query named '" + name + "' in " + origin + hint
                    + " (dkg query --list shows them all)");
        }
        q = SavedQuery.parse(name, origin + "/" + name + ".rq", text);
        parsed.put(name, q);
        return q;
    }

    /**
     * A saved query by name, or a query file when the argument ends in {@code .rq}, names a
     * path, or is an existing file.
     */
    public SavedQuery resolve(String nameOrFile) {
        boolean looksLikeFile = nameOrFile.endsWith(".rq") || nameOrFile.contains("/") || nameOrFile.contains("\\");
        if (looksLikeFile || (!texts.containsKey(nameOrFile) && Files.isRegularFile(Path.of(nameOrFile)))) {
            return fromFile(Path.of(nameOrFile));
        }
        return get(nameOrFile);
    }

    /** The saved query name closest to a mistyped one, if any is close enough to be a likely typo. */
    public Optional<String> nearest(String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : texts.keySet()) {
            int d = levenshtein(name.toLowerCase(), candidate.toLowerCase());
            if (candidate.startsWith(name) || name.startsWith(candidate)) {
                d = Math.min(d, 1);
            }
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, name.length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static boolean hasQueries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".rq"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, String> readAll(Path dir) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList()) {
                out.put(nameOf(p), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String nameOf(Path file) {
        String f = file.getFileName().toString();
        return f.endsWith(".rq") ? f.substring(0, f.length() - 3) : f;
    }
}
