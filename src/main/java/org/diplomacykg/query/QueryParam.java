package org.diplomacykg.query;

/**
 * One parameter of a saved query.
 *
 * @param name        what the user types: {@code --param country1=…}
 * @param variable    the query variable it replaces, grlc style, without {@code ?}:
 *                    {@code _country1_iri} (required IRI), {@code _name} (required literal),
 *                    {@code __from} (optional: left unbound when absent)
 * @param type        how values become RDF terms
 * @param description its meaning, from the header
 * @param example     a value that works on the seed articles, from the header
 * @param defaultValue the value used when none is given (required parameters only), or null
 */
public record QueryParam(String name, String variable, ParamType type, String description, String example,
                         String defaultValue) {

    /** Optional parameters are grlc's {@code ?__name}: the query must work with the variable unbound. */
    public boolean optional() {
        return variable.startsWith("__");
    }

    /** Required, with no default: the user must give a value. */
    public boolean mustBeGiven() {
        return !optional() && defaultValue == null;
    }

    /** The user-facing name for a grlc variable: {@code _country1_iri} → {@code country1}. */
    public static String nameOf(String variable) {
        String n = variable.replaceFirst("^_+", "");
        return n.endsWith("_iri") ? n.substring(0, n.length() - "_iri".length()) : n;
    }

    /** True for variables that are parameters: they start with an underscore. */
    public static boolean isParameterVariable(String variable) {
        return variable.startsWith("_") && variable.length() > 1 && !variable.equals("__");
    }

    /** grlc marks IRI parameters with the {@code _iri} suffix. */
    public static boolean isIriVariable(String variable) {
        return variable.endsWith("_iri");
    }
}
