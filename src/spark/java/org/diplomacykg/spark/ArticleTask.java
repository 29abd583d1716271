package org.diplomacykg.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.diplomacykg.article.ArticleFile;
import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.article.RejectedInputException;
import org.diplomacykg.pipeline.ArticleGraphBuilder;
import org.diplomacykg.store.ArticleGraph;
import org.diplomacykg.store.ArticleNQuads;

/**
 * The executor's side: one article through the loader's own pipeline. Each task thread keeps
 * its builder (as each loader worker does), and CoreNLP loads once per executor JVM
 * ({@code CoreNlpParser.shared()}, on the first article).
 */
final class ArticleTask {
    private static final ArticleFileReader READER = new ArticleFileReader();
    /** This task thread's builder and the budget it was made with (one job's tasks all share one). */
    private static final ThreadLocal<ArticleGraphBuilder> BUILDER = new ThreadLocal<>();
    private static final ThreadLocal<Long> BUILDER_BUDGET = new ThreadLocal<>();
    private static final Configuration HADOOP = new Configuration();

    private ArticleTask() {
    }

    private static ArticleGraphBuilder builder(long budgetMillis) {
        if (BUILDER.get() == null || BUILDER_BUDGET.get() != budgetMillis) {
            BUILDER.set(new ArticleGraphBuilder(Duration.ofMillis(budgetMillis)));
            BUILDER_BUDGET.set(budgetMillis);
        }
        return BUILDER.get();
    }

    static Iterator<ArticleOutcome> run(ArticleLocation location, long budgetMillis) throws IOException {
        List<ArticleOutcome> out = new ArrayList<>(2);
        String name = location.display();
        try {
            ArticleFile file = READER.fromBytes(java.nio.file.Path.of(name), read(location));
            ArticleGraph graph = builder(budgetMillis).build(file,
                    warning -> out.add(new ArticleOutcome(ArticleOutcome.Kind.WARNING, name + ": " + warning)));
            String nquads = ArticleNQuads.of(graph);
            // saveAsTextFile ends each record with a newline of its own
            out.add(new ArticleOutcome(ArticleOutcome.Kind.GRAPH, nquads.substring(0, nquads.length() - 1)));
        } catch (RejectedInputException e) {
            out.add(new ArticleOutcome(ArticleOutcome.Kind.REJECTED, name + ": " + e.getMessage()));
        }
        return out.iterator();
    }

    /** The file's bytes, refused by size before they are read, as the local reader does. */
    private static byte[] read(ArticleLocation location) throws RejectedInputException, IOException {
        Path path = new Path(location.uri());
        FileSystem fs = path.getFileSystem(HADOOP);
        FileStatus status;
        try {
            status = fs.getFileStatus(path);
        } catch (FileNotFoundException e) {
            throw new RejectedInputException(location.display(), "no such file or directory");
        }
        READER.refuseSize(location.display(), status.getLen());
        try (InputStream in = fs.open(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RejectedInputException(location.display(), "cannot be read: " + e.getMessage());
        }
    }
}
