package org.diplomacykg.spark;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * What the user named, expanded on the driver into article files of any Hadoop file system, as
 * {@link org.diplomacykg.pipeline.ArticleInputs} does for local ones: directories searched
 * recursively for {@code *.txt} in path order, with the same one-line reasons for a missing path,
 * a directory without articles and two files of the same name (an article's IRI comes from its
 * file name; unlike the local loader, the second one is refused before either is read).
 */
final class HadoopArticleInputs {
    private final List<ArticleLocation> files = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();

    static HadoopArticleInputs expand(List<String> named, Configuration conf) throws IOException {
        HadoopArticleInputs inputs = new HadoopArticleInputs();
        for (String input : named) {
            inputs.add(input, conf);
        }
        inputs.refuseSameNames();
        return inputs;
    }

    private void add(String input, Configuration conf) throws IOException {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        if (!fs.exists(path)) {
            rejected.add(input + ": no such file or directory");
            return;
        }
        FileStatus status = fs.getFileStatus(path);
        Path qualified = status.getPath();
        if (!status.isDirectory()) {
            files.add(new ArticleLocation(qualified.toString(), input));
            return;
        }
        List<ArticleLocation> found = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(qualified, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (f.isFile() && f.getPath().getName().endsWith(".txt")) {
                found.add(new ArticleLocation(f.getPath().toString(), display(input, qualified, f.getPath())));
            }
        }
        if (found.isEmpty()) {
            rejected.add(input + ": directory holds no articles (no *.txt files)");
        }
        found.sort(Comparator.comparing(ArticleLocation::display));
        files.addAll(found);
    }

    /** A file under a local directory named without a scheme reads as the local loader prints it. */
    private static String display(String input, Path dir, Path file) {
        String relative = dir.toUri().relativize(file.toUri()).getPath();
        if (hasScheme(input)) {
            return file.toString();
        }
        return java.nio.file.Path.of(input).resolve(relative).toString();
    }

    private static boolean hasScheme(String input) {
        try {
            return new URI(input).getScheme() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private void refuseSameNames() {
        Map<String, String> seen = new HashMap<>();
        List<ArticleLocation> kept = new ArrayList<>();
        for (ArticleLocation f : files) {
            String name = new Path(f.uri()).getName();
            String stem = name.lastIndexOf('.') > 0 ? name.substring(0, name.lastIndexOf('.')) : name;
            String earlier = seen.putIfAbsent(stem, f.display());
            if (earlier != null) {
                rejected.add(f.display() + ": same file name as " + earlier + " (an article's IRI comes from its file name)");
            } else {
                kept.add(f);
            }
        }
        files.clear();
        files.addAll(kept);
    }

    List<ArticleLocation> files() {
        return files;
    }

    /** One line per named path that is missing, directory without articles, or repeated name. */
    List<String> rejected() {
        return rejected;
    }
}
