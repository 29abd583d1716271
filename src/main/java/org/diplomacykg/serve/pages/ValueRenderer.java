package org.diplomacykg.serve.pages;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.diplomacykg.serve.Links;

/**
 * Writes one RDF term for a person: a resource as a link with its label (never a raw IRI),
 * a literal as text with a discreet hint of its language or datatype.
 *
 * <pre>{@code
 * new ValueRenderer(labels, links).write(html, toLam);  // <a href="../../id/person/to-lam">Tô Lâm</a>
 * }</pre>
 */
public final class ValueRenderer {
    private final Labels labels;
    private final Links links;

    public ValueRenderer(Labels labels, Links links) {
        this.labels = labels;
        this.links = links;
    }

    public Labels labels() { return labels; }
    public Links links() { return links; }

    public Html write(Html h, Node n) {
        if (n.isURI())
            return h.a(links.href(n), labels.of(n), n.getURI());
        if (n.isLiteral()) {
            h.el("span", "lit", n.getLiteralLexicalForm());
            String lang = n.getLiteralLanguage();
            String dt = n.getLiteralDatatypeURI();
            if (!lang.isEmpty())
                h.el("span", "dt", "@" + lang);
            else if (dt != null && !dt.equals(XSDDatatype.XSDstring.getURI()))
                h.el("span", "dt", shortDatatype(dt));
            return h;
        }
        if (n.isBlank())
            return h.text(labels.of(n));
        return h.text(n.toString());
    }

    private static String shortDatatype(String dt) {
        return dt.startsWith(XSDDatatype.XSD + "#") ? "xsd:" + dt.substring(XSDDatatype.XSD.length() + 1) : dt;
    }
}
