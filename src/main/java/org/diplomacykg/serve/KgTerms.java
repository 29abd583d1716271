package org.diplomacykg.serve;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * The terms the serving layer reads, as graph {@link Node}s, taken from the project's
 * vocabulary classes {@link DIP} and {@link KG} (the pages work on the Graph API).
 *
 * <p>Example: {@code KgTerms.dip("Event")} is {@code https://w3id.org/diplomacy-kg/ontology#Event}.
 */
public final class KgTerms {
    /** Every IRI the graph mints starts with this. */
    public static final String BASE = KG.BASE;
    /** The ontology document, also the name of the graph that holds it. */
    public static final String ONTOLOGY = KG.ONTOLOGY;
    /** Namespace of classes and properties ({@code dip:}). */
    public static final String NS = DIP.NS;

    public static final Node ONTOLOGY_GRAPH = KG.ontologyGraph();

    public static final Node ARTICLE = n(DIP.Article);
    public static final Node PERSON = n(DIP.Person);
    public static final Node ORGANIZATION = n(DIP.Organization);
    public static final Node COUNTRY = n(DIP.Country);
    public static final Node PLACE = n(DIP.Place);
    public static final Node EVENT = n(DIP.Event);
    public static final Node COMMITMENT = n(DIP.Commitment);
    public static final Node PROJECT = n(DIP.Project);

    public static final Node EVIDENCE = DIP.evidence.asNode();
    public static final Node QUOTE = DIP.quote.asNode();
    public static final Node BEGIN_INDEX = DIP.beginIndex.asNode();
    public static final Node END_INDEX = DIP.endIndex.asNode();
    public static final Node IN_ARTICLE = DIP.inArticle.asNode();
    public static final Node SOURCE_FILE = DIP.sourceFile.asNode();
    public static final Node MENTIONS = DIP.mentions.asNode();
    public static final Node DATE = DIP.date.asNode();
    public static final Node START_DATE = DIP.startDate.asNode();
    /** The article's text, which the loader stores in the article graph. */
    public static final Node TEXT = DIP.text.asNode();

    public static final Node RDFS_LABEL = RDFS.label.asNode();
    public static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    /** How an object property reads backwards, for "Linked from" ("commits to" for committed by). */
    public static final Node INVERSE_LABEL = DIP.inverseLabel.asNode();
    public static final Node DC_DATE = DCTerms.date.asNode();

    /** The event classes named by the contract; the ontology graph may add more via rdfs:subClassOf. */
    public static final List<Node> EVENT_CLASSES = List.of(EVENT,
            n(DIP.StateVisit), n(DIP.OfficialVisit), n(DIP.Talks), n(DIP.Meeting), n(DIP.Ceremony),
            n(DIP.Speech), n(DIP.AwardConferral), n(DIP.DocumentSigning), n(DIP.Inauguration),
            n(DIP.CommitteeSession), n(DIP.PhoneCall), n(DIP.Congress), n(DIP.Election), n(DIP.JointStatement));

    private KgTerms() {}

    /** The ontology term with the given local name. */
    public static Node dip(String localName) {
        return DIP.term(localName).asNode();
    }

    private static Node n(Resource r) {
        return r.asNode();
    }
}
