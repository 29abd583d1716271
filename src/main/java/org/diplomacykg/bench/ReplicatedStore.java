package org.diplomacykg.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.store.DerivedGraph;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.LabelTextIndex;

/**
 * A store of the shape a large corpus gives, built without parsing it: the article graphs of a
 * small store loaded through the pipeline, copied until the store holds the wanted number of
 * articles. Copy {@code c > 0} of an article gets its own IRIs for everything a larger corpus
 * would mint more of: the article (its graph name, its evidence nodes, its source file name) and
 * every {@code id/} resource the gazetteer does not define (events, commitments, targets,
 * projects, role assignments, persons and places named only in text). What the gazetteer defines
 * (countries, organisations, known persons and places, roles) stays shared across the copies,
 * as it is across real articles. Copy 0 is the loaded store itself, so the saved queries'
 * documented examples still name things in it.
 */
public final class ReplicatedStore {
    /** What was built: the articles loaded from text, the articles in the store, its quads, seconds and disk. */
    public record Figures(int parsedArticles, int articles, long quads, double seconds, long diskBytes) {
    }

    private final List<List<Quad>> articleGraphs = new ArrayList<>();
    private final Map<Node, List<Quad>> loadsQuads = new HashMap<>();
    private final List<Quad> sharedQuads = new ArrayList<>();
    private final List<Quad> labelQuads = new ArrayList<>();
    private final Set<String> gazetteerIris = new HashSet<>();

    /** Reads the base store's graphs into memory (a small store: some hundred articles). */
    public ReplicatedStore(KgStore base) {
        DatasetGraph dsg = base.dataset();
        Node loads = KG.loadsGraph();
        Txn.executeRead(dsg, () -> {
            List<Node> graphs = base.articleGraphs();
            for (Node g : graphs) {
                List<Quad> quads = new ArrayList<>();
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                articleGraphs.add(quads);
                List<Quad> loaded = new ArrayList<>();
                dsg.find(loads, g, Node.ANY, Node.ANY).forEachRemaining(loaded::add);
                loadsQuads.put(g, loaded);
            }
            Set<Node> articleNames = new HashSet<>(graphs);
            Node labels = KG.labelsGraph();
            // the derived graph is derived again from the copies (below), as a load derives it
            Node derived = KG.derivedGraph();
            // the labels graph names every resource the articles name, events and commitments included:
            // it is copied with them (below), and says nothing about what the gazetteer defines
            dsg.find(labels, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(labelQuads::add);
            dsg.listGraphNodes().forEachRemaining(g -> {
                if (!articleNames.contains(g) && !g.equals(loads) && !g.equals(labels) && !g.equals(derived)) {
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        sharedQuads.add(q);
                        for (Node n : List.of(q.getSubject(), q.getObject())) {
                            if (n.isURI()) {
                                gazetteerIris.add(n.getURI());
                            }
                        }
                    });
                }
            });
        });
    }

    public int parsedArticles() {
        return articleGraphs.size();
    }

    /**
     * Writes {@code articles} article graphs (copies of the base ones, in turn) and the shared
     * graphs once into the empty store at {@code dir}, through TDB2's parallel bulk loader.
     */
    public Figures build(int articles, Path dir) {
        if (articleGraphs.isEmpty()) {
            throw new IllegalStateException("the base store has no article graphs to copy");
        }
        long t0 = System.nanoTime();
        long quads = 0;
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
            loader.startBulk();
            try {
                StreamRDF stream = loader.stream();
                for (Quad q : sharedQuads) {
                    stream.quad(q);
                    quads++;
                }
                // each copy's resources get the preferred labels of the resources they copy (the same
                // articles, copied, tell them); a shared resource keeps its one label
                int copies = (articles + articleGraphs.size() - 1) / articleGraphs.size();
                for (Quad q : labelQuads) {
                    for (int copy = 0; copy < copies; copy++) {
                        Quad c = copyOf(q, copy);
                        if (copy > 0 && c.getSubject().equals(q.getSubject())) {
                            break;
                        }
                        stream.quad(c);
                        quads++;
                    }
                }
                for (int i = 0; i < articles; i++) {
                    int copy = i / articleGraphs.size();
                    List<Quad> graph = articleGraphs.get(i % articleGraphs.size());
                    for (Quad q : graph) {
                        stream.quad(copyOf(q, copy));
                        quads++;
                    }
                    for (Quad q : loadsQuads.get(graph.get(0).getGraph())) {
                        stream.quad(copyOf(q, copy));
                        quads++;
                    }
                }
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            // the bulk loader writes beneath the text index; index the names as dkg load --nquads does
            LabelTextIndex.build(dsg);
            // and derive what listings sort or count, as dkg load --nquads does after its bulk load
            Txn.executeWrite(dsg, () -> DerivedGraph.rebuild(dsg));
        } finally {
            TDBInternal.expel(dsg);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Figures(articleGraphs.size(), articles, quads, seconds, KgStore.diskBytes(dir));
    }

    private Quad copyOf(Quad q, int copy) {
        if (copy == 0) {
            return q;
        }
        Node object = q.getObject();
        if (object.isLiteral() && q.getPredicate().equals(DIP.sourceFile.asNode())) {
            object = NodeFactory.createLiteral(copyName(object.getLiteralLexicalForm(), copy), XSDDatatype.XSDstring);
        } else {
            object = copyOf(object, copy);
        }
        return Quad.create(copyOf(q.getGraph(), copy), copyOf(q.getSubject(), copy), q.getPredicate(), object);
    }

    private Node copyOf(Node n, int copy) {
        if (!n.isURI()) {
            return n;
        }
        String iri = n.getURI();
        if (iri.startsWith(KG.ARTICLE)) {
            // article/{stem} and article/{stem}#quote-…: the copy's own article
            int hash = iri.indexOf('#');
            int end = hash < 0 ? iri.length() : hash;
            return NodeFactory.createURI(iri.substring(0, end) + "-c" + copy + iri.substring(end));
        }
        if (iri.startsWith(KG.ID) && !gazetteerIris.contains(iri)) {
            return NodeFactory.createURI(iri + "-c" + copy);
        }
        return n;
    }

    /** {@code bench_…_000012.txt} becomes {@code bench_…_000012-c3.txt}. */
    private static String copyName(String file, int copy) {
        int dot = file.lastIndexOf('.');
        return dot < 0 ? file + "-c" + copy : file.substring(0, dot) + "-c" + copy + file.substring(dot);
    }
}
