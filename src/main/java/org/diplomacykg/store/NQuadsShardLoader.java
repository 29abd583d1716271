package org.diplomacykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandlerFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.article.RejectedInputException;
import org.diplomacykg.rdf.OntologyFiles;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * Loads N-Quads shards ({@code dkg extract}'s output: one named graph per article, exactly as
 * {@code dkg load} stores it) into a store. Every shard is parsed and checked in full before the
 * first write; a shard that fails is reported in one line and nothing of it is stored, the
 * others load. Into a store without articles the shards go through TDB2's parallel bulk loader
 * (its transactions are partial, which is why nothing reaches it unchecked); into a store with
 * articles, they replace their graphs in one write transaction, and graphs whose article hash
 * equals the stored one are left alone, as {@code dkg load} leaves unchanged files. Either way
 * the labels graph ({@link PreferredLabels}) is written in the same load, and the text index of
 * names ({@link LabelTextIndex}) follows: in the same commit for a replacing load, rebuilt right
 * after a bulk load.
 */
public final class NQuadsShardLoader {
    private final Consumer<RejectedInputException> onReject;

    /** What was loaded: new, replaced and unchanged graphs, rejected inputs, shards read, and how. */
    public record Report(int added, int replaced, int unchanged, List<RejectedInputException> rejected, int shards,
                         boolean bulk) {
        public String summary() {
            return String.format("%d new, %d replaced, %d unchanged, %d rejected (%d %s; %s)", added, replaced, unchanged,
                    rejected.size(), shards, shards == 1 ? "shard" : "shards",
                    bulk ? "TDB2 parallel bulk loader" : "one write transaction");
        }
    }

    /** A checked shard: its article graphs and the content hash each one carries. */
    private record Shard(Path path, Map<Node, String> hashes) {
    }

    public NQuadsShardLoader(Consumer<RejectedInputException> onReject) {
        this.onReject = onReject;
    }

