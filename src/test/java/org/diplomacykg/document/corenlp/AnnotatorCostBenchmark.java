package org.diplomacykg.document.corenlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.document.Document;
import org.diplomacykg.facts.ArticleExtractor;
import org.diplomacykg.rdf.GazetteerLoader;

/**
 * Prints what each CoreNLP annotator costs per article, and the whole extraction beside it, on
 * the articles of one or more folders (default {@code seeds}). Not a test: run it by hand, e.g.
 * <pre>
 * mvn -q -DskipTests package test-compile
 * java -Xmx2g -cp target/dkg.jar:target/test-classes org.diplomacykg.document.corenlp.AnnotatorCostBenchmark seeds 3
 * </pre>
 * Each annotator set is loaded once (its load time printed), run once to warm up, then timed
 * over {@code passes} runs; the cost of an annotator is the difference to the set before it.
 * SUTime, which the standard set leaves out, is timed last, on top of the standard set.
 */
public final class AnnotatorCostBenchmark {
    private AnnotatorCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "seeds");
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Article> articles = new ArrayList<>();
        ArticleFileReader files = new ArticleFileReader();
        ArticleReader reader = new ArticleReader();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(reader.read(files.read(p)));
            }
        }
        long chars = articles.stream().mapToLong(a -> a.file().text().length()).sum();
        System.out.printf("%d articles, %d characters (%.0f per article), %d timed passes%n", articles.size(), chars,
                (double) chars / articles.size(), passes);
        System.out.printf("%-12s %10s %14s %14s%n", "annotator", "load ms", "ms/article", "its own ms");
        double before = 0;
        List<String> set = new ArrayList<>();
        for (String annotator : CoreNlpParser.STANDARD_ANNOTATORS) {
            set.add(annotator);
            if (annotator.equals("tokenize")) {
                continue; // ssplit comes with it
            }
            long l0 = System.nanoTime();
            CoreNlpParser parser = new CoreNlpParser(List.copyOf(set));
            double loadMs = (System.nanoTime() - l0) / 1e6;
            double ms = timePerArticle(articles, passes, a -> Document.of(a, parser));
            System.out.printf("%-12s %10.0f %14.1f %14.1f%n", annotator.equals("ssplit") ? "tokenize+ssplit" : annotator,
                    loadMs, ms, ms - before);
            before = ms;
        }
        List<String> withTimes = new ArrayList<>(CoreNlpParser.STANDARD_ANNOTATORS);
        withTimes.add(CoreNlpParser.TIME_NORMALISATION);
        long t0 = System.nanoTime();
        CoreNlpParser timing = new CoreNlpParser(withTimes);
        double timingLoadMs = (System.nanoTime() - t0) / 1e6;
        double timeMs = timePerArticle(articles, passes, a -> Document.of(a, timing));
        System.out.printf("%-12s %10.0f %14.1f %14.1f  (optional, not standard)%n", CoreNlpParser.TIME_NORMALISATION,
                timingLoadMs, timeMs, timeMs - before);
        ArticleExtractor extractor = new ArticleExtractor(GazetteerLoader.fromOntology());
        CoreNlpParser parser = CoreNlpParser.shared();
        double whole = timePerArticle(articles, passes, a -> extractor.extract(Document.of(a, parser)));
        System.out.printf("%-12s %10s %14.1f %14.1f  (rules after the parser)%n", "extraction", "", whole, whole - before);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf("heap in use after GC, every annotator set still loaded: %d MB (max %d MB)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    private static double timePerArticle(List<Article> articles, int passes, java.util.function.Consumer<Article> work) {
        articles.forEach(work);
        long t0 = System.nanoTime();
        for (int p = 0; p < passes; p++) {
            articles.forEach(work);
        }
        return (System.nanoTime() - t0) / 1e6 / passes / articles.size();
    }
}
