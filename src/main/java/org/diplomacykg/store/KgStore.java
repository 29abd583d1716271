package org.diplomacykg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * The TDB2 dataset behind diplomacy-kg: one named graph per article, the ontology in its own
 * graph, load times in a third, preferred labels across articles in a fourth, what listings
 * sort or count in a fifth ({@link DerivedGraph}), and the union of all as the default graph for
 * queries.
 * Every write is one transaction; graphs arrive already built and validated, so a write
 * never stops half-way because of bad input.
 *
 * <pre>
 * try (KgStore store = KgStore.open(Path.of("data/store"))) {
 *     store.replace(List.of(articleGraph));
 * }
 * </pre>
 */
public final class KgStore implements ArticleGraphTarget, AutoCloseable {
    private static final Pattern LOCK_HOLDER = Pattern.compile("held by process (\\d+)");
    private final Path dir;
    /** The TDB2 dataset itself, for TDB2's own operations (bulk loading, compaction). */
    private final DatasetGraph tdb;
    /** {@link #tdb} with the text index of names kept in step ({@link LabelTextIndex}). */
    private final DatasetGraph dsg;

    private KgStore(Path dir, DatasetGraph tdb, DatasetGraph dsg) {
        this.dir = dir;
        this.tdb = tdb;
        this.dsg = dsg;
    }

    /**
     * Opens the store, creating it when the directory is missing or empty; a store without a text
     * index gets it built, silently (see {@link #open(Path, Consumer)}).
     *
     * @throws StoreUnavailableException when the directory is something else, or is locked
     */
    public static KgStore open(Path dir) throws StoreUnavailableException {
        return open(dir, notice -> { });
    }

    /**
     * Opens the store, creating it when the directory is missing or empty, with its text index of
     * names ({@link LabelTextIndex}); {@code notices} hears one line when the index had to be
     * built from the store's quads (a store made before the index existed).
     *
     * @throws StoreUnavailableException when the directory is something else, or is locked
     */
    public static KgStore open(Path dir, Consumer<String> notices) throws StoreUnavailableException {
        checkIsStoreOrEmpty(dir);
        DatasetGraph tdb;
        try {
            tdb = DatabaseMgr.connectDatasetGraph(dir.toString());
            tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        } catch (DBOpEnvException e) {
            throw locked(dir, e);
        } catch (RuntimeException e) {
            if (e.getMessage() != null && e.getMessage().contains("lock")) {
                throw locked(dir, e);
            }
            throw new StoreUnavailableException(dir + ": cannot open as a TDB2 store (" + e.getMessage() + ")");
        }
        try {
            return new KgStore(dir, tdb, LabelTextIndex.attach(tdb, notices));
        } catch (RuntimeException e) {
            TDBInternal.expel(tdb);
            throw new StoreUnavailableException(dir + ": cannot open its text index " + LabelTextIndex.DIRECTORY
                    + "/ (" + e.getMessage() + ")");
        }
    }

