package org.diplomacykg.cli;

import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.diplomacykg.article.RejectedInputException;
import org.diplomacykg.pipeline.ArticleLoader;
import org.diplomacykg.pipeline.ExtractionEngine;
import org.diplomacykg.pipeline.ExtractionJob;
import org.diplomacykg.pipeline.ExtractionReport;
import org.diplomacykg.pipeline.LocalExtraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dkg extract}: the load's per-article pipeline writing N-Quads shards instead of a store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read articles, extract their facts, validate, and write one named graph per article to N-Quads shards",
                "(OUT/graphs/) with a report of rejected files (OUT/rejected.txt); 'dkg load --nquads OUT' stores them.",
                "--engine spark runs it on Apache Spark (dkg-spark.jar only; see the README, 'When one machine is not enough')."},
        footer = {"", "Exit codes: 0 all extracted, 1 failure, 2 usage, 3 some input rejected (the rest still extracted)."})
public class ExtractCommand implements Callable<Integer> {
    /** How to get the Spark engine, for a jar built without it. */
    static final String HOW_TO_GET_SPARK = "the spark engine is not in this jar; build target/dkg-spark.jar with "
            + "'mvn -B -Pspark package -DskipTests' and run 'java -jar target/dkg-spark.jar extract --engine spark ...'";

    enum Engine { local, spark }

    @Spec
    CommandSpec spec;
    @Mixin
    VerboseOption verboseOption;
    @Mixin
    ArticleTimeoutOption articleTimeout;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Article files or directories of them (any Hadoop file system URI with --engine spark).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Output directory (new or empty): shards in DIR/graphs/, rejected files in DIR/rejected.txt.")
    String out;

    @Option(names = "--engine", paramLabel = "local|spark", defaultValue = "local",
            description = "local: this process's workers (default); spark: a Spark job (dkg-spark.jar).")
    Engine engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (--engine spark): local[*] by default, or spark://HOST:7077, yarn, k8s://https://HOST:443.")
    String master;

    @Option(names = "--threads", paramLabel = "N",
            description = "Workers of the local engine (default: one per core, ${DEFAULT-VALUE}).")
    int threads = ArticleLoader.defaultWorkers();

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        if (master != null && engine != Engine.spark) {
            throw new ParameterException(spec.commandLine(), "--master goes with --engine spark");
        }
        var err = spec.commandLine().getErr();
        ExtractionEngine chosen = engine == Engine.local ? new LocalExtraction() : installed(engine.name());
        ExtractionJob job = new ExtractionJob(inputs, out, master, threads, articleTimeout.checked(spec),
                line -> {
                    err.println("dkg: " + line);
                    err.flush();
                },
                line -> {
                    err.println("dkg: warning: " + line);
                    err.flush();
                });
        ExtractionReport report;
        try {
            report = chosen.extract(job);
        } catch (RejectedInputException e) {
            throw new DkgException(ExitCodes.INPUT_REJECTED, e.userMessage(), e);
        }
        var stdout = spec.commandLine().getOut();
        stdout.println("extracted " + report.articles() + " articles into " + report.shards() + ", "
                + report.rejected().size() + " rejected (listed in " + out + "/" + ExtractionEngine.REJECTED_FILE + ")");
        stdout.flush();
        return report.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_REJECTED;
    }

    private ExtractionEngine installed(String name) {
        try {
            for (ExtractionEngine e : ServiceLoader.load(ExtractionEngine.class)) {
                if (e.name().equals(name)) {
                    return e;
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            // an engine listed without its libraries: the same answer as no engine
        }
        throw new DkgException(ExitCodes.USAGE, HOW_TO_GET_SPARK);
    }
}
