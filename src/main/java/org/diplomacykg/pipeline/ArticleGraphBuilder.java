package org.diplomacykg.pipeline;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleFile;
import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.RejectedInputException;
import org.diplomacykg.document.Document;
import org.diplomacykg.document.TextTooLongException;
import org.diplomacykg.facts.ArticleExtractor;
import org.diplomacykg.facts.FactExtractor;
import org.diplomacykg.rdf.ArticleGraphValidator;
import org.diplomacykg.rdf.ArticleGraphWriter;
import org.diplomacykg.rdf.GazetteerLoader;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.store.ArticleGraph;

/**
 * The whole path from one file to a stored-ready graph: read, parse, extract, write RDF,
 * validate. Anything wrong with the file comes out as a {@link RejectedInputException} before
 * the store is touched.
 */
public final class ArticleGraphBuilder {
    private final ArticleFileReader fileReader;
    private final ArticleReader articleReader = new ArticleReader();
    private final FactExtractor extractor;
    private final ArticleGraphWriter writer = new ArticleGraphWriter();
    private final ArticleGraphValidator validator = new ArticleGraphValidator();
    private StageTimes times = new StageTimes();
    private final Duration budget;

    /** A news article takes well under a second; far longer means a pathological file. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(20);
    /** A worker starved of processor time still gives up after this many budgets of wall time. */
    static final int WALL_CLOCK_FACTOR = 10;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final ExecutorService EXTRACTION = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "dkg-extract");
        t.setDaemon(true);
        return t;
    });

    public ArticleGraphBuilder() {
        this(DEFAULT_BUDGET);
    }

    /** The standard reader and extractor, with {@code budget} for each article from text to graph. */
    public ArticleGraphBuilder(Duration budget) {
        this(new ArticleFileReader(), new ArticleExtractor(GazetteerLoader.fromOntology()), budget);
    }

    public ArticleGraphBuilder(ArticleFileReader fileReader, FactExtractor extractor) {
        this(fileReader, extractor, DEFAULT_BUDGET);
    }

    /** @param budget the time one article may take from text to graph; past it the file is rejected */
    public ArticleGraphBuilder(ArticleFileReader fileReader, FactExtractor extractor, Duration budget) {
        this.fileReader = fileReader;
        this.extractor = extractor;
        this.budget = budget;
    }

    /**
     * Sums the time of each step into {@code shared} (several builders, one per worker, may share
     * one); returns this builder.
     */
    public ArticleGraphBuilder timedInto(StageTimes shared) {
        this.times = shared;
        return this;
    }

    /** Reads the file only (cheap), to compare its hash with the stored one. */
    public ArticleFile readFile(Path path) throws RejectedInputException {
        long t0 = System.nanoTime();
        ArticleFile file = fileReader.read(path);
        times.addRead(System.nanoTime() - t0);
        return file;
    }

    public ArticleGraph build(ArticleFile file) throws RejectedInputException {
        return build(file, warning -> { });
    }

    /**
     * Builds the graph; what loads but looks wrong (a date line and no text, a publication date
     * in the future) is told to {@code warnings} as one line without the file name.
     */
    /**
     * Splits, extracts and writes the article's graph on a worker thread and waits while the
     * worker has used at most the budget in processor time (a busy machine stretches wall time,
     * not the article's work; {@value #WALL_CLOCK_FACTOR} times the budget of wall time at most).
     * Past it the file is rejected with one line and the worker interrupted: the document
     * step stops at its next paragraph; a rule cannot be stopped safely, so it is abandoned (a
     * daemon thread, it ends with its computation or with the process). A text over the document
     * step's limits ({@code TextLimits}) is rejected with their one-line reason.
     */
    private Graph extractWithinBudget(ArticleFile file, Article article) throws RejectedInputException {
        AtomicReference<Thread> worker = new AtomicReference<>();
        AtomicLong cpuAtStart = new AtomicLong();
        Future<Graph> work = EXTRACTION.submit(() -> {
            cpuAtStart.set(THREADS.getCurrentThreadCpuTime());
            worker.set(Thread.currentThread());
            long t1 = System.nanoTime();
            Document document = Document.of(article);
            long t2 = System.nanoTime();
            times.addDocument(t2 - t1);
            var facts = extractor.extract(document);
            long t3 = System.nanoTime();
            times.addExtract(t3 - t2);
            Graph g = writer.write(facts);
            times.addRdf(System.nanoTime() - t3);
            return g;
        });
        long wallDeadline = System.nanoTime() + budget.toNanos() * WALL_CLOCK_FACTOR;
        try {
            while (true) {
                try {
                    return work.get(Math.min(100, budget.toMillis()), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    Thread t = worker.get();
                    long cpu = t == null ? 0 : THREADS.getThreadCpuTime(t.getId());
                    boolean overCpu = cpu >= 0 ? cpu - cpuAtStart.get() > budget.toNanos()
                            : System.nanoTime() > wallDeadline - budget.toNanos() * (WALL_CLOCK_FACTOR - 1);
                    if (overCpu || System.nanoTime() > wallDeadline) {
                        work.cancel(true);
                        throw new RejectedInputException(file.path().toString(), "took longer than the " + budget.toSeconds()
                                + " s allowed for one article (" + file.text().length()
                                + " characters, counted in processor time); the file was skipped");
                    }
                }
            }
        } catch (ExecutionException e) {
            // A fault in a rule must cost one article, not the whole load: the file is reported
            // and skipped like bad input, and nothing of it is stored.
            Throwable cause = e.getCause();
            if (cause instanceof Error error && !(cause instanceof StackOverflowError))
                throw error;
            if (cause instanceof TextTooLongException tooLong)
                throw new RejectedInputException(file.path().toString(), tooLong.getMessage());
            throw new RejectedInputException(file.path().toString(),
                    "extraction failed (" + cause + "); the file was skipped, please report it");
        } catch (InterruptedException e) {
            work.cancel(true);
            Thread.currentThread().interrupt();
            throw new RejectedInputException(file.path().toString(), "interrupted");
        }
    }

    /** Longer than any sentence a news article has; the rules' cost grows faster than a sentence's length. */
    public static final int MAX_SENTENCE_CHARS = 10_000;

    /** Rejects, in one pass over the text, an article with a run of text that no sentence end breaks. */
    static void refuseEndlessSentence(ArticleFile file, Article article) throws RejectedInputException {
        for (var block : article.body()) {
            String t = block.text();
            int run = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                run = c == '.' || c == '!' || c == '?' || c == '\n' ? 0 : run + 1;
                if (run > MAX_SENTENCE_CHARS)
                    throw new RejectedInputException(file.path().toString(), "a sentence longer than " + MAX_SENTENCE_CHARS
                            + " characters (no full stop, question or exclamation mark); not article text");
            }
        }
    }

    static void warnAbout(Article article, Consumer<String> warnings) {
        if (article.body().stream().allMatch(b -> b.text().isBlank()))
            warnings.accept("a date line and no article text; loaded with no facts");
        LocalDate published = article.metadata().published();
        LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);   // any time zone's today
        if (published != null && published.isAfter(tomorrow))
            warnings.accept("publication date " + published + " is in the future; loaded as dated, check the date line");
    }

    public ArticleGraph build(ArticleFile file, Consumer<String> warnings) throws RejectedInputException {
        long t0 = System.nanoTime();
        Article article = articleReader.read(file);
        refuseEndlessSentence(file, article);
        warnAbout(article, warnings);
        times.addRead(System.nanoTime() - t0);
        // The models load once per process, outside any article's budget: on a busy machine
        // their loading alone could pass it and cost the first articles of every worker.
        Document.loadParser();
        Graph graph = extractWithinBudget(file, article);
        long t4 = System.nanoTime();
        ValidationReport report = validator.validate(graph);
        times.addValidate(System.nanoTime() - t4);
        if (ArticleGraphValidator.hasViolations(report)) {
            String first = report.getEntries().stream().filter(e -> e.severity().level().getLocalName().equals("Violation"))
                    .findFirst().map(ArticleGraphValidator::describe).orElse("");
            throw new RejectedInputException(file.path().toString(),
                    "its graph breaks the shapes (" + report.getEntries().size() + " results; first: " + first + ")");
        }
        return new ArticleGraph(KG.article(file.stem()).asNode(), file.sha256(), graph, file.path().toString());
    }
}
