package org.diplomacykg.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.diplomacykg.store.Prefixes;

/**
 * Turns {@code name=value} pairs into RDF terms and puts them in place of the query's parameter
 * variables. Values are never pasted into query text: each becomes one IRI or literal node, and
 * the query's syntax tree gets that node where the variable was, so a value such as
 * {@code x" } ; DROP ALL #} is only ever a string to compare with.
 *
 * <pre>
 * Map&lt;Var, Node&gt; b = ParameterBinder.bind(timeline, Map.of("country2", "https://w3id.org/diplomacy-kg/id/country/cambodia"));
 * Query runnable = ParameterBinder.apply(timeline.query(), b);
 * </pre>
 */
public final class ParameterBinder {
    private ParameterBinder() {
    }

    /**
     * Reads {@code name=value} arguments (split at the first {@code =}).
     *
     * @throws QueryUsageException for an argument without {@code =} or a name given twice
     */
    public static Map<String, String> parseAssignments(List<String> args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String arg : args == null ? List.<String>of() : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new QueryUsageException("--param expects name=value, got: " + arg);
            }
            String name = arg.substring(0, eq).strip();
            if (out.put(name, arg.substring(eq + 1)) != null) {
                throw new QueryUsageException("--param " + name + " given twice");
            }
        }
        return out;
    }

    /**
     * The terms for a saved query's parameters: given values, else defaults; optional
     * parameters without a value are left out (their variables stay unbound).
     *
     * @throws QueryUsageException for an unknown name, a missing required value or a value of the wrong form
     */
    public static Map<Var, Node> bind(SavedQuery q, Map<String, String> values) {
        for (String name : values.keySet()) {
            if (q.param(name) == null) {
                throw new QueryUsageException("query " + q.name() + " has no parameter '" + name + "' ("
                        + (q.params().isEmpty() ? "it takes none" : "it takes: " + names(q.params())) + ")");
            }
        }
        List<String> missing = new ArrayList<>();
        Map<Var, Node> out = new HashMap<>();
        for (QueryParam p : q.params()) {
            String value = values.containsKey(p.name()) ? values.get(p.name()) : p.defaultValue();
            if (value == null) {
                if (p.mustBeGiven()) {
                    missing.add(p.name());
                }
                continue;
            }
            out.put(Var.alloc(p.variable()), toNodeFor(q, p, value));
        }
        if (!missing.isEmpty()) {
            QueryParam first = q.param(missing.get(0));
            throw new QueryUsageException("query " + q.name() + " needs --param " + String.join(", --param ", missing)
                    + " (" + first.name() + " is " + first.type().description()
                    + (first.example() == null ? "" : ", e.g. --param " + first.name() + "=" + first.example()) + ")");
        }
        return out;
    }

    /** A copy of the query with each bound variable replaced by its term. */
    public static Query apply(Query query, Map<Var, Node> bindings) {
        if (bindings.isEmpty()) {
            return query.cloneQuery();
        }
        return QueryTransformOps.transform(query, bindings);
    }

    private static Node toNodeFor(SavedQuery q, QueryParam p, String value) {
        try {
            return toNode(p, value, q.query().getPrefixMapping());
        } catch (QueryUsageException e) {
            throw new QueryUsageException("--param " + p.name() + ": " + e.getMessage());
        }
    }

    /**
     * The RDF term for one value. IRI values may be prefixed names with a prefix the query
     * declares or one of the project's ({@code dip:EconomyTrade}, {@code id:person/to-lam});
     * they must come out as absolute, valid IRIs.
     *
     * @throws QueryUsageException when the value does not fit the type
     */
    static Node toNode(QueryParam p, String value, PrefixMapping prefixes) {
        if (p.type() == ParamType.IRI) {
            return NodeFactory.createURI(checkIri(expand(value.strip(), prefixes)));
        }
        try {
            return p.type().literal(value);
        } catch (IllegalArgumentException e) {
            throw new QueryUsageException("'" + value + "' is " + e.getMessage());
        }
    }

    /**
     * A prefixed name as a full IRI, with the query's prefixes (may be null) first, then the
     * project's: {@code id:country/laos} → {@code https://w3id.org/diplomacy-kg/id/country/laos};
     * anything else is returned as it is.
     */
    public static String expand(String value, PrefixMapping prefixes) {
        int colon = value.indexOf(':');
        if (colon >= 0) {
            String prefix = value.substring(0, colon);
            // the query's own prefixes first, then the project's (dip:, id:, article:…) for every query
            String ns = prefixes == null ? null : prefixes.getNsPrefixURI(prefix);
            if (ns == null) {
                ns = Prefixes.STANDARD.get(prefix);
            }
            if (ns != null && !value.startsWith("//", colon + 1)) {
                return ns + value.substring(colon + 1);
            }
        }
        return value;
    }

    private static String checkIri(String value) {
        String problem = null;
        if (value.isEmpty()) {
            problem = "empty";
        } else if (!IRIs.check(value)) {
            problem = "not a valid IRI";
        } else {
            try {
                // isReference(): has a scheme; a fragment is allowed (dip:EconomyTrade ends in #EconomyTrade)
                if (!IRIx.create(value).isReference()) {
                    problem = "not an absolute IRI";
                }
            } catch (IRIException e) {
                problem = "not a valid IRI";
            }
        }
        if (problem != null) {
            throw new QueryUsageException("'" + value + "' is " + problem
                    + " (give a full IRI such as https://w3id.org/diplomacy-kg/id/person/to-lam)");
        }
        return value;
    }

    private static String names(List<QueryParam> params) {
        return params.stream().map(QueryParam::name).collect(Collectors.joining(", "));
    }
}
