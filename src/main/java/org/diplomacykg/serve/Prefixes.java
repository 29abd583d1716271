package org.diplomacykg.serve;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.OWL;

/**
 * The prefixes used in every RDF answer, so Turtle and JSON-LD read well: the project's
 * standard ones ({@link org.diplomacykg.store.Prefixes#STANDARD}) plus owl, dcat and void.
 *
 * <p>Example: {@code Prefixes.addTo(graph.getPrefixMapping())} makes {@code dip:Event} print as such.
 */
public final class Prefixes {
    private Prefixes() {}

    public static void addTo(PrefixMapping pm) {
        pm.setNsPrefixes(org.diplomacykg.store.Prefixes.STANDARD);
        pm.setNsPrefix("owl", OWL.getURI());
        pm.setNsPrefix("dcat", DCAT.getURI());
        pm.setNsPrefix("void", VoidDescription.VOID);
    }
}
