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
 * test can kill it in between. (Extracting 200 articles per round would only make the test slow.)
 */
public final class KilledLoadChild {
    static final String PREFIX = "https://w3id.org/diplomacy-kg/article/k_";

    private KilledLoadChild() {}

    public static void main(String[] args) throws Exception {
        int batches = Integer.parseInt(args[1]);
        int size = ArticleLoader.BATCH_ARTICLES;
        List<ArticleGraph> seeds = new ArrayList<>();
        ArticleGraphBuilder builder = new ArticleGraphBuilder();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList())
                seeds.add(builder.build(builder.readFile(p)));
        }
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
}
