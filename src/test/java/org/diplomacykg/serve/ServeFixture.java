package org.diplomacykg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * Test data for the serving tests, and the one place that spells the contract's IRIs in tests:
 * one article graph (a person, a country, a state visit with participants and evidence, a
 * commitment with evidence), the article's text file, and a small ontology graph.
 */
final class ServeFixture {
    static final String BASE = KG.BASE;
    static final String NS = DIP.NS;

    static final Node ARTICLE = KG.article("a1").asNode();
    static final Node TO_LAM = KG.entity("person", "to-lam").asNode();
    static final Node THONGLOUN = KG.entity("person", "thongloun-sisoulith").asNode();
    static final Node LAOS = KG.entity("country", "laos").asNode();
    static final Node VIETNAM = KG.entity("country", "viet-nam").asNode();
    static final Node VISIT = KG.entity("event", "2025-12-01-state-visit-laos").asNode();
    static final Node COMMITMENT = KG.entity("commitment", "2025-12-02-rail-link").asNode();

    static final String ARTICLE_FILE = "a1.txt";
    static final String VISIT_QUOTE = "General Secretary Tô Lâm paid a state visit to Laos";
    static final String COMMIT_QUOTE = "the two sides agreed to speed up the Vientiane–Hà Nội railway";
    static final String TEXT = "HÀ NỘI — Party " + VISIT_QUOTE + " on December 1-2, where he held talks with "
            + "President Thongloun Sisoulith. In their talks, " + COMMIT_QUOTE + ".\n";

    private ServeFixture() {}

    static Node dip(String local) {
        return DIP.term(local).asNode();
    }

