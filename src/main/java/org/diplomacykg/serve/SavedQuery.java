package org.diplomacykg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /** Every {@code .rq} file in {@code dir}, sorted by name; none when {@code dir} is null or absent. */
    public static List<SavedQuery> readAll(Path dir) {
        if (dir == null || !Files.isDirectory(dir))
            return List.of();
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
        if (dir == null || !SAFE_NAME.matcher(name).matches())
            return Optional.empty();
        Path f = dir.resolve(name + ".rq");
        return Files.isRegularFile(f) ? Optional.of(read(f)) : Optional.empty();
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
