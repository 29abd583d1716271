package org.diplomacykg.serve;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The IRIs the serving layer reads, taken from the ontology contract
 * ({@code shared/design/ontology-contract.md}). Kept in one place so that the pages switch
 * to the project-wide vocabulary class in one edit.
 *
 * <p>Example: {@code KgTerms.dip("Event")} is {@code https://w3id.org/diplomacy-kg/ontology#Event}.
 */
public final class KgTerms {
    /** Every IRI the graph mints starts with this. */
    public static final String BASE = "https://w3id.org/diplomacy-kg/";
    /** The ontology document, also the name of the graph that holds it. */
    public static final String ONTOLOGY = BASE + "ontology";
    /** Namespace of classes and properties ({@code dip:}). */
    public static final String NS = ONTOLOGY + "#";

    public static final Node ONTOLOGY_GRAPH = NodeFactory.createURI(ONTOLOGY);

    public static final Node ARTICLE = dip("Article");
    public static final Node ACTOR = dip("Actor");
    public static final Node PERSON = dip("Person");
    public static final Node ORGANIZATION = dip("Organization");
    public static final Node COUNTRY = dip("Country");
    public static final Node PLACE = dip("Place");
    public static final Node EVENT = dip("Event");
    public static final Node COMMITMENT = dip("Commitment");
    public static final Node PROJECT = dip("Project");
    public static final Node EVIDENCE_CLASS = dip("Evidence");

    public static final Node EVIDENCE = dip("evidence");
    public static final Node QUOTE = dip("quote");
    public static final Node BEGIN_INDEX = dip("beginIndex");
    public static final Node END_INDEX = dip("endIndex");
    public static final Node IN_ARTICLE = dip("inArticle");
    public static final Node SOURCE_FILE = dip("sourceFile");
    public static final Node DATE = dip("date");
    public static final Node START_DATE = dip("startDate");
    /** Article text, when a loader stores it in the graph (otherwise it is read from the file). */
    public static final Node TEXT = dip("text");

    public static final Node RDFS_LABEL = RDFS.label.asNode();
    public static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    public static final Node DEFINITION = SKOS.definition.asNode();
    public static final Node COMMENT = RDFS.comment.asNode();
    public static final Node DC_DATE = DCTerms.date.asNode();
    public static final Node DC_TITLE = DCTerms.title.asNode();

    /** The event classes named by the contract; the ontology graph may add more via rdfs:subClassOf. */
    public static final List<Node> EVENT_CLASSES = List.of(EVENT,
            dip("StateVisit"), dip("OfficialVisit"), dip("Talks"), dip("Meeting"), dip("Ceremony"),
            dip("Speech"), dip("AwardConferral"), dip("DocumentSigning"), dip("Inauguration"),
            dip("CommitteeSession"), dip("PhoneCall"), dip("Congress"), dip("Election"), dip("JointStatement"));

    private KgTerms() {}

    /** The ontology term with the given local name. */
    public static Node dip(String localName) {
        return NodeFactory.createURI(NS + localName);
    }
}
