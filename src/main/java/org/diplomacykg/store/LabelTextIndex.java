package org.diplomacykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The jena-text (Lucene) index of every name in a store, which {@code queries/find-entity.rq}
 * searches with {@code text:query} instead of folding every spelling in SPARQL.
 *
 * <p>One Lucene document per thing and name stated with {@code rdfs:label}, {@code skos:prefLabel}
 * or {@code skos:altLabel} in any graph ({@link NameDocuments}), with the name in one field folded
 * by {@link NameFoldingAnalyzer} (accents, đ and case; so "Viet Nam", "Việt Nam" and "VIỆT NAM"
 * find the same thing). Each document carries a checksum of its thing and name (jena-text's uid
 * field), so a name that two articles state is one document, and it stays found when one of
 * them is replaced, and goes when neither states it any more. No graph field: the saved
 * queries read the union of the graphs, and jena-text would restrict a query on the default
 * graph to the (empty) default graph's documents; each hit is checked against the store's
 * triples by the query itself.
 *
 * <p>The index lives in the store's directory, {@code STORE/text-index/} (TDB2 uses only its
 * {@code Data-NNNN} folders there, and compaction leaves other folders alone). The dataset
 * returned by {@link #attach} indexes inside every write transaction: what a transaction adds
 * or deletes reaches the index when it commits, and nothing when it aborts. Writes that bypass
 * the dataset (TDB2's bulk loader) call {@link #rebuild} after they finish. Lucene's files are
 * written at each commit; the index is never closed by this code (see {@link #OPEN}).
 */
public final class LabelTextIndex {
    /** The index's folder inside the store directory. */
    public static final String DIRECTORY = "text-index";

    /** The properties whose values are indexed: every name the saved queries show. */
    static final List<Node> NAME_PROPERTIES = List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(),
            SKOS.altLabel.asNode());

    private static final String ENTITY_FIELD = "uri";
    private static final String NAME_FIELD = "name";
    private static final String UID_FIELD = "uid";
    private static final String LANG_FIELD = "lang";

    private LabelTextIndex() {}

    /**
     * The text datasets open in this JVM, by store directory (by the dataset itself for an
     * in-memory one). jena-text ties an index to the TDB2 transaction coordinator of the dataset
     * it wraps, for as long as that dataset lives, and TDB2 keeps a dataset open per JVM however
     * often it is connected; so each TDB2 dataset gets one index, opened once, whose Lucene write
     * lock, like TDB2's own lock, is held until the JVM ends (or the dataset is expelled and
     * connected again, which opens the index anew).
     */
    private static final Map<Object, DatasetGraphText> OPEN = new HashMap<>();

    /**
     * The TDB2 dataset {@code tdb} wrapped so that every write keeps its text index in step; the
     * index is opened from {@code STORE/text-index/} (kept in memory for an in-memory dataset).
     * A store without an index (made before there was one, or whose index folder was deleted)
     * gets it built now from its quads, and {@code notices} hears one line about it. Connecting
     * the same dataset again gives the same wrapped dataset.
     */
    public static DatasetGraph attach(DatasetGraph tdb, Consumer<String> notices) {
        return attach(tdb, notices, false);
    }

    private static synchronized DatasetGraph attach(DatasetGraph tdb, Consumer<String> notices, boolean rebuildAlways) {
        if (tdb instanceof DatasetGraphText) {
            return tdb;
        }
        Location location = tdb instanceof DatasetGraphSwitchable s ? s.getLocation() : Location.mem();
        Object key = location.isMem() ? tdb : Path.of(location.getDirectoryPath()).toAbsolutePath().normalize();
        DatasetGraphText open = OPEN.get(key);
        if (open != null && open.getWrapped() == tdb) {
            if (rebuildAlways) {
                rebuild(open);
            }
            return open;
        }
        if (open != null) {
            // the dataset it wrapped was expelled: its index goes with it (and if its files went
            // too, there is nothing left to close)
            OPEN.remove(key);
            try {
                open.getTextIndex().close();
            } catch (RuntimeException e) {
                // nothing of it is used again
            }
        }
        Directory directory;
        boolean existed;
        try {
            directory = location.isMem() ? new ByteBuffersDirectory()
                    : FSDirectory.open(Path.of(location.getDirectoryPath()).resolve(DIRECTORY));
            existed = DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index of " + location, e);
        }
        TextIndex index = TextDatasetFactory.createLuceneIndex(directory, config());
        DatasetGraphText text = (DatasetGraphText) TextDatasetFactory.create(tdb, index, false,
                new NameDocuments(index, tdb));
        OPEN.put(key, text);
        if (!existed || rebuildAlways) {
            long names = rebuild(text);
            if (names > 0 && !existed) {
                notices.accept(location.getDirectoryPath() + ": built the text index of names (" + names
                        + " names) in " + DIRECTORY + "/, which this store did not have yet");
            }
        }
        return text;
    }

    /**
     * Builds, from scratch, the text index of a store written beneath it (by TDB2's bulk loader):
     * the same code that indexes a store on open and after {@code dkg load --nquads}.
     */
    public static void build(DatasetGraph tdb) {
        attach(tdb, notice -> { }, true);
    }

    private static TextIndexConfig config() {
        EntityDefinition names = new EntityDefinition(ENTITY_FIELD, NAME_FIELD, NAME_PROPERTIES.get(0));
        for (Node property : NAME_PROPERTIES.subList(1, NAME_PROPERTIES.size())) {
            names.set(NAME_FIELD, property);
        }
        names.setUidField(UID_FIELD);
        // the spellings a query returns keep their language tags ("Prime Minister"@en)
        names.setLangField(LANG_FIELD);
        TextIndexConfig config = new TextIndexConfig(names);
        config.setAnalyzer(new NameFoldingAnalyzer());
        config.setQueryAnalyzer(new NameFoldingAnalyzer());
        // find-entity shows the spellings that matched
        config.setValueStored(true);
        return config;
    }

    /**
     * Empties the index of a dataset from {@link #attach} and indexes every name the store now
     * holds, then commits the index: after TDB2's bulk loader (which writes beneath the dataset)
     * and for a store that had no index. Call outside any transaction of the dataset.
     *
     * @return the number of names indexed
     */
    public static long rebuild(DatasetGraph text) {
        if (!(text instanceof DatasetGraphText withIndex)) {
            throw new IllegalArgumentException("not a dataset with a text index: " + text);
        }
        TextIndexLucene index = (TextIndexLucene) withIndex.getTextIndex();
        EntityDefinition names = index.getDocDef();
        try {
            index.getIndexWriter().deleteAll();
            long count = Txn.calculateRead(text, () -> {
                Set<List<Node>> seen = new HashSet<>();
                for (Node property : NAME_PROPERTIES) {
                    var quads = text.find(Node.ANY, Node.ANY, property, Node.ANY);
                    while (quads.hasNext()) {
                        Quad q = quads.next();
                        if (NameDocuments.isName(q.getPredicate(), q.getObject())
                                && (q.getSubject().isURI() || q.getSubject().isBlank())
                                && seen.add(List.of(q.getSubject(), q.getObject()))) {
                            index.addEntity(NameDocuments.document(names, q.getSubject(), q.getObject()));
                        }
                    }
                }
                return (long) seen.size();
            });
            index.commit();
            return count;
        } catch (IOException | RuntimeException e) {
            index.rollback();
            throw e instanceof IOException io ? new UncheckedIOException("cannot rebuild the text index", io)
                    : (RuntimeException) e;
        }
    }
}
