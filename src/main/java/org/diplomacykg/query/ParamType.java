package org.diplomacykg.query;

import java.util.Locale;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The type a saved query declares for a parameter ({@code type:} in its header), which decides
 * the RDF term a value becomes: {@code iri} an IRI; {@code string} a plain {@code xsd:string};
 * {@code date}, {@code year}, {@code integer}, {@code decimal}, {@code boolean} a literal of the
 * XSD type, after checking the value is a valid one (so {@code 2025-13-01} is refused).
 * IRI values are checked by {@link ParameterBinder}, which also expands prefixed names.
 */
public enum ParamType {
    IRI(null, "an IRI"),
    STRING(XSDDatatype.XSDstring, "text"),
    DATE(XSDDatatype.XSDdate, "a date (YYYY-MM-DD)"),
    YEAR(XSDDatatype.XSDgYear, "a year (YYYY)"),
    INTEGER(XSDDatatype.XSDinteger, "an integer"),
    DECIMAL(XSDDatatype.XSDdecimal, "a decimal number"),
    BOOLEAN(XSDDatatype.XSDboolean, "true or false");

    private final RDFDatatype datatype;
    private final String description;

    ParamType(RDFDatatype datatype, String description) {
        this.datatype = datatype;
        this.description = description;
    }

    /** The name used in headers: {@code iri}, {@code string}, {@code date}… */
    public String headerName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a value must look like, for messages: "a date (YYYY-MM-DD)". */
    public String description() {
        return description;
    }

    /** The type named in a header, or null when the name is not one of ours. */
    public static ParamType fromHeader(String name) {
        for (ParamType t : values()) {
            if (t.headerName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        return null;
    }

    /**
     * The literal for a value of this (non-IRI) type.
     *
     * @throws IllegalArgumentException when the value is not valid for the type
     */
    Node literal(String value) {
        if (this == IRI) {
            throw new IllegalStateException("IRI values are made by ParameterBinder");
        }
        if (this == STRING) {
            return NodeFactory.createLiteralString(value);
        }
        String v = value.trim();
        if (!datatype.isValid(v)) {
            throw new IllegalArgumentException("not " + description);
        }
        return NodeFactory.createLiteral(v, datatype);
    }
}
