package org.diplomacykg.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.NodeFactory;
import org.diplomacykg.store.ArticleGraph;
import org.diplomacykg.store.KgStore;

/**
 * A loader in a process of its own, for {@link KilledLoadTest}. It builds the seed articles'
 * graphs once with the real {@link ArticleGraphBuilder}, then writes batches of
 * {@link ArticleLoader#BATCH_ARTICLES} copies of them under the names {@code …/k_NNNN} through
 * {@link KgStore#replace} (the write transaction of {@code dkg load}), continuing after the
 * batches already stored. It says on standard output when each write begins and ends, so the
 * test can kill it in between. (Extracting 200 articles per round would only make the test slow; given a
 * folder of graphs written by {@link #writeSeeds}, it reads them instead of extracting even the seeds.)
 */
public final class KilledLoadChild {
    static final String PREFIX = "https://w3id.org/diplomacy-kg/article/k_";

    private KilledLoadChild() {}

    public static void main(String[] args) throws Exception {
        int batches = Integer.parseInt(args[1]);
        int size = ArticleLoader.BATCH_ARTICLES;
        List<ArticleGraph> seeds = args.length > 2 ? readSeeds(Path.of(args[2])) : buildSeeds();
        try (KgStore store = KgStore.open(Path.of(args[0]))) {
            int stored = store.articleGraphs().size();
            System.out.println("opened " + stored);
            System.out.flush();
            for (int b = stored / size; b < batches; b++) {
                List<ArticleGraph> batch = new ArrayList<>();
                for (int i = b * size; i < (b + 1) * size; i++) {
                    ArticleGraph seed = seeds.get(i % seeds.size());
                    batch.add(new ArticleGraph(NodeFactory.createURI(String.format("%s%04d", PREFIX, i)), seed.contentHash(),
                            seed.graph(), seed.source()));
                }
                System.out.println("writing " + b);
                System.out.flush();
                store.replace(batch);
                System.out.println("written " + b);
                System.out.flush();
            }
            System.out.println("done");
        }
    }

    /** The seed articles' graphs, built with the real pipeline. */
    static List<ArticleGraph> buildSeeds() throws Exception {
        List<ArticleGraph> seeds = new ArrayList<>();
        ArticleGraphBuilder builder = new ArticleGraphBuilder();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList())
                seeds.add(builder.build(builder.readFile(p)));
        }
        return seeds;
    }

    /**
     * Writes the seeds' graphs once, so that each killed child reads them instead of starting the NLP
     * pipeline again (tens of seconds per child JVM): {@code NN.nt} and {@code NN.txt} (hash, source).
     */
    static void writeSeeds(Path dir) throws Exception {
        Files.createDirectories(dir);
        List<ArticleGraph> seeds = buildSeeds();
        for (int i = 0; i < seeds.size(); i++) {
            ArticleGraph g = seeds.get(i);
            try (java.io.OutputStream out = Files.newOutputStream(dir.resolve(String.format("%02d.nt", i)))) {
                org.apache.jena.riot.RDFDataMgr.write(out, g.graph(), org.apache.jena.riot.Lang.NTRIPLES);
            }
            Files.writeString(dir.resolve(String.format("%02d.txt", i)), g.name().getURI() + "\n" + g.contentHash() + "\n" + g.source());
        }
    }

    private static List<ArticleGraph> readSeeds(Path dir) throws Exception {
        List<ArticleGraph> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path nt : s.filter(p -> p.toString().endsWith(".nt")).sorted().toList()) {
                String[] meta = Files.readString(Path.of(nt.toString().replaceFirst("\\.nt$", ".txt"))).split("\n", 3);
                seeds.add(new ArticleGraph(NodeFactory.createURI(meta[0]), meta[1],
                        org.apache.jena.riot.RDFDataMgr.loadGraph(nt.toString()), meta[2]));
            }
        }
        return seeds;
    }
}
