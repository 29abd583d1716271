package org.diplomacykg.serve;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.rdf.vocab.DIP;

/**
 * The VoID + DCAT description of the served dataset: size (triples, classes, entities per
 * class), the SPARQL endpoint, the dump, the vocabulary and the IRI space. Built from the
 * store on each request; call inside a read transaction.
 *
 * <pre>{@code
 * Graph voidGraph = VoidDescription.build(dsg, "http://127.0.0.1:3030/");
 * }</pre>
 */
public final class VoidDescription {
    public static final String VOID = "http://rdfs.org/ns/void#";
    /** The path of the dump, below the server's base. */
    public static final String DUMP_PATH = "dump/diplomacy-kg.nq.gz";
    private static final Query CLASS_PARTITIONS = QueryFactory.create(
            "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s a ?class } } GROUP BY ?class ORDER BY ?class");
    /**
     * What the articles mention: things typed in an article's own graph, counted under every
     * ontology class they belong to (an event under dip:Event too), as the landing page counts
     * them. ?articleClass, ?ontology and ?ns are bound as terms.
     */
    private static final Query ARTICLE_CLASS_PARTITIONS = QueryFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?class (COUNT(DISTINCT ?s) AS ?n) {
              GRAPH ?g { ?g a ?articleClass . ?s a ?type }
              GRAPH ?ontology { ?type rdfs:subClassOf* ?class }
              FILTER (STRSTARTS(STR(?class), ?ns))
            } GROUP BY ?class ORDER BY ?class""");
    /** The fragment of the subset of {@link #build}'s dataset that holds what the articles mention. */
    public static final String ARTICLES_SUBSET = "#mentioned-in-articles";

    private VoidDescription() {}

    /** @param base the server's published base URL, ending in "/" */
    public static Graph build(DatasetGraph dsg, String base) {
        Graph g = GraphFactory.createDefaultGraph();
        Prefixes.addTo(g.getPrefixMapping());
        Node ds = uri(base + ".well-known/void#dataset");
        Node endpoint = uri(base + ServeConfig.DATASET + "/sparql");
        add(g, ds, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(g, ds, RDF.type.asNode(), DCAT.Dataset.asNode());
        add(g, ds, DCTerms.title.asNode(), NodeFactory.createLiteralString("Diplomacy knowledge graph"));
        add(g, ds, DCTerms.description.asNode(), NodeFactory.createLiteralString(
                "Actors, roles, events, commitments and projects extracted from diplomatic news articles; "
                        + "one named graph per article, every fact with its evidence quote."));
        add(g, ds, uri("http://xmlns.com/foaf/0.1/homepage"), uri(base));
        add(g, ds, uri(VOID + "uriSpace"), NodeFactory.createLiteralString(KgTerms.BASE));
        add(g, ds, uri(VOID + "vocabulary"), KgTerms.ONTOLOGY_GRAPH);
        add(g, ds, uri(VOID + "sparqlEndpoint"), endpoint);
        add(g, ds, uri(VOID + "dataDump"), uri(base + DUMP_PATH));
        add(g, ds, uri(VOID + "rootResource"), uri(base));
        add(g, ds, uri(VOID + "triples"), integer(Iter.count(dsg.find())));
        int classes = 0;
        try (QueryExec qe = QueryExec.dataset(dsg).query(CLASS_PARTITIONS).build()) {
            RowSet rows = qe.select();
            while (rows.hasNext()) {
                var row = rows.next();
                Node part = NodeFactory.createBlankNode();
                add(g, ds, uri(VOID + "classPartition"), part);
                add(g, part, uri(VOID + "class"), row.get("class"));
                add(g, part, uri(VOID + "entities"), row.get("n"));
                classes++;
            }
        }
        add(g, ds, uri(VOID + "classes"), integer(classes));
        articlesSubset(g, dsg, ds, base);

        Node dist = NodeFactory.createBlankNode();
        add(g, ds, DCAT.distribution.asNode(), dist);
        add(g, dist, RDF.type.asNode(), DCAT.Distribution.asNode());
        add(g, dist, DCAT.downloadURL.asNode(), uri(base + DUMP_PATH));
        add(g, dist, DCAT.mediaType.asNode(), uri("https://www.iana.org/assignments/media-types/application/n-quads"));
        add(g, dist, DCAT.compressFormat.asNode(), uri("https://www.iana.org/assignments/media-types/application/gzip"));

        Node service = NodeFactory.createBlankNode();
        add(g, ds, DCAT.accessService.asNode(), service);
        add(g, service, RDF.type.asNode(), DCAT.DataService.asNode());
        add(g, service, DCAT.endpointURL.asNode(), endpoint);
        add(g, service, DCTerms.conformsTo.asNode(), uri("https://www.w3.org/TR/sparql11-protocol/"));
        add(g, service, DCAT.servesDataset.asNode(), ds);
        return g;
    }

    /**
     * The subset of what the articles mention, apart from the gazetteer in the ontology graph
     * (which the dataset's own class partitions include): the figures the landing page shows.
     */
    private static void articlesSubset(Graph g, DatasetGraph dsg, Node ds, String base) {
        Node subset = uri(base + ".well-known/void" + ARTICLES_SUBSET);
        add(g, ds, uri(VOID + "subset"), subset);
        add(g, subset, RDF.type.asNode(), uri(VOID + "Dataset"));
        add(g, subset, DCTerms.title.asNode(), NodeFactory.createLiteralString("Mentioned in articles"));
        add(g, subset, DCTerms.description.asNode(), NodeFactory.createLiteralString(
                "What the articles mention: everything typed in an article's named graph, counted under each "
                        + "ontology class it belongs to (events under dip:Event too); the gazetteer in the ontology "
                        + "graph is not counted here. These are the counts on the landing page."));
        try (QueryExec qe = QueryExec.dataset(dsg).query(ARTICLE_CLASS_PARTITIONS)
                .substitution("articleClass", KgTerms.ARTICLE)
                .substitution("ontology", KgTerms.ONTOLOGY_GRAPH)
                .substitution("ns", NodeFactory.createLiteralString(DIP.NS)).build()) {
            RowSet rows = qe.select();
            while (rows.hasNext()) {
                var row = rows.next();
                Node part = NodeFactory.createBlankNode();
                add(g, subset, uri(VOID + "classPartition"), part);
                add(g, part, uri(VOID + "class"), row.get("class"));
                add(g, part, uri(VOID + "entities"), row.get("n"));
            }
        }
    }

    private static Node uri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(s, p, o);
    }
}
