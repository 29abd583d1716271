package org.diplomacykg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A saved query file ({@code queries/NAME.rq}) with its {@code #+ summary:} header, as the
 * landing page lists it. Parameters follow the grlc/BASIL convention ({@code ?_name_iri}).
 *
 * <pre>{@code
 * List<SavedQuery> qs = SavedQuery.readAll(Path.of("queries"));   // sorted by name
 * }</pre>
 *
 * @param name    the file name without {@code .rq}
 * @param summary the {@code #+ summary:} text, or ""
 * @param text    the whole query text
 */
public record SavedQuery(String name, String summary, String text) {
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern PARAMETER = Pattern.compile("[?$]_[A-Za-z0-9_]+");

    /** Whether the query has {@code ?_name} parameters that must be bound before it runs. */
    public boolean hasParameters() {
        return PARAMETER.matcher(text).find();
    }

    /**
     * Every {@code .rq} file in {@code dir}, sorted by name. When {@code dir} is null or absent,
     * the queries packed into the jar ({@code /queries/*.rq}) are listed instead.
     */
    public static List<SavedQuery> readAll(Path dir) {
        if (dir == null || !Files.isDirectory(dir))
            return packed().map(SavedQuery::readAll).orElse(List.of());
        List<SavedQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList())
                out.add(read(f));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The saved query called {@code name}, if {@code name} is a plain file name and the file exists. */
    public static Optional<SavedQuery> find(Path dir, String name) {
        if (!SAFE_NAME.matcher(name).matches())
            return Optional.empty();
        Optional<Path> base = dir != null && Files.isDirectory(dir) ? Optional.of(dir) : packed();
        return base.map(d -> d.resolve(name + ".rq")).filter(Files::isRegularFile).map(SavedQuery::read);
    }

    /** The {@code queries} folder on the classpath (inside the jar, or in target/classes). */
    private static Optional<Path> packed() {
        URL url = SavedQuery.class.getResource("/queries");
        if (url == null)
            return Optional.empty();
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme()))
                return Optional.of(Path.of(uri));
            FileSystem fs;
            try {
                fs = FileSystems.getFileSystem(uri);
            } catch (FileSystemNotFoundException notYet) {
                fs = FileSystems.newFileSystem(uri, Map.of());
            }
            return Optional.of(fs.provider().getPath(uri));
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static SavedQuery read(Path f) {
        try {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String file = f.getFileName().toString();
            String summary = text.lines().map(String::strip)
                    .filter(l -> l.startsWith("#+") && l.substring(2).strip().startsWith("summary:"))
                    .map(l -> l.substring(2).strip().substring("summary:".length()).strip())
                    .findFirst().orElse("");
            return new SavedQuery(file.substring(0, file.length() - 3), summary, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
