package org.diplomacykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.TxnType;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.OntologyFiles;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The derived graph follows the article graphs: after every load, replacement and removal it is
 * what a recomputation from scratch gives, and it says what the listings show.
 */
class DerivedGraphTest {
    private static final Node TO_LAM = KG.entity("person", "to-lam").asNode();
    private static final Node THONGLOUN = KG.entity("person", "thongloun-sisoulith").asNode();
    private static final Node SONEXAY = KG.entity("person", "sonexay-siphandone").asNode();
    private static final Node DELEGATE = KG.entity("person", "a-delegate").asNode();
    private static final Node SPOUSE = KG.entity("person", "a-spouse").asNode();
    private static final Node TALKS = KG.entity("event", "2025-12-talks").asNode();
    private static final Node MEETING = KG.entity("event", "2025-12-meeting").asNode();
    private static final Node RECEPTION = KG.entity("event", "2025-12-reception").asNode();
    private static final Node EXPRESSWAY = KG.entity("project", "expressway").asNode();
    private static final Node PRESIDENCY = KG.entity("role-assignment", "to-lam-president").asNode();
    private static final Node VIET_NAM = KG.entity("country", "viet-nam").asNode();
    private static final Node LAOS = KG.entity("country", "laos").asNode();

    @Test
    void loadsReplacementsAndRemovalsLeaveWhatARecomputationGives(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.ensureOntology(OntologyFiles.ontologyGraph());
            store.replace(List.of(articleA(), articleB(true), articleC()));
            assertEqualsRecomputation(store, "after the first load");
            // the talks (a and b) and the reception (c): two events; the host meets each guest, the
            // two guests of the talks do not meet each other there, and the spouse meets nobody
            assertEquals(Map.of(pair(THONGLOUN, TO_LAM), 2L, pair(DELEGATE, TO_LAM), 1L, pair(SONEXAY, TO_LAM), 1L),
                    pairCounts(store));
            assertEquals(Set.of(TO_LAM, THONGLOUN), actorsOf(store, MeetingPairs.pairIri(THONGLOUN, TO_LAM)));
            // a's quote names the project as a writes it; c's quote as b spells it
            assertEquals(Set.of(TALKS, RECEPTION), namingEvents(store));
            assertEquals(List.of(1L, 0L, 1L, 1L), counts(store, "a"));
            assertEquals(List.of(2L, 1L, 0L, 1L), counts(store, "b"));
            // per event the earliest dip:date (a start date only when none is stated), the articles
            // that tell it and the first and latest of them; per article its date and listing order
            assertEquals(List.of("2025-12-01", "2", "2025-12-01, b.txt", "2025-12-02, a.txt"), eventKeys(store, TALKS));
            assertEquals(List.of("-", "1", "2025-12-01, b.txt", "2025-12-01, b.txt"), eventKeys(store, MEETING));
            assertEquals(List.of("2025-12-03", "1", "2025-12-03, c.txt", "2025-12-03, c.txt"), eventKeys(store, RECEPTION));
            assertEquals(List.of("2025-12-02", "2025-12-02\ta.txt\t" + KG.article("a").getURI(),
                    "07974-87-97~\ta.txt\t" + KG.article("a").getURI()), articleKeys(store, "a"));
            // person-meetings' order: date, label, IRI; undated last (the meeting has no date)
            assertEquals("0" + "2025-12-01\tTalks: Tô Lâm, Thongloun\t" + TALKS.getURI(), eventOrderKey(store, TALKS));
            assertEquals("1\tMeeting: Tô Lâm, Sonexay\t" + MEETING.getURI(), eventOrderKey(store, MEETING));
            // the commitments listing's order: area name, preferred label, area
            assertEquals(List.of("Infrastructure and transport\tbuild the expressway\t" + DIP.InfrastructureTransport.getURI()),
                    sortKeys(store));
            // and the same row found from its area, with the area's row count and the rows before it
            Node commitment = KG.entity("commitment", "b-expressway").asNode();
            assertEquals(Map.of(DIP.InfrastructureTransport.asNode(), List.of(
                            "1", "0", "Infrastructure and transport\tbuild the expressway\t" + commitment.getURI())),
                    areaRows(store));
            // Tô Lâm's presidency, stated by a and c: its article count, first and latest article
            assertEquals(List.of("2", "2025-12-02, a.txt", "2025-12-03, c.txt"), roleKeys(store, PRESIDENCY));

            // a's quote no longer names the project, which keeps its spellings: only a's events are matched again
            store.replace(List.of(articleA("They discussed trade.")));
            assertEqualsRecomputation(store, "after replacing a's quote");
            assertEquals(Set.of(RECEPTION), namingEvents(store));
            store.replace(List.of(articleA()));
            assertEquals(Set.of(TALKS, RECEPTION), namingEvents(store));

            // b no longer tells the meeting nor spells the project as c's quote does
            store.replace(List.of(articleB(false)));
            assertEqualsRecomputation(store, "after replacing b");
            assertEquals(Map.of(pair(THONGLOUN, TO_LAM), 2L, pair(DELEGATE, TO_LAM), 1L), pairCounts(store));
            assertEquals(Set.of(TALKS), namingEvents(store));
            assertEquals(List.of(1L, 1L, 0L, 1L), counts(store, "b"));
            assertEquals(List.of("2025-12-02", "2", "2025-12-01, b.txt", "2025-12-02, a.txt"), eventKeys(store, TALKS));
            assertEquals(List.of(), eventKeys(store, MEETING));
            // b now puts its commitment in another area
            assertEquals(List.of("Economy and trade\tbuild the expressway\t" + DIP.EconomyTrade.getURI()), sortKeys(store));
            assertEquals(Map.of(DIP.EconomyTrade.asNode(), List.of(
                            "1", "0", "Economy and trade\tbuild the expressway\t" + commitment.getURI())),
                    areaRows(store), "the row leaves its old area, which keeps no count");

            // c removed, as the server removes a graph (dkg serve --update, DELETE of the graph)
            remove(store, KG.article("c").asNode());
            assertEqualsRecomputation(store, "after removing c");
            assertEquals(Map.of(pair(THONGLOUN, TO_LAM), 1L, pair(DELEGATE, TO_LAM), 1L), pairCounts(store));
            assertEquals(List.of(), counts(store, "c"));
            assertEquals(List.of(), eventKeys(store, RECEPTION));
            assertEquals(List.of(), articleKeys(store, "c"));
            assertEquals(List.of("1", "2025-12-02, a.txt", "2025-12-02, a.txt"), roleKeys(store, PRESIDENCY));
        }
    }

    @Test
    void theNewestFirstKeyOrdersDatesDownwardAndUndatedLast() {
        // the articles listing's order as the strings' code-point order: newest first, a year alone
        // after the dates within it (as its text sorts before theirs), undated last
        List<String> dates = List.of("2024-01-31", "", "2025-12-02", "2025", "2025-12-01", "1999-09-09");
        List<String> keys = new java.util.ArrayList<>(dates.stream()
                .map(d -> (d.isEmpty() ? "1" : "0" + ArticleDates.reversedDigits(d) + "~") + "\t" + d)
                .toList());
        keys.sort(CodePointOrder.STRINGS);
        assertEquals(List.of("2025-12-02", "2025-12-01", "2025", "2024-01-31", "1999-09-09", ""),
                keys.stream().map(k -> k.substring(k.indexOf('\t') + 1)).toList());
    }

    @Test
    void whatAnEventInvolvesFollowsOfficesAndCountriesStatedInOtherArticles(@TempDir Path dir) throws Exception {
        Node cambodia = KG.entity("country", "cambodia").asNode();
        Node thailand = KG.entity("country", "thailand").asNode();
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.ensureOntology(OntologyFiles.ontologyGraph());
            store.replace(List.of(articleA()));
            assertEqualsRecomputation(store, "after a");
            // the gazetteer gives Tô Lâm and Thongloun their countries; the delegate stands for none yet
            assertEquals(Set.of(VIET_NAM, LAOS), involved(store, TALKS));
            assertEquals(Set.of(), standsFor(store, DELEGATE));

            // another article makes the delegate an official of a body of Cambodia: the talks involve it too
            store.replace(List.of(office("d", cambodia)));
            assertEqualsRecomputation(store, "after d");
            assertEquals(Set.of(cambodia), standsFor(store, DELEGATE));
            assertEquals(Set.of(VIET_NAM, LAOS, cambodia), involved(store, TALKS));

            // an article that names only the body, as also Thailand's: its official, whom e does not
            // name, and the talks, which e does not tell, follow
            Graph e = articleGraph("e");
            e.add(KG.entity("organization", "a-border-committee").asNode(), DIP.country.asNode(), thailand);
            store.replace(List.of(articleGraph("e", e)));
            assertEqualsRecomputation(store, "after e");
            assertEquals(Set.of(cambodia, thailand), standsFor(store, DELEGATE));
            assertEquals(Set.of(VIET_NAM, LAOS, cambodia, thailand), involved(store, TALKS));
            remove(store, KG.article("e").asNode());
            assertEquals(Set.of(VIET_NAM, LAOS, cambodia), involved(store, TALKS));

            // d replaced: the body is now Thailand's; its official and the talks follow
            store.replace(List.of(office("d", thailand)));
            assertEqualsRecomputation(store, "after d replaced");
            assertEquals(Set.of(VIET_NAM, LAOS, thailand), involved(store, TALKS));

            remove(store, KG.article("d").asNode());
            assertEqualsRecomputation(store, "after d removed");
            assertEquals(Set.of(VIET_NAM, LAOS), involved(store, TALKS));
            assertEquals(Set.of(), standsFor(store, DELEGATE));
        }
    }

    @Test
    void aProjectsRowsFollowCommitmentsAndEventDatesStatedInOtherArticles(@TempDir Path dir) throws Exception {
        Node commitment = KG.entity("commitment", "f-expressway").asNode();
        String madeAt = "Hà Nội–Vientiane expressway\t" + ProjectLinkKeys.VIA_MADE_AT + "\t";
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.ensureOntology(OntologyFiles.ontologyGraph());
            store.replace(List.of(articleC()));
            // f: a commitment on the expressway made at c's reception; f names neither as c does
            Graph f = articleGraph("f");
            f.add(commitment, RDF.type.asNode(), DIP.Commitment.asNode());
            f.add(commitment, RDFS.label.asNode(), NodeFactory.createLiteralString("build it"));
            f.add(commitment, DIP.concerns.asNode(), EXPRESSWAY);
            f.add(commitment, DIP.madeAt.asNode(), RECEPTION);
            store.replace(List.of(articleGraph("f", f)));
            assertEqualsRecomputation(store, "after f");
            assertTrue(projectKeys(store).contains(madeAt + "2025-12-04\t" + EXPRESSWAY.getURI() + "\t" + RECEPTION.getURI()),
                    projectKeys(store).toString());

            // g dates the reception later: the row's date follows, though g names no project or commitment
            Graph g = articleGraph("g");
            g.add(RECEPTION, RDF.type.asNode(), DIP.Meeting.asNode());
            g.add(RECEPTION, DIP.date.asNode(), date("2025-12-09"));
            store.replace(List.of(articleGraph("g", g)));
            assertEqualsRecomputation(store, "after g");
            assertTrue(projectKeys(store).contains(madeAt + "2025-12-09\t" + EXPRESSWAY.getURI() + "\t" + RECEPTION.getURI()),
                    projectKeys(store).toString());

            // f removed: its commitment's rows go, though the project stays
            remove(store, KG.article("f").asNode());
            assertEqualsRecomputation(store, "after f removed");
            assertTrue(projectKeys(store).stream().noneMatch(k -> k.contains(commitment.getURI()) || k.contains(ProjectLinkKeys.VIA_MADE_AT)),
                    projectKeys(store).toString());
        }
    }

    @Test
    void aCommitmentsTrailKeysFollowTheArticlesThatStateIt(@TempDir Path dir) throws Exception {
        Node commitment = KG.entity("commitment", "trade-target").asNode();
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.ensureOntology(OntologyFiles.ontologyGraph());
            // g (9 December) and d (6 December) state the same commitment, loaded in that order
            store.replace(List.of(stating("g", commitment)));
            store.replace(List.of(stating("d", commitment)));
            assertEqualsRecomputation(store, "after d and g");
            assertEquals(List.of(trailKey("2025-12-06", "d", commitment), trailKey("2025-12-09", "g", commitment)),
                    trailKeys(store, commitment), "one key per article, oldest first");

            // d no longer states it: its row goes, g's stays
            store.replace(List.of(articleGraph("d", articleGraph("d"))));
            assertEqualsRecomputation(store, "after d replaced");
            assertEquals(List.of(trailKey("2025-12-09", "g", commitment)), trailKeys(store, commitment));

            remove(store, KG.article("g").asNode());
            assertEqualsRecomputation(store, "after g removed");
            assertEquals(List.of(), trailKeys(store, commitment));
        }
    }

    private static ArticleGraph stating(String stem, Node commitment) {
        Graph g = articleGraph(stem);
        g.add(commitment, RDF.type.asNode(), DIP.Commitment.asNode());
        g.add(commitment, RDFS.label.asNode(), NodeFactory.createLiteralString("raise trade to US$5 billion"));
        return articleGraph(stem, g);
    }

    private static String trailKey(String date, String stem, Node commitment) {
        return date + "\t" + stem + ".txt\t" + KG.article(stem).getURI() + "\t" + commitment.getURI();
    }

    private static List<String> trailKeys(KgStore store, Node commitment) {
        return derivedObjects(store, commitment, DIP.commitmentTrailKey.asNode()).stream()
                .map(Node::getLiteralLexicalForm).sorted().toList();
    }

    private static Set<String> projectKeys(KgStore store) {
        return derivedObjects(store, EXPRESSWAY, DIP.projectLinkKey.asNode()).stream()
                .map(Node::getLiteralLexicalForm).collect(java.util.stream.Collectors.toSet());
    }

    /** The delegate of article a as an official of a body that belongs to the country. */
    private static ArticleGraph office(String stem, Node country) {
        Graph g = articleGraph(stem);
        Node body = KG.entity("organization", "a-border-committee").asNode();
        Node office = KG.entity("role-assignment", "a-delegate-official").asNode();
        g.add(body, RDF.type.asNode(), DIP.Organization.asNode());
        g.add(body, DIP.country.asNode(), country);
        g.add(office, RDF.type.asNode(), DIP.RoleAssignment.asNode());
        g.add(office, DIP.holder.asNode(), DELEGATE);
        g.add(office, DIP.roleIn.asNode(), body);
        return articleGraph(stem, g);
    }

    private static Set<Node> involved(KgStore store, Node event) {
        return derivedObjects(store, event, DIP.involvesCountry.asNode());
    }

    private static Set<Node> standsFor(KgStore store, Node actor) {
        return derivedObjects(store, actor, DIP.standsForCountry.asNode());
    }

    private static Set<Node> derivedObjects(KgStore store, Node subject, Node property) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> dsg.stream(KG.derivedGraph(), subject, property, Node.ANY)
                .map(q -> q.getObject()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aStoreWrittenWithoutDerivedGraphGetsItOnItsNextLoad(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.ensureOntology(OntologyFiles.ontologyGraph());
            store.replace(List.of(articleA(), articleC()));
            Txn.executeWrite(store.dataset(), () -> store.dataset().deleteAny(KG.derivedGraph(), Node.ANY, Node.ANY, Node.ANY));
            assertEquals(Map.of(), pairCounts(store));
            // a load where every file is unchanged writes no article graph, only checks the ontology
            store.ensureOntology(OntologyFiles.ontologyGraph());
            assertEquals(Map.of(pair(THONGLOUN, TO_LAM), 2L, pair(DELEGATE, TO_LAM), 1L), pairCounts(store));
            assertEqualsRecomputation(store, "after the next load");
        }
    }

    @Test
    void aDerivedGraphOfAnOlderLayoutIsRebuiltOnTheNextLoad(@TempDir Path dir) throws Exception {
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.ensureOntology(OntologyFiles.ontologyGraph());
            store.replace(List.of(articleA(), articleC()));
            DatasetGraph dsg = store.dataset();
            assertEquals(DerivedGraph.LAYOUT_VERSION, Txn.calculateRead(dsg, () -> DerivedGraph.layoutVersion(dsg)));
            // as older code left it: an older marker and without what this layout adds (here: the pairs' counts)
            Node derived = KG.derivedGraph();
            Txn.executeWrite(dsg, () -> {
                dsg.deleteAny(derived, derived, DIP.derivedLayoutVersion.asNode(), Node.ANY);
                dsg.add(derived, derived, DIP.derivedLayoutVersion.asNode(),
                        NodeFactory.createLiteralDT(Integer.toString(DerivedGraph.LAYOUT_VERSION - 1), XSDDatatype.XSDinteger));
                dsg.deleteAny(derived, Node.ANY, DIP.sharedEventCount.asNode(), Node.ANY);
            });
            assertTrue(Txn.calculateRead(dsg, () -> DerivedGraph.missing(dsg)), "an older layout counts as missing");
            assertEquals(Map.of(), pairCounts(store));
            // a load where every file is unchanged: the derived graph is rebuilt to this layout
            store.ensureOntology(OntologyFiles.ontologyGraph());
            assertEquals(Map.of(pair(THONGLOUN, TO_LAM), 2L, pair(DELEGATE, TO_LAM), 1L), pairCounts(store));
            assertEquals(DerivedGraph.LAYOUT_VERSION, Txn.calculateRead(dsg, () -> DerivedGraph.layoutVersion(dsg)));
            assertTrue(!Txn.calculateRead(dsg, () -> DerivedGraph.missing(dsg)));
            assertEqualsRecomputation(store, "after the next load");
        }
    }

    @Test
    void shardsGiveTheSameDerivedGraphAsLoadingArticles(@TempDir Path dir) throws Exception {
        List<ArticleGraph> articles = List.of(articleA(), articleB(true), articleC());
        Path shard = dir.resolve("part-00000.nq");
        ArticleShards.write(shard, articles);
        List<Object> rejected = new ArrayList<>();
        try (KgStore loaded = KgStore.open(dir.resolve("loaded")); KgStore bulk = KgStore.open(dir.resolve("bulk"));
             KgStore replaced = KgStore.open(dir.resolve("replaced"))) {
            loaded.ensureOntology(OntologyFiles.ontologyGraph());
            loaded.replace(articles);
            // into an empty store: TDB2's bulk loader, then the derived graph in a write transaction of its own
            new NQuadsShardLoader(rejected::add).load(List.of(shard), bulk);
            // into a store with articles: b replaced (it told something else), a and c new
            replaced.ensureOntology(OntologyFiles.ontologyGraph());
            replaced.replace(List.of(articleB(false)));
            new NQuadsShardLoader(rejected::add).load(List.of(shard), replaced);
            assertEquals(List.of(), rejected);
            Graph expected = loaded.copyOf(KG.derivedGraph());
            assertTrue(expected.size() > 0);
            assertTrue(expected.isIsomorphicWith(bulk.copyOf(KG.derivedGraph())), "bulk load");
            assertTrue(expected.isIsomorphicWith(replaced.copyOf(KG.derivedGraph())), "load into a store with articles");
        }
    }

    @Test
    void theRoleKeysFollowPreferredLabelsOtherArticlesGive(@TempDir Path dir) throws Exception {
        Node party = KG.entity("organization", "lao-party").asNode();
        Node xay = KG.entity("person", "xay").asNode();
        Node premiership = KG.entity("role-assignment", "xay-prime-minister").asNode();
        try (KgStore store = KgStore.open(dir.resolve("s"))) {
            store.ensureOntology(OntologyFiles.ontologyGraph());
            // a tells the talks of Tô Lâm (of Viet Nam, a says) and Xay (spelled "xay"); nothing says yet whose Xay is
            store.replace(List.of(talksOfToLamAndXay()));
            assertEqualsRecomputation(store, "after the talks");
            // b: Xay is Prime Minister in the Lao Party
            store.replace(List.of(xayAsPrimeMinister("Xay")));
            // "xay" (a) and "Xay" (b) tie: the greater text is the preferred label
            assertEqualsRecomputation(store, "after Xay's office");
            String rest = "\t2025-12-01\tPrime Minister\tLao Party\t" + premiership.getURI() + "\t" + xay.getURI() + "\t" + party.getURI();
            assertEquals(Set.of("xay" + rest), roleOrderKeys(store, premiership));

            // c spells Xay otherwise, and that spelling becomes the preferred label (a tie, the greater
            // text wins): the key of the office b states follows, though b is not written again
            store.replace(List.of(spelling("c", xay, "zay")));
            assertEqualsRecomputation(store, "after another spelling");
            assertEquals(Set.of("zay" + rest), roleOrderKeys(store, premiership));
            remove(store, KG.article("c").asNode());
            assertEqualsRecomputation(store, "after removing the spelling");
            assertEquals(Set.of("xay" + rest), roleOrderKeys(store, premiership));

            // b removed: the office has no key
            remove(store, KG.article("b").asNode());
            assertEqualsRecomputation(store, "after removing Xay's office");
            assertEquals(Set.of(), roleOrderKeys(store, premiership));
        }
    }

    private static Set<String> roleOrderKeys(KgStore store, Node assignment) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Set<String> out = new TreeSet<>();
            dsg.find(KG.derivedGraph(), assignment, DIP.roleOrderKey.asNode(), Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
            return out;
        });
    }

    /** a: the talks of Tô Lâm and Xay, dated 2025-12-02; Tô Lâm is Viet Nam's. */
    private static ArticleGraph talksOfToLamAndXay() {
        Graph g = articleGraph("a");
        event(g, "a", TALKS, DIP.Talks.asNode(), "Talks: Tô Lâm, Xay", "They held talks.");
        g.add(TALKS, DIP.date.asNode(), date("2025-12-02"));
        participants(g, TALKS, DIP.participant.asNode(), TO_LAM, KG.entity("person", "xay").asNode());
        g.add(TO_LAM, DIP.country.asNode(), KG.entity("country", "viet-nam").asNode());
        return articleGraph("a", g);
    }

    /** b: Xay (so spelled) is Prime Minister in the Lao Party, a party of Laos, as stated on 2025-12-01. */
    private static ArticleGraph xayAsPrimeMinister(String spelling) {
        Graph g = articleGraph("b");
        Node xay = KG.entity("person", "xay").asNode();
        Node party = KG.entity("organization", "lao-party").asNode();
        Node role = KG.entity("role", "prime-minister").asNode();
        Node premiership = KG.entity("role-assignment", "xay-prime-minister").asNode();
        g.add(premiership, RDF.type.asNode(), DIP.RoleAssignment.asNode());
        g.add(premiership, DIP.holder.asNode(), xay);
        g.add(premiership, DIP.role.asNode(), role);
        g.add(premiership, DIP.roleIn.asNode(), party);
        g.add(premiership, DIP.date.asNode(), date("2025-12-01"));
        g.add(xay, RDFS.label.asNode(), NodeFactory.createLiteralString(spelling));
        g.add(role, RDFS.label.asNode(), NodeFactory.createLiteralString("Prime Minister"));
        g.add(party, RDFS.label.asNode(), NodeFactory.createLiteralString("Lao Party"));
        g.add(party, DIP.country.asNode(), KG.entity("country", "laos").asNode());
        return articleGraph("b", g);
    }

    /** An article that only names a resource, with the given spelling. */
    private static ArticleGraph spelling(String stem, Node resource, String label) {
        Graph g = articleGraph(stem);
        g.add(resource, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        return articleGraph(stem, g);
    }

    /** Removes an article graph as {@code dkg serve --update} does for a DELETE of it. */
    private static void remove(KgStore store, Node graph) {
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            Set<Node> named = PreferredLabels.labelledIn(dsg, graph);
            DerivedGraph.Touched touched = DerivedGraph.touched(dsg);
            touched.add(dsg, graph);
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            PreferredLabels.refresh(dsg, named);
            touched.add(dsg, graph);
            DerivedGraph.refresh(dsg, touched);
        });
    }

    /** The derived graph as it stands equals the one {@link DerivedGraph#rebuild} makes (rebuilt in a transaction then aborted). */
    static void assertEqualsRecomputation(KgStore store, String when) {
        DatasetGraph dsg = store.dataset();
        Graph kept = store.copyOf(KG.derivedGraph());
        dsg.begin(TxnType.WRITE);
        try {
            DerivedGraph.rebuild(dsg);
            Graph rebuilt = GraphFactory.createDefaultGraph();
            dsg.getGraph(KG.derivedGraph()).find().forEachRemaining(rebuilt::add);
            assertTrue(rebuilt.size() > 0, when + ": the recomputed derived graph is empty");
            assertTrue(rebuilt.isIsomorphicWith(kept), when + ": kept\n" + sorted(kept) + "\nrecomputed\n" + sorted(rebuilt));
        } finally {
            dsg.abort();
            dsg.end();
        }
    }

    private static String sorted(Graph g) {
        Set<String> out = new TreeSet<>();
        g.find().forEachRemaining(t -> out.add(t.toString()));
        return String.join("\n", out);
    }

    private static String pair(Node first, Node second) {
        return slug(first) + " + " + slug(second);
    }

    /** Each pair of the derived graph by its actors' slugs, with its count of shared events. */
    private static Map<String, Long> pairCounts(KgStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> out = new TreeMap<>();
            dsg.find(KG.derivedGraph(), Node.ANY, DIP.sharedEventCount.asNode(), Node.ANY).forEachRemaining(q -> {
                Node first = dsg.find(KG.derivedGraph(), q.getSubject(), DIP.firstActor.asNode(), Node.ANY).next().getObject();
                Node second = dsg.find(KG.derivedGraph(), q.getSubject(), DIP.secondActor.asNode(), Node.ANY).next().getObject();
                out.put(slug(first) + " + " + slug(second), Long.parseLong(q.getObject().getLiteralLexicalForm()));
            });
            return out;
        });
    }

    private static String slug(Node n) {
        return n.getURI().substring(n.getURI().lastIndexOf('/') + 1);
    }

    private static Set<Node> actorsOf(KgStore store, Node pair) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> Set.of(
                dsg.find(KG.derivedGraph(), pair, DIP.firstActor.asNode(), Node.ANY).next().getObject(),
                dsg.find(KG.derivedGraph(), pair, DIP.secondActor.asNode(), Node.ANY).next().getObject()));
    }

    private static Set<Node> namingEvents(KgStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            Set<Node> out = new java.util.HashSet<>();
            dsg.find(KG.derivedGraph(), Node.ANY, DIP.quoteNames.asNode(), EXPRESSWAY).forEachRemaining(q -> out.add(q.getSubject()));
            return out;
        });
    }

    /** The commitments listing's sort keys of b's commitment (dip:areaSortKey). */
    private static List<String> sortKeys(KgStore store) {
        DatasetGraph dsg = store.dataset();
        Node commitment = KG.entity("commitment", "b-expressway").asNode();
        return Txn.calculateRead(dsg, () -> dsg.stream(KG.derivedGraph(), commitment, DIP.areaSortKey.asNode(), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm())
                .sorted()
                .toList());
    }

    /** Per policy area with rows: its row count, the rows before it, then its keys (dip:areaCommitmentKey), sorted. */
    private static Map<Node, List<String>> areaRows(KgStore store) {
        DatasetGraph dsg = store.dataset();
        Node derived = KG.derivedGraph();
        return Txn.calculateRead(dsg, () -> {
            Map<Node, List<String>> out = new java.util.HashMap<>();
            dsg.find(derived, Node.ANY, DIP.areaCommitmentCount.asNode(), Node.ANY).forEachRemaining(q -> {
                Node area = q.getSubject();
                List<String> row = new ArrayList<>(List.of(q.getObject().getLiteralLexicalForm()));
                dsg.find(derived, area, DIP.areaRowsBefore.asNode(), Node.ANY).forEachRemaining(b -> row.add(b.getObject().getLiteralLexicalForm()));
                dsg.stream(derived, area, DIP.areaCommitmentKey.asNode(), Node.ANY)
                        .map(k -> k.getObject().getLiteralLexicalForm()).sorted().forEach(row::add);
                out.put(area, row);
            });
            return out;
        });
    }

    /** Events, commitments, role assignments and projects of one article, as the derived graph counts them. */
    private static List<Long> counts(KgStore store, String stem) {
        DatasetGraph dsg = store.dataset();
        Node article = KG.article(stem).asNode();
        return Txn.calculateRead(dsg, () -> List.of(DIP.eventCount, DIP.commitmentCount, DIP.roleAssignmentCount, DIP.projectCount)
                .stream()
                .flatMap(p -> dsg.stream(KG.derivedGraph(), article, p.asNode(), Node.ANY))
                .map(q -> Long.parseLong(q.getObject().getLiteralLexicalForm()))
                .toList());
    }

    /** What the derived graph keeps of a role assignment: article count, first and latest stated. */
    private static List<String> roleKeys(KgStore store, Node assignment) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> List.of(DIP.articleCount, DIP.firstStated, DIP.latestStated).stream()
                .flatMap(p -> dsg.stream(KG.derivedGraph(), assignment, p.asNode(), Node.ANY))
                .map(q -> q.getObject().getLiteralLexicalForm())
                .toList());
    }

    /** An event's sort date ("-" for none), article count, first and latest "date, file"; empty when it has none. */
    private static List<String> eventKeys(KgStore store, Node event) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            for (var p : List.of(DIP.sortDate, DIP.articleCount, DIP.firstStated, DIP.latestStated)) {
                var values = dsg.stream(KG.derivedGraph(), event, p.asNode(), Node.ANY).map(q -> q.getObject().getLiteralLexicalForm()).toList();
                out.add(values.isEmpty() ? "-" : String.join(" | ", values));
            }
            return out.equals(List.of("-", "-", "-", "-")) ? List.of() : out;
        });
    }

    private static String eventOrderKey(KgStore store, Node event) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> dsg.stream(KG.derivedGraph(), event, DIP.eventOrderKey.asNode(), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).findFirst().orElse(null));
    }

    /** An article's sort date and listing-order strings in the derived graph; empty when it has none. */
    private static List<String> articleKeys(KgStore store, String stem) {
        DatasetGraph dsg = store.dataset();
        Node article = KG.article(stem).asNode();
        return Txn.calculateRead(dsg, () -> List.of(DIP.sortDate, DIP.articleOrderKey, DIP.articleNewestFirstKey).stream()
                .flatMap(p -> dsg.stream(KG.derivedGraph(), article, p.asNode(), Node.ANY))
                .map(q -> q.getObject().getLiteralLexicalForm())
                .toList());
    }

    // ------------------------------------------------------------------ the articles

    /** The talks: Tô Lâm hosts Thongloun and a delegate, with a spouse; its quote names the expressway. */
    private static ArticleGraph articleA() {
        return articleA("They discussed the Vientiane–Hà Nội Expressway.");
    }

    private static ArticleGraph articleA(String quote) {
        Graph g = articleGraph("a");
        event(g, "a", TALKS, DIP.Talks.asNode(), "Talks: Tô Lâm, Thongloun", quote);
        g.add(TALKS, DIP.date.asNode(), date("2025-12-02"));
        participants(g, TALKS, DIP.host.asNode(), TO_LAM);
        participants(g, TALKS, DIP.guest.asNode(), THONGLOUN, DELEGATE);
        participants(g, TALKS, DIP.companion.asNode(), SPOUSE);
        project(g, "Vientiane–Hà Nội Expressway");
        presidency(g);
        return articleGraph("a", g);
    }

    /** The talks again; with {@code meeting}, a meeting of Tô Lâm and Sonexay and the project spelled as c's quote writes it. */
    private static ArticleGraph articleB(boolean meeting) {
        Graph g = articleGraph("b");
        event(g, "b", TALKS, DIP.Talks.asNode(), "Talks: Tô Lâm, Thongloun", "Talks were held.");
        // b first dates the talks a day before a does, then (replaced) after it, with a start date too
        g.add(TALKS, DIP.date.asNode(), date(meeting ? "2025-12-01" : "2025-12-05"));
        g.add(TALKS, DIP.startDate.asNode(), date("2025-11-30"));
        participants(g, TALKS, DIP.participant.asNode(), TO_LAM, THONGLOUN);
        if (meeting) {
            event(g, "b", MEETING, DIP.Meeting.asNode(), "Meeting: Tô Lâm, Sonexay", "Tô Lâm met Sonexay.");
            participants(g, MEETING, DIP.participant.asNode(), TO_LAM, SONEXAY);
        }
        project(g, meeting ? "Hanoi-Vientiane expressway" : "the expressway");
        Node commitment = KG.entity("commitment", "b-expressway").asNode();
        g.add(commitment, RDF.type.asNode(), DIP.Commitment.asNode());
        g.add(commitment, RDFS.label.asNode(), NodeFactory.createLiteralString("build the expressway"));
        g.add(commitment, DIP.concerns.asNode(), EXPRESSWAY);
        g.add(commitment, DIP.area.asNode(), (meeting ? DIP.InfrastructureTransport : DIP.EconomyTrade).asNode());
        return articleGraph("b", g);
    }

    /** A reception of Thongloun by Tô Lâm; its quote spells the expressway as b does. */
    private static ArticleGraph articleC() {
        Graph g = articleGraph("c");
        event(g, "c", RECEPTION, DIP.Meeting.asNode(), "Reception: Tô Lâm, Thongloun", "On the HANOI-VIENTIANE EXPRESSWAY, both sides agreed.");
        g.add(RECEPTION, DIP.startDate.asNode(), date("2025-12-04"));
        g.add(RECEPTION, DIP.startDate.asNode(), date("2025-12-03"));
        participants(g, RECEPTION, DIP.participant.asNode(), TO_LAM, THONGLOUN);
        project(g, "Hà Nội–Vientiane expressway");
        presidency(g);
        return articleGraph("c", g);
    }

    /** Published on 2025-12-02 (a), 2025-12-01 (b), 2025-12-03 (c), as {@code stem.txt}. */
    private static Graph articleGraph(String stem) {
        Node iri = KG.article(stem).asNode();
        Graph g = GraphFactory.createDefaultGraph();
        g.add(iri, RDF.type.asNode(), DIP.Article.asNode());
        g.add(iri, DIP.sourceFile.asNode(), NodeFactory.createLiteralString(stem + ".txt"));
        g.add(iri, DCTerms.date.asNode(), date(Map.of("a", "2025-12-02", "b", "2025-12-01", "c", "2025-12-03", "d", "2025-12-06", "e", "2025-12-07", "f", "2025-12-08", "g", "2025-12-09").get(stem)));
        return g;
    }

    private static Node date(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdate);
    }

    /** Tô Lâm as President, as a and c state it. */
    private static void presidency(Graph g) {
        g.add(PRESIDENCY, RDF.type.asNode(), DIP.RoleAssignment.asNode());
        g.add(PRESIDENCY, DIP.holder.asNode(), TO_LAM);
    }

    private static ArticleGraph articleGraph(String stem, Graph g) {
        Node iri = KG.article(stem).asNode();
        String hash = "hash-" + stem + "-" + g.size();
        g.add(iri, DIP.contentHash.asNode(), NodeFactory.createLiteralString(hash));
        return new ArticleGraph(iri, hash, g, stem + ".txt");
    }

    private static void event(Graph g, String stem, Node event, Node type, String label, String quote) {
        Node evidence = NodeFactory.createURI(KG.article(stem).getURI() + "#quote-" + slug(event));
        g.add(event, RDF.type.asNode(), type);
        g.add(event, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        g.add(event, DIP.evidence.asNode(), evidence);
        g.add(evidence, RDF.type.asNode(), DIP.Evidence.asNode());
        g.add(evidence, DIP.quote.asNode(), NodeFactory.createLiteralString(quote));
    }

    private static void participants(Graph g, Node event, Node role, Node... actors) {
        for (Node a : actors) {
            g.add(event, DIP.participant.asNode(), a);
            g.add(event, role, a);
            g.add(a, RDF.type.asNode(), DIP.Person.asNode());
            g.add(a, RDFS.label.asNode(), NodeFactory.createLiteralString(slug(a)));
        }
    }

    private static void project(Graph g, String label) {
        g.add(EXPRESSWAY, RDF.type.asNode(), DIP.Project.asNode());
        g.add(EXPRESSWAY, RDFS.label.asNode(), NodeFactory.createLiteralString(label));
        g.add(EXPRESSWAY, SKOS.altLabel.asNode(), NodeFactory.createLiteralString(label));
    }
}