    /**
     * The shard files a user named: a file is a shard whatever its name; a directory's shards are
     * its files named {@code *.nq}, {@code *.nq.gz} or {@code part-*} (Hadoop's output names),
     * searched recursively in path order; Hadoop's {@code _SUCCESS} and {@code .crc} files and
     * {@code dkg extract}'s {@code rejected.txt} are not shards.
     */
    static List<Path> shardFiles(Path named, List<RejectedInputException> rejected) {
        if (!Files.exists(named)) {
            rejected.add(new RejectedInputException(named.toString(), "no such file or directory"));
            return List.of();
        }
        if (!Files.isDirectory(named)) {
            return List.of(named);
        }
        try (Stream<Path> walk = Files.walk(named)) {
            List<Path> found = walk.filter(Files::isRegularFile).filter(NQuadsShardLoader::isShardName).sorted().toList();
            if (found.isEmpty()) {
                rejected.add(new RejectedInputException(named.toString(),
                        "directory holds no N-Quads shards (*.nq, *.nq.gz or part-* files)"));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isShardName(Path p) {
        String name = p.getFileName().toString();
        if (name.startsWith(".") || name.startsWith("_") || name.endsWith(".crc")) {
            return false;
        }
        return name.endsWith(".nq") || name.endsWith(".nq.gz") || name.startsWith("part-");
    }

    public Report load(List<Path> named, KgStore store) {
        List<RejectedInputException> rejected = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : named) {
            List<RejectedInputException> missing = new ArrayList<>();
            files.addAll(shardFiles(p, missing));
            missing.forEach(r -> reject(rejected, r));
        }
        Map<Node, Path> seen = new HashMap<>();
        List<Shard> shards = new ArrayList<>();
        for (Path file : files) {
            try {
                Shard shard = check(file, seen);
                shard.hashes().keySet().forEach(g -> seen.put(g, file));
                shards.add(shard);
            } catch (RejectedInputException e) {
                reject(rejected, e);
            }
        }
        store.ensureOntology(OntologyFiles.ontologyGraph());
        if (store.hasNoArticles()) {
            int added = bulkLoad(shards, store.bulkLoadDataset());
            // the bulk loader writes beneath the text index: index the store's names now (into a
            // store without articles, that is everything this load wrote, plus the ontology's names)
            store.rebuildTextIndex();
            // and derive what listings sort or count, in one write transaction after the bulk load
            // (the bulk loader streams quads and cannot look across articles while it writes)
            Txn.executeWrite(store.dataset(), () -> DerivedGraph.rebuild(store.dataset()));
            return new Report(added, 0, 0, rejected, shards.size(), true);
        }
        return replace(shards, store, rejected);
    }

    /**
     * Parses the whole shard and checks that it holds article graphs only, each with its content
     * hash, none of them already in an earlier shard.
     */
    static Shard check(Path file, Map<Node, Path> earlier) throws RejectedInputException {
        Map<Node, String> hashes = new LinkedHashMap<>();
        Set<Node> graphs = new HashSet<>();
        Node contentHash = DIP.contentHash.asNode();
        String[] problem = new String[1];
        String outsideGraphs = "holds a triple outside any named graph; a shard holds article graphs only";
        StreamRDF checker = new StreamRDFBase() {
            @Override
            public void triple(Triple triple) {
                if (problem[0] == null) {
                    problem[0] = outsideGraphs;
                }
            }

            @Override
            public void quad(Quad quad) {
                Node g = quad.getGraph();
                if (quad.isDefaultGraph() || !KG.isArticleGraph(g)) {
                    if (problem[0] == null) {
                        problem[0] = quad.isDefaultGraph() ? outsideGraphs : "holds a quad in graph <" + g
                                + ">, not an article graph (" + KG.ARTICLE + "…); a shard holds article graphs only";
                    }
                    return;
                }
                if (graphs.add(g) && earlier.containsKey(g) && problem[0] == null) {
                    problem[0] = "graph <" + g.getURI() + "> is also in " + earlier.get(g);
                }
                if (g.equals(quad.getSubject()) && contentHash.equals(quad.getPredicate()) && quad.getObject().isLiteral()) {
                    hashes.put(g, quad.getObject().getLiteralLexicalForm());
                }
            }
        };
        try {
            parser(file).parse(checker);
        } catch (RiotException e) {
            throw new RejectedInputException(file.toString(), "not N-Quads (" + oneLine(e.getMessage()) + ")");
        } catch (UncheckedIOException e) {
            throw new RejectedInputException(file.toString(), "cannot be read: " + oneLine(e.getMessage()));
        }
        if (problem[0] != null) {
            throw new RejectedInputException(file.toString(), problem[0]);
        }
        for (Node g : graphs) {
            if (!hashes.containsKey(g)) {
                throw new RejectedInputException(file.toString(), "graph <" + g.getURI() + "> has no "
                        + DIP.contentHash.getLocalName() + " of its article (not written by dkg extract)");
            }
        }
        return new Shard(file, hashes);
    }

    private static RDFParser parser(Path file) {
        // The language is fixed (Hadoop's part-NNNNN names have no extension); a .gz name is
        // decompressed by Jena. Strict: a shard is machine-written, any warning is a fault.
        return RDFParser.source(file).lang(Lang.NQUADS).forceLang(Lang.NQUADS)
                .errorHandler(ErrorHandlerFactory.errorHandlerStrictNoLogging).build();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** Every checked shard through the parallel bulk loader, with the load time of each article. */
    private static int bulkLoad(List<Shard> shards, DatasetGraph dsg) {
        if (shards.isEmpty()) {
            return 0;
        }
        DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
        Node loads = KG.loadsGraph();
        Node loadedAt = now();
        int added = 0;
        Map<Node, Node> ontologyLabels = Txn.calculateRead(dsg, () -> {
            Map<Node, Node> out = new HashMap<>();
            dsg.find(KG.ontologyGraph(), Node.ANY, SKOS.prefLabel.asNode(), Node.ANY)
                    .forEachRemaining(q -> out.putIfAbsent(q.getSubject(), q.getObject()));
            return out;
        });
        // the labels each resource is given, with how many article graphs give each (a graph is
        // in one shard only, and states a triple once), to write the labels graph in the same load
        Map<Node, Map<Node, Integer>> told = new HashMap<>();
        Node label = RDFS.label.asNode();
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            StreamRDF counting = new StreamRDFWrapper(stream) {
                @Override
                public void quad(Quad quad) {
                    if (label.equals(quad.getPredicate()) && quad.getObject().isLiteral()) {
                        told.computeIfAbsent(quad.getSubject(), k -> new HashMap<>()).merge(quad.getObject(), 1, Integer::sum);
                    }
                    super.quad(quad);
                }
            };
            for (Shard shard : shards) {
                parser(shard.path()).parse(counting);
                for (Node g : shard.hashes().keySet()) {
                    stream.quad(Quad.create(loads, g, KgStore.LOADED_AT, loadedAt));
                    added++;
                }
            }
            told.forEach((resource, labels) -> PreferredLabels.statements(resource, ontologyLabels.get(resource), labels)
                    .forEach(stream::quad));
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return added;
    }

    /** Replaces the shards' graphs in one write transaction, leaving graphs whose hash is unchanged. */
    private static Report replace(List<Shard> shards, KgStore store, List<RejectedInputException> rejected) {
        int[] counts = new int[3];   // added, replaced, unchanged
        List<Map<Node, Boolean>> writes = new ArrayList<>();   // per shard: graph -> replaces a stored one
        for (Shard shard : shards) {
            Map<Node, Boolean> write = new HashMap<>();
            shard.hashes().forEach((g, hash) -> {
                Optional<String> stored = store.storedHash(g);
                if (stored.isPresent() && stored.get().equals(hash)) {
                    counts[2]++;
                } else {
                    write.put(g, stored.isPresent());
                    counts[stored.isPresent() ? 1 : 0]++;
                }
            });
            writes.add(write);
        }
        DatasetGraph dsg = store.dataset();
        Node loads = KG.loadsGraph();
        Node loadedAt = now();
        Node label = RDFS.label.asNode();
        Txn.executeWrite(dsg, () -> {
            boolean rebuildLabels = PreferredLabels.missing(dsg);
            boolean rebuildDerived = DerivedGraph.missing(dsg);
            // what the replaced and the new graphs name: their preferred labels may change
            Set<Node> named = new HashSet<>();
            // what they tell: their derived counts, pairs and project links may change
            DerivedGraph.Touched touched = DerivedGraph.touched(dsg);
            for (int i = 0; i < shards.size(); i++) {
                Map<Node, Boolean> write = writes.get(i);
                if (write.isEmpty()) {
                    continue;
                }
                write.forEach((g, replaces) -> {
                    if (replaces) {
                        named.addAll(PreferredLabels.labelledIn(dsg, g));
                        touched.add(dsg, g);
                        dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
                        dsg.deleteAny(loads, g, Node.ANY, Node.ANY);
                    }
                });
                parser(shards.get(i).path()).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad quad) {
                        if (write.containsKey(quad.getGraph())) {
                            dsg.add(quad);
                            if (label.equals(quad.getPredicate())) {
                                named.add(quad.getSubject());
                            }
                        }
                    }
                });
                write.keySet().forEach(g -> {
                    dsg.add(loads, g, KgStore.LOADED_AT, loadedAt);
                    touched.add(dsg, g);
                });
            }
            if (rebuildLabels) {
                PreferredLabels.rebuild(dsg);
            } else {
                PreferredLabels.refresh(dsg, named);
            }
            if (rebuildDerived) {
                DerivedGraph.rebuild(dsg);
            } else {
                DerivedGraph.refresh(dsg, touched);
            }
        });
        return new Report(counts[0], counts[1], counts[2], rejected, shards.size(), false);
    }

    private static Node now() {
        return NodeFactory.createLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime);
    }

    private void reject(List<RejectedInputException> rejected, RejectedInputException e) {
        rejected.add(e);
        onReject.accept(e);
    }
}
