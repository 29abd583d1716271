package org.diplomacykg.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.article.RejectedInputException;

/**
 * Expands what the user named (files and directories) into article files: directories are
 * searched recursively for {@code *.txt}, in path order so runs are repeatable. Only paths are
 * held, never file contents.
 */
public final class ArticleInputs {
    private final List<Path> files = new ArrayList<>();
    private final List<RejectedInputException> rejected = new ArrayList<>();

    public static ArticleInputs expand(List<Path> named) {
        ArticleInputs inputs = new ArticleInputs();
        for (Path p : named) {
            inputs.add(p);
        }
        return inputs;
    }

    private void add(Path p) {
        if (!Files.exists(p)) {
            rejected.add(new RejectedInputException(p.toString(), "no such file or directory"));
        } else if (Files.isDirectory(p)) {
            List<Path> found = articlesUnder(p);
            if (found.isEmpty()) {
                rejected.add(new RejectedInputException(p.toString(), "directory holds no articles (no *.txt files)"));
            }
            files.addAll(found);
        } else {
            files.add(p);
        }
    }

    private static List<Path> articlesUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Path> files() {
        return files;
    }

    /** Named paths that are missing, or directories without articles. */
    public List<RejectedInputException> rejected() {
        return rejected;
    }
}
