package org.diplomacykg.rdf.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The IRIs diplomacy-kg mints, all under {@code https://w3id.org/diplomacy-kg/}:
 * articles ({@code article/{file stem}}), entities and other resources ({@code id/{kind}/{slug}}),
 * the ontology document and its named graph.
 */
public final class KG {
    public static final String BASE = "https://w3id.org/diplomacy-kg/";
    public static final String ARTICLE = BASE + "article/";
    public static final String ID = BASE + "id/";
    /** The ontology document; also the named graph that holds ontology, vocabularies and gazetteer. */
    public static final String ONTOLOGY = BASE + "ontology";
    /** Named graph recording when each article graph was last written (times live only here). */
    public static final String LOADS_GRAPH = BASE + "graph/loads";

    private KG() {
    }

    public static Node article(String fileStem) {
        return NodeFactory.createURI(ARTICLE + fileStem);
    }

    /** {@code id/{kind}/{slug}}, e.g. {@code id/person/to-lam}. */
    public static Node id(String kind, String slug) {
        return NodeFactory.createURI(ID + kind + "/" + slug);
    }

    public static Node ontologyGraph() {
        return NodeFactory.createURI(ONTOLOGY);
    }

    public static Node loadsGraph() {
        return NodeFactory.createURI(LOADS_GRAPH);
    }

    /** True for the graphs that hold articles (not ontology or load records). */
    public static boolean isArticleGraph(Node graphName) {
        return graphName.isURI() && graphName.getURI().startsWith(ARTICLE);
    }
}
