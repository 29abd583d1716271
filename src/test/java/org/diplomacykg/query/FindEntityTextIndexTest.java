package org.diplomacykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.diplomacykg.rdf.OntologyFiles;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.store.ArticleGraph;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.LabelTextIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * find-entity on the store's text index of names: whatever the accents and case typed, after a
 * replaced article, after a restart, on a store that had no index, and with Lucene's syntax
 * characters in the text.
 */
class FindEntityTextIndexTest {
    private static final SavedQuery FIND = SavedQueries.fromDirectory(Path.of("queries")).get("find-entity");
    private static final Node HA_LONG = KG.entity("place", "ha-long-bay").asNode();

    @TempDir
    Path dir;

    /** The entity IRIs find-entity lists for a name, in its order. */
    static List<String> found(KgStore store, String name) {
        QueryRunner runner = QueryRunner.local(store.dataset(), Duration.ofSeconds(30));
        QueryResult r = runner.run(ParameterBinder.apply(FIND.query(), ParameterBinder.bind(FIND, Map.of("name", name))));
        ResultSetRewindable rs = ((QueryResult.Rows) r).resultSet();
        List<String> out = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(s.getResource("entity").getURI());
        }
        return out;
    }

    /** An article graph that mentions one place by one name. */
    static ArticleGraph article(String stem, Node place, String label) {
        Node iri = KG.article(stem).asNode();
        Graph g = GraphFactory.createDefaultGraph();
        g.add(iri, RDF.type.asNode(), DIP.Article.asNode());
        g.add(iri, DIP.contentHash.asNode(), NodeFactory.createLiteralString("hash-" + stem + label));
        g.add(iri, DIP.mentions.asNode(), place);
        g.add(place, RDF.type.asNode(), DIP.Place.asNode());
        g.add(place, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        return new ArticleGraph(iri, "hash-" + stem + label, g, stem + ".txt");
    }

    @Test
    void accentsAndCaseDoNotMatterAndEveryWordStartsAWord() throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.replace(List.of(article("a", HA_LONG, "Vịnh Hạ Long")).iterator());
            for (String typed : List.of("Vịnh Hạ Long", "vinh ha long", "VỊNH HẠ LONG", "ha long", "Hạ", "vin ha")) {
                assertEquals(List.of(HA_LONG.getURI()), found(store, typed), typed);
            }
            assertEquals(List.of(), found(store, "inh"), "a word's middle is not the start of a word");
        }
    }

    @Test
    void luceneSyntaxInTheTextIsNotAQuery() throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.replace(List.of(article("a", HA_LONG, "Hạ Long (Quảng Ninh)")).iterator());
            assertEquals(List.of(HA_LONG.getURI()), found(store, "Hạ Long (Quảng Ninh)"));
            assertEquals(List.of(HA_LONG.getURI()), found(store, "(Quảng) Ninh:"));
            assertEquals(List.of(HA_LONG.getURI()), found(store, "+ha -long"), "+ and - are word separators, not operators");
            for (String typed : List.of("Lào (Laos)", "x\" } ; DROP ALL #", "*", "ha~ long^2 [a TO z]", "\\", "\"", "-", "")) {
                assertEquals(List.of(), found(store, typed), typed);
            }
        }
    }

    @Test
    void aReplacedArticlesOldNameIsNoLongerFound() throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.replace(List.of(article("a", HA_LONG, "Vịnh Hạ Long"), article("b", HA_LONG, "Hạ Long Bay")).iterator());
            assertEquals(List.of(HA_LONG.getURI()), found(store, "vinh"));
            store.replace(List.of(article("a", HA_LONG, "Halong")).iterator());
            assertEquals(List.of(), found(store, "vinh"));
            assertEquals(List.of(HA_LONG.getURI()), found(store, "halong"));
            // the same name stated by the article that was not replaced is still found
            assertEquals(List.of(HA_LONG.getURI()), found(store, "ha long bay"));
        }
    }

    @Test
    void theIndexSurvivesARestart() throws Exception {
        Path storeDir = dir.resolve("s");
        try (KgStore store = KgStore.open(storeDir)) {
            store.replace(List.of(article("a", HA_LONG, "Vịnh Hạ Long")).iterator());
        }
        // as a new process would: TDB2 forgets the dataset, and the index is opened from its files
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(storeDir.toString()));
        List<String> notices = new ArrayList<>();
        try (KgStore store = KgStore.open(storeDir, notices::add)) {
            assertEquals(List.of(HA_LONG.getURI()), found(store, "vinh ha long"));
        }
        assertEquals(List.of(), notices, "the index was there: nothing to build");
    }

    @Test
    void aStoreWithoutAnIndexGetsOneOnOpenWithOneNotice() throws Exception {
        Path storeDir = dir.resolve("s");
        try (KgStore store = KgStore.open(storeDir)) {
            store.ensureOntology(OntologyFiles.ontologyGraph());
            store.replace(List.of(article("a", HA_LONG, "Vịnh Hạ Long")).iterator());
        }
        TDBInternal.expel(DatabaseMgr.connectDatasetGraph(storeDir.toString()));
        // a store made before there was an index
        try (var files = Files.walk(storeDir.resolve(LabelTextIndex.DIRECTORY))) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        List<String> notices = new ArrayList<>();
        try (KgStore store = KgStore.open(storeDir, notices::add)) {
            assertEquals(List.of(HA_LONG.getURI()), found(store, "VỊNH"));
        }
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("built the text index"), notices.get(0));
    }
}
