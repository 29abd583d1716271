package org.diplomacykg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * Finds an article's text: the {@code dip:text} literal that every load writes into the article
 * graph, else the file named by {@code dip:sourceFile} in one of
 * the configured article directories (graphs loaded before the text was stored).
 * Evidence offsets count code points from the start of that file.
 *
 * <pre>{@code
 * Optional<String> text = new ArticleText(List.of(Path.of("seeds"))).of(union, articleIri);
 * }</pre>
 */
public final class ArticleText {
    private final List<Path> dirs;

    public ArticleText(List<Path> dirs) {
        this.dirs = List.copyOf(dirs);
    }

    public Optional<String> of(Graph g, Node article) {
        Optional<String> stored = literal(g, article, KgTerms.TEXT);
        if (stored.isPresent())
            return stored;
        Optional<String> file = literal(g, article, KgTerms.SOURCE_FILE);
        if (file.isEmpty())
            return Optional.empty();
        String name = Path.of(file.get()).getFileName().toString();   // never a path from the graph
        for (Path dir : dirs) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                try {
                    return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            while (it.hasNext()) {
                Node o = it.next().getObject();
                if (o.isLiteral())
                    return Optional.of(o.getLiteralLexicalForm());
            }
            return Optional.empty();
        } finally {
            it.close();
        }
    }
}
