package org.diplomacykg.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import org.diplomacykg.article.RejectedInputException;
import org.diplomacykg.pipeline.ExtractionEngine;
import org.diplomacykg.pipeline.ExtractionJob;
import org.diplomacykg.pipeline.ExtractionReport;

/**
 * {@code dkg extract --engine spark}: a Spark job over the articles, one task per slice of
 * them (up to four slices per core of the cluster), each running the loader's pipeline. The
 * outcomes are kept (memory, else disk) so that the graphs are saved and the rejections
 * collected from one extraction. Inputs and output may be any Hadoop file system URI.
 */
public final class SparkExtraction implements ExtractionEngine {
    /** Used when neither --master nor spark-submit names a master. */
    public static final String DEFAULT_MASTER = "local[*]";

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public ExtractionReport extract(ExtractionJob job) throws RejectedInputException {
        SparkConf conf = new SparkConf().setAppName("dkg extract");
        if (job.master() != null) {
            conf.setMaster(job.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER);
        }
        if (conf.get("spark.master").startsWith("local")) {
            // In one process: no web UI on a fixed port, and no host name to resolve.
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            return run(sc, job);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExtractionReport run(JavaSparkContext sc, ExtractionJob job) throws IOException, RejectedInputException {
        Configuration hadoop = sc.hadoopConfiguration();
        Path out = new Path(job.out());
        FileSystem outFs = out.getFileSystem(hadoop);
        refuseUsedOutput(outFs, out, job.out());

        HadoopArticleInputs inputs = HadoopArticleInputs.expand(job.inputs(), hadoop);
        List<String> rejected = new ArrayList<>();
        inputs.rejected().forEach(line -> {
            rejected.add(line);
            job.onReject().accept(line);
        });
        List<ArticleLocation> files = inputs.files();
        int slices = Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
        long budgetMillis = job.articleBudget().toMillis();
        JavaRDD<ArticleOutcome> outcomes = sc.parallelize(files, slices).flatMap(f -> ArticleTask.run(f, budgetMillis))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String graphs = new Path(out, GRAPHS_FOLDER).toString();
            outcomes.filter(ArticleOutcome::isGraph).map(ArticleOutcome::text).saveAsTextFile(graphs);
            long articles = outcomes.filter(ArticleOutcome::isGraph).count();
            // rejections and warnings in input order, as the local loader tells them
            for (ArticleOutcome note : outcomes.filter(o -> !o.isGraph()).collect()) {
                if (note.kind() == ArticleOutcome.Kind.REJECTED) {
                    rejected.add(note.text());
                    job.onReject().accept(note.text());
                } else {
                    job.onWarning().accept(note.text());
                }
            }
            try (OutputStream report = outFs.create(new Path(out, REJECTED_FILE), true)) {
                for (String line : rejected) {
                    report.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return new ExtractionReport(articles, graphs, rejected);
        } finally {
            outcomes.unpersist(false);
        }
    }

    /** As the local engine: shards of two runs are never mixed. */
    private static void refuseUsedOutput(FileSystem fs, Path out, String named) throws IOException, RejectedInputException {
        if (!fs.exists(out)) {
            return;
        }
        if (!fs.getFileStatus(out).isDirectory()) {
            throw new RejectedInputException(named, "exists and is not a directory; name a new directory for --out");
        }
        if (fs.listStatus(out).length > 0) {
            throw new RejectedInputException(named,
                    "already exists and is not empty; name a new directory for --out (shards of two runs are never mixed)");
        }
    }
}