    private static void checkIsStoreOrEmpty(Path dir) throws StoreUnavailableException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new StoreUnavailableException(dir + ": not a TDB2 store (it is a file, not a directory)");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent() && !holdsGeneration(dir)) {
                throw new StoreUnavailableException(dir + ": not a TDB2 store (no Data-NNNN folder; "
                        + "name an empty or new directory to create one)");
            }
        } catch (IOException e) {
            throw new StoreUnavailableException(dir + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** True when the directory holds a TDB2 generation ({@code Data-NNNN}), i.e. is a store already. */
    public static boolean holdsGeneration(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().matches("Data-\\d{4}"));
        }
    }

    /** Where a serving process notes its address beside the lock: {@code PID URL}. */
    static final String SERVER_NOTE = "dkg-serve.url";

    private static StoreUnavailableException locked(Path dir, Exception e) {
        Matcher m = LOCK_HOLDER.matcher(String.valueOf(e.getMessage()));
        String pid = m.find() ? m.group(1) : null;
        String url = pid == null ? null : servingUrl(dir, pid);
        String who = pid == null ? "another process" : "process " + pid;
        String message = dir + ": store is locked by " + who
                + (url != null ? ", the 'dkg serve' at " + url : " (a running 'dkg serve'?)");
        return new StoreUnavailableException(message, true, url);
    }

    /** The dataset URL noted by the serving process {@code pid}, if it is the one that noted it. */
    private static String servingUrl(Path dir, String pid) {
        try {
            String[] note = Files.readString(dir.resolve(SERVER_NOTE)).strip().split(" ", 2);
            return note.length == 2 && note[0].equals(pid) ? note[1] : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Notes, beside the store's lock, that this process serves it at {@code datasetUrl}, so that a
     * command refused by the lock can name the server to use instead.
     */
    public static void noteServer(Path dir, String datasetUrl) {
        try {
            Files.writeString(dir.resolve(SERVER_NOTE), ProcessHandle.current().pid() + " " + datasetUrl + "\n");
        } catch (IOException e) {
            // only a hint for other commands' messages
        }
    }

    /** Removes the note of {@link #noteServer}. */
    public static void forgetServer(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(SERVER_NOTE));
        } catch (IOException e) {
            // only a hint
        }
    }

    public Path directory() {
        return dir;
    }

    /**
     * The dataset, for query and serving code; use it inside transactions only. Writes through it
     * keep the text index of names in step.
     */
    public DatasetGraph dataset() {
        return dsg;
    }

    /**
     * The TDB2 dataset beneath {@link #dataset()}, for TDB2's bulk loader, which must be given
     * TDB2's own dataset; what is written through it is not indexed until
     * {@link #rebuildTextIndex()}.
     */
    public DatasetGraph bulkLoadDataset() {
        return tdb;
    }

    /**
     * Indexes again every name the store holds, after a write beneath {@link #dataset()}.
     *
     * @return the number of names indexed
     */
    public long rebuildTextIndex() {
        return LabelTextIndex.rebuild(dsg);
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    @Override
    public Optional<String> storedHash(Node articleIri) {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(articleIri, articleIri, DIP.contentHash.asNode(), Node.ANY);
            return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
        });
    }

    /**
     * Replaces each article's graph with the given one, in one write transaction, records the
     * time of the write in the loads graph, and recomputes the preferred labels
     * ({@link PreferredLabels}) of everything the old and new graphs name and the derived graph
     * ({@link DerivedGraph}) of everything they tell. Graphs are pulled from the iterator inside the
     * transaction; if it throws, nothing of this call is stored.
     */
    @Override
    public void replace(Iterator<ArticleGraph> graphs) {
        if (!graphs.hasNext()) {
            return;
        }
        Node loads = KG.loadsGraph();
        Node loadedAt = NodeFactory.createLiteral(Instant.now().toString(), XSDDatatype.XSDdateTime);
        boolean empty = hasNoArticles();
        Txn.executeWrite(dsg, () -> {
            boolean rebuildLabels = !empty && PreferredLabels.missing(dsg);
            boolean rebuildDerived = !empty && DerivedGraph.missing(dsg);
            // what the replaced and the new graphs name: their preferred labels may change
            Set<Node> named = new HashSet<>();
            // what they tell: their derived counts, pairs and project links may change
            DerivedGraph.Touched touched = DerivedGraph.touched(dsg);
            while (graphs.hasNext()) {
                ArticleGraph ag = graphs.next();
                if (!empty) {
                    // On an empty store there is nothing to delete; skipping the lookups is a
                    // good part of why a first load is fast.
                    named.addAll(PreferredLabels.labelledIn(dsg, ag.name()));
                    touched.add(dsg, ag.name());
                    dsg.deleteAny(ag.name(), Node.ANY, Node.ANY, Node.ANY);
                }
                ag.graph().find().forEachRemaining(t -> {
                    dsg.add(ag.name(), t.getSubject(), t.getPredicate(), t.getObject());
                    if (t.getPredicate().equals(RDFS.label.asNode())) {
                        named.add(t.getSubject());
                    }
                });
                if (!empty) {
                    dsg.deleteAny(loads, ag.name(), Node.ANY, Node.ANY);
                }
                dsg.add(loads, ag.name(), LOADED_AT, loadedAt);
                touched.add(dsg, ag.name());
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
    }

    @Override
    public boolean hasNoArticles() {
        return Txn.calculateRead(dsg, () -> !dsg.find(Node.ANY, Node.ANY, DIP.contentHash.asNode(), Node.ANY).hasNext());
    }

    /** The property recording when an article graph was last written, in the loads graph. */
    public static final Node LOADED_AT = NodeFactory.createURI(KG.BASE + "ontology#loadedAt");

    @Override
    public boolean ensureOntology(Graph ontology) {
        Node name = KG.ontologyGraph();
        boolean same = Txn.calculateRead(dsg, () -> dsg.getGraph(name).isIsomorphicWith(ontology));
        if (same) {
            // a store loaded before the labels graph existed gets it on its next load, even when
            // every file is unchanged and no article graph is written
            if (Txn.calculateRead(dsg, () -> PreferredLabels.missing(dsg))) {
                Txn.executeWrite(dsg, () -> PreferredLabels.rebuild(dsg));
            }
            if (Txn.calculateRead(dsg, () -> DerivedGraph.missing(dsg))) {
                Txn.executeWrite(dsg, () -> DerivedGraph.rebuild(dsg));
            }
            return false;
        }
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            ontology.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            // the gazetteer's names come first in choosing preferred labels
            PreferredLabels.rebuild(dsg);
            // the event classes and the projects' spellings may have changed
            DerivedGraph.rebuild(dsg);
        });
        return true;
    }

    /** Names of the article graphs, in IRI order. */
    public List<Node> articleGraphs() {
        return Txn.calculateRead(dsg, () -> {
            List<Node> out = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> {
                if (KG.isArticleGraph(n)) {
                    out.add(n);
                }
            });
            out.sort((a, b) -> a.getURI().compareTo(b.getURI()));
            return out;
        });
    }

    /** A copy of one named graph, read in its own transaction. */
    public Graph copyOf(Node graphName) {
        return Txn.calculateRead(dsg, () -> {
            Graph out = GraphFactory.createDefaultGraph();
            dsg.getGraph(graphName).find().forEachRemaining(out::add);
            return out;
        });
    }

    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            Iterator<Quad> it = dsg.find();
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
    }

    /**
     * Rewrites the store into a new generation holding only live data and deletes the old one
     * (TDB2 never reuses blocks freed by earlier transactions, so replaced graphs leave dead
     * copies on disk until this runs).
     */
    public void compact() {
        DatabaseMgr.compact(tdb, true);
    }

    /** Bytes of disk the store's files take; see {@link #diskBytes(Path)}. */
    public long diskBytes() {
        return diskBytes(dir);
    }

    /**
     * Bytes of disk the files under a directory take. TDB2 grows its files in sparse chunks, so
     * their apparent size says little; the blocks really used come from {@code du}, and the
     * apparent size is the fallback where {@code du} is missing.
     */
    public static long diskBytes(Path dir) {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String line = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (du.waitFor() == 0 && line.matches("\\d+\\s.*")) {
                return Long.parseLong(line.split("\\s+")[0]) * 1024;
            }
        } catch (IOException e) {
            // no du: fall back to the apparent size
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        // TDB2 keeps databases open per JVM and releases the lock when the JVM exits;
        // syncing here makes sure nothing is left only in memory. The text index stays open with
        // the TDB2 dataset (see LabelTextIndex); each commit has already written it.
        tdb.close();
    }
}
