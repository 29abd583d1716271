package org.diplomacykg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;

/**
 * One saved query: its name, where it came from, its {@code #+} header and the parsed query,
 * parsed once when the file is read.
 *
 * <pre>
 * SavedQuery q = SavedQuery.parse("timeline", "queries/timeline.rq", text);
 * q.header().summary();   // "Timeline of events between two countries"
 * q.params();             // country1 (iri, default viet-nam), country2 (iri, default laos)
 * q.problems();           // [] when the header is complete and agrees with the query
 * </pre>
 *
 * @param name     file name without {@code .rq}
 * @param source   where the text was read, for messages: {@code queries/timeline.rq}
 * @param header   the parsed header
 * @param query    the parsed query (never modified: binding works on a copy)
 * @param params   every parameter: those the header declares, in its order, then any other
 *                 {@code ?_…} variable of the query with a type guessed from its name
 * @param problems what keeps the header from being complete or consistent; empty for a good file
 */
public record SavedQuery(String name, String source, SavedQueryHeader header, Query query, List<QueryParam> params,
                         List<String> problems) {

    private static final Pattern VARIABLE = Pattern.compile("[?$](_[A-Za-z0-9_]+)");
    private static final Pattern STRING = Pattern.compile("\"\"\"(?s:.*?)\"\"\"|'''(?s:.*?)'''|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'");

    /**
     * Parses a query file's text.
     *
     * @throws QueryUsageException with {@code source:line:column} when the SPARQL or the header cannot be read
     */
    public static SavedQuery parse(String name, String source, String text) {
        SavedQueryHeader header;
        try {
            header = SavedQueryHeader.parse(text);
        } catch (SavedQueryHeader.HeaderException e) {
            throw new QueryUsageException(source + ":" + e.line() + ": " + e.getMessage());
        }
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            throw new QueryUsageException(source + ":" + e.getLine() + ":" + e.getColumn() + ": SPARQL syntax error: "
                    + firstLine(e.getMessage()), e);
        }
        List<String> problems = new ArrayList<>();
        List<QueryParam> params = resolveParams(header, parameterVariables(query), query, problems);
        if (header.summary() == null || header.summary().isBlank()) {
            problems.add("no '#+ summary:'");
        }
        if (header.description() == null || header.description().isBlank()) {
            problems.add("no '#+ description:'");
        }
        if (header.tags().isEmpty()) {
            problems.add("no '#+ tags:'");
        }
        if (header.params() == null) {
            problems.add("no '#+ params:' (write 'params: []' for a query without parameters)");
        }
        try {
            ResultPage.defaultSize(query);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        for (QueryParam p : params) {
            if (p.name().equals(ResultPage.LIMIT) || p.name().equals(ResultPage.OFFSET)) {
                problems.add("param '" + p.name() + "': limit and offset choose the page of every query; name it otherwise");
            }
        }
        return new SavedQuery(name, source, header, query, List.copyOf(params), List.copyOf(problems));
    }

    /** The parameter with this user-facing name, or null. */
    public QueryParam param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst().orElse(null);
    }

    /**
     * Rows on a page when none is asked for: the query's {@code LIMIT} (see {@link ResultPage}), or 0
     * when the query is not paged (its answer is about one thing and stays small).
     */
    public long pageSize() {
        try {
            return ResultPage.defaultSize(query);
        } catch (IllegalArgumentException e) {
            return 0; // reported in problems()
        }
    }

    /**
     * The query bound with these terms, on this page (null: the default page, the first). A query
     * without a page ignores it.
     */
    public Query bound(Map<Var, Node> bindings, ResultPage page) {
        Query q = ParameterBinder.apply(query, bindings);
        if (pageSize() == 0) {
            return q;
        }
        // the default page is applied too, so that a query reading where the page ends gets it bound
        return (page == null ? new ResultPage(pageSize(), 0) : page).apply(q);
    }

    public String summary() {
        return header.summary() == null ? "" : header.summary();
    }

    /** Variables named like parameters ({@code ?_x}, {@code ?__x_iri}), outside string literals. */
    static Set<String> parameterVariables(Query query) {
        String text = STRING.matcher(query.serialize()).replaceAll("\"\"");
        Set<String> vars = new LinkedHashSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            // where the page ends is bound by the page (ResultPage), never by a request
            if (QueryParam.isParameterVariable(m.group(1)) && !m.group(1).equals(ResultPage.END_VARIABLE)) {
                vars.add(m.group(1));
            }
        }
        return vars;
    }

    private static List<QueryParam> resolveParams(SavedQueryHeader header, Set<String> variables, Query query,
                                                  List<String> problems) {
        Map<String, QueryParam> out = new LinkedHashMap<>();
        Set<String> unclaimed = new LinkedHashSet<>(variables);
        for (SavedQueryHeader.Param p : header.params() == null ? List.<SavedQueryHeader.Param>of() : header.params()) {
            String var = findVariable(p.name(), variables);
            if (var == null) {
                problems.add("param '" + p.name() + "' is declared but the query has no ?_" + p.name() + ", ?_"
                        + p.name() + "_iri, ?__" + p.name() + " or ?__" + p.name() + "_iri");
                continue;
            }
            unclaimed.remove(var);
            ParamType type = p.type() == null ? null : ParamType.fromHeader(p.type());
            if (type == null) {
                problems.add("param '" + p.name() + "': " + (p.type() == null ? "no type" : "unknown type '" + p.type() + "'")
                        + " (one of iri, string, date, year, integer, decimal, boolean)");
                type = guessType(var);
            }
            if ((type == ParamType.IRI) != QueryParam.isIriVariable(var)) {
                problems.add("param '" + p.name() + "': type " + type.headerName() + " does not match variable ?" + var
                        + " (IRI parameters, and only they, end in _iri)");
            }
            if (p.description() == null || p.description().isBlank()) {
                problems.add("param '" + p.name() + "': no description");
            }
            if (p.example() == null || p.example().isBlank()) {
                problems.add("param '" + p.name() + "': no example");
            }
            if (p.defaultValue() != null && var.startsWith("__")) {
                problems.add("param '" + p.name() + "': optional parameters (?__) take no default; they stay unbound");
            }
            QueryParam qp = new QueryParam(p.name(), var, type, p.description(), p.example(), p.defaultValue());
            checkValue(qp, "example", qp.example(), query, problems);
            checkValue(qp, "default", qp.defaultValue(), query, problems);
            if (out.put(p.name(), qp) != null) {
                problems.add("param '" + p.name() + "' declared twice");
            }
        }
        for (String var : unclaimed) {
            String name = QueryParam.nameOf(var);
            problems.add("variable ?" + var + " looks like a parameter but is not declared in '#+ params:'");
            out.putIfAbsent(name, new QueryParam(name, var, guessType(var), null, null, null));
        }
        return new ArrayList<>(out.values());
    }

    private static void checkValue(QueryParam p, String what, String value, Query query, List<String> problems) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            ParameterBinder.toNode(p, value, query.getPrefixMapping());
        } catch (QueryUsageException e) {
            problems.add("param '" + p.name() + "': " + what + " is not valid: " + e.getMessage());
        }
    }

    private static String findVariable(String name, Set<String> variables) {
        for (String candidate : List.of("_" + name, "_" + name + "_iri", "__" + name, "__" + name + "_iri")) {
            if (variables.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static ParamType guessType(String var) {
        return QueryParam.isIriVariable(var) ? ParamType.IRI : ParamType.STRING;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().split("\r?\n", 2)[0];
        // Jena repeats the position in the message; the prefix already says it
        return line.replaceFirst("^(Lexical error at line \\d+, column \\d+\\.|Encountered)\\s*", "$1 ").strip();
    }
}
