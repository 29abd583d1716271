package org.diplomacykg.store;

import java.util.Map;
import java.util.LinkedHashMap;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/** The prefixes written into Turtle and TriG output, so files read well. */
public final class Prefixes {
    public static final Map<String, String> STANDARD = standard();

    private Prefixes() {
    }

    private static Map<String, String> standard() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dip", DIP.NS);
        m.put("article", KG.ARTICLE);
        m.put("id", KG.ID);
        m.put("rdf", RDF.getURI());
        m.put("rdfs", RDFS.getURI());
        m.put("skos", SKOS.getURI());
        m.put("xsd", XSD.getURI());
        m.put("dcterms", DCTerms.getURI());
        return java.util.Collections.unmodifiableMap(m);
    }
}
