package org.diplomacykg.serve;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes used in every RDF answer, so Turtle and JSON-LD read well.
 *
 * <p>Example: {@code Prefixes.addTo(graph.getPrefixMapping())} makes {@code dip:Event} print as such.
 */
public final class Prefixes {
    private Prefixes() {}

    public static void addTo(PrefixMapping pm) {
        pm.setNsPrefix("dip", KgTerms.NS);
        pm.setNsPrefix("id", KgTerms.BASE + "id/");
        pm.setNsPrefix("article", KgTerms.BASE + "article/");
        pm.setNsPrefix("rdf", RDF.getURI());
        pm.setNsPrefix("rdfs", RDFS.getURI());
        pm.setNsPrefix("owl", OWL.getURI());
        pm.setNsPrefix("xsd", XSD.getURI());
        pm.setNsPrefix("skos", SKOS.getURI());
        pm.setNsPrefix("dcterms", DCTerms.getURI());
        pm.setNsPrefix("dcat", DCAT.getURI());
        pm.setNsPrefix("void", "http://rdfs.org/ns/void#");
    }
}