    static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    /** Creates the TDB2 store with the article and ontology graphs, and the article file under {@code dir/articles}. */
    static DatasetGraph createStore(Path dir) throws IOException {
        Path articles = dir.resolve("articles");
        Files.createDirectories(articles);
        Files.writeString(articles.resolve(ARTICLE_FILE), TEXT, StandardCharsets.UTF_8);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.resolve("store").toString());
        Txn.executeWrite(dsg, () -> {
            articleGraph().find().forEachRemaining(t -> dsg.add(ARTICLE, t.getSubject(), t.getPredicate(), t.getObject()));
            ontologyGraph().find().forEachRemaining(t -> dsg.add(iri(BASE + "ontology"), t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return dsg;
    }

    static Path articlesDir(Path dir) {
        return dir.resolve("articles");
    }

    static Graph articleGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        Node type = RDF.type.asNode();
        g.add(ARTICLE, type, dip("Article"));
        g.add(ARTICLE, RDFS.label.asNode(), lit("Tô Lâm's state visit to Laos"));
        g.add(ARTICLE, dip("sourceFile"), lit(ARTICLE_FILE));
        g.add(ARTICLE, iri("http://purl.org/dc/terms/date"), NodeFactory.createLiteralDT("2025-12-03", XSDDatatype.XSDdate));

        g.add(TO_LAM, type, dip("Person"));
        g.add(TO_LAM, SKOS.prefLabel.asNode(), lit("Tô Lâm"));
        g.add(TO_LAM, SKOS.altLabel.asNode(), lit("To Lam"));
        g.add(THONGLOUN, type, dip("Person"));
        g.add(THONGLOUN, RDFS.label.asNode(), lit("Thongloun Sisoulith"));
        g.add(LAOS, type, dip("Country"));
        g.add(LAOS, RDFS.label.asNode(), lit("Laos"));
        g.add(VIETNAM, type, dip("Country"));
        g.add(VIETNAM, RDFS.label.asNode(), lit("Việt Nam"));

        g.add(VISIT, type, dip("StateVisit"));
        g.add(VISIT, RDFS.label.asNode(), lit("State visit of Tô Lâm to Laos"));
        g.add(VISIT, dip("participant"), TO_LAM);
        g.add(VISIT, dip("participant"), THONGLOUN);
        g.add(VISIT, dip("place"), LAOS);
        g.add(VISIT, dip("date"), NodeFactory.createLiteralDT("2025-12-01", XSDDatatype.XSDdate));
        evidence(g, VISIT, VISIT_QUOTE);

        g.add(COMMITMENT, type, dip("Commitment"));
        g.add(COMMITMENT, RDFS.label.asNode(), lit("Speed up the Vientiane–Hà Nội railway"));
        g.add(COMMITMENT, dip("committedBy"), VIETNAM);
        g.add(COMMITMENT, dip("committedBy"), LAOS);
        g.add(COMMITMENT, dip("madeAt"), VISIT);
        evidence(g, COMMITMENT, COMMIT_QUOTE);
        return g;
    }

    /** The evidence node of a quote, named as the article graph writer names it: {@code article#quote-BEGIN-END}. */
    static Node evidenceNode(String quote) {
        int begin = TEXT.codePointCount(0, TEXT.indexOf(quote));
        int end = begin + quote.codePointCount(0, quote.length());
        return iri(ARTICLE.getURI() + "#quote-" + begin + "-" + end);
    }

    private static void evidence(Graph g, Node fact, String quote) {
        int begin = TEXT.codePointCount(0, TEXT.indexOf(quote));
        int end = begin + quote.codePointCount(0, quote.length());
        Node ev = evidenceNode(quote);
        g.add(fact, dip("evidence"), ev);
        g.add(ev, RDF.type.asNode(), dip("Evidence"));
        g.add(ev, dip("quote"), lit(quote));
        g.add(ev, dip("beginIndex"), NodeFactory.createLiteralDT(Integer.toString(begin), XSDDatatype.XSDinteger));
        g.add(ev, dip("endIndex"), NodeFactory.createLiteralDT(Integer.toString(end), XSDDatatype.XSDinteger));
        g.add(ev, dip("inArticle"), ARTICLE);
    }

    static Graph ontologyGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        Node onto = iri(BASE + "ontology");
        g.add(onto, RDF.type.asNode(), OWL.Ontology.asNode());
        g.add(onto, iri("http://purl.org/dc/terms/title"), lit("The diplomacy ontology"));
        g.add(onto, OWL.versionInfo.asNode(), lit("1.0.0"));
        g.add(onto, iri("http://purl.org/dc/terms/license"), iri("https://creativecommons.org/licenses/by/4.0/"));
        Node creator = NodeFactory.createBlankNode();
        g.add(onto, iri("http://purl.org/dc/terms/creator"), creator);
        g.add(creator, iri("http://xmlns.com/foaf/0.1/name"), lit("The diplomacy-kg project"));
        for (List<String> c : List.of(
                List.of("Event", "Event", "Something that happened or is planned."),
                List.of("StateVisit", "State visit", "A visit by a head of state or party leader at the host's invitation."),
                List.of("Person", "Person", "A human being who acts in diplomacy."),
                List.of("Country", "Country", "A sovereign state."),
                List.of("Commitment", "Commitment", "An undertaking by one or more parties."),
                List.of("Evidence", "Evidence", "The exact span of article text that supports a fact."),
                List.of("Article", "Article", "One news article file."))) {
            Node cls = dip(c.get(0));
            g.add(cls, RDF.type.asNode(), OWL.Class.asNode());
            g.add(cls, RDFS.label.asNode(), lit(c.get(1)));
            g.add(cls, SKOS.definition.asNode(), lit(c.get(2)));
            g.add(cls, RDFS.isDefinedBy.asNode(), onto);
        }
        g.add(dip("StateVisit"), RDFS.subClassOf.asNode(), dip("Event"));
        Node participant = dip("participant");
        g.add(participant, RDF.type.asNode(), OWL.ObjectProperty.asNode());
        g.add(participant, RDFS.label.asNode(), lit("participant"));
        g.add(participant, SKOS.definition.asNode(), lit("An actor taking part in an event."));
        g.add(participant, RDFS.domain.asNode(), dip("Event"));
        return g;
    }

    private static Node lit(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
