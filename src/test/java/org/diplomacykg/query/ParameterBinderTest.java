package org.diplomacykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterBinderTest {
    private static final SavedQuery Q = SavedQuery.parse("t", "t.rq", """
            #+ summary: Test
            #+ description: Test query.
            #+ tags: [test]
            #+ params:
            #+   - name: who
            #+     type: iri
            #+     description: A person.
            #+     example: https://w3id.org/diplomacy-kg/id/person/to-lam
            #+   - name: name
            #+     type: string
            #+     description: A name.
            #+     example: Tô Lâm
            #+   - name: from
            #+     type: date
            #+     description: A day.
            #+     example: 2025-12-01
            #+     default: 2025-01-01
            #+   - name: area
            #+     type: iri
            #+     description: An area.
            #+     example: dip:EconomyTrade
            PREFIX dip: <https://w3id.org/diplomacy-kg/ontology#>
            SELECT ?s WHERE {
              ?s ?p ?_who_iri ; ?q ?_name ; ?r ?_from .
              FILTER (COALESCE(?s = ?__area_iri, true))
            }
            """);

    @Test
    void headerIsComplete() {
        assertEquals(List.of(), Q.problems());
        assertTrue(Q.param("area").optional());
        assertFalse(Q.param("from").mustBeGiven());
        assertTrue(Q.param("who").mustBeGiven());
    }

    @Test
    void valuesBecomeTypedTerms() {
        Map<Var, Node> b = ParameterBinder.bind(Q, Map.of("who", "https://w3id.org/diplomacy-kg/id/person/to-lam",
                "name", "Tô Lâm", "area", "dip:Energy"));
        assertEquals("https://w3id.org/diplomacy-kg/id/person/to-lam", b.get(Var.alloc("_who_iri")).getURI());
        assertEquals("Tô Lâm", b.get(Var.alloc("_name")).getLiteralLexicalForm());
        assertEquals(XSDDatatype.XSDstring, b.get(Var.alloc("_name")).getLiteralDatatype());
        // the default fills in, typed as the header says
        assertEquals(XSDDatatype.XSDdate, b.get(Var.alloc("_from")).getLiteralDatatype());
        // prefixed names use the query's prefixes
        assertEquals("https://w3id.org/diplomacy-kg/ontology#Energy", b.get(Var.alloc("__area_iri")).getURI());
        // and the project's prefixes work in every query
        b = ParameterBinder.bind(Q, Map.of("who", "id:person/to-lam", "name", "n"));
        assertEquals("https://w3id.org/diplomacy-kg/id/person/to-lam", b.get(Var.alloc("_who_iri")).getURI());
    }

    @Test
    void optionalParametersStayUnbound() {
        Map<Var, Node> b = ParameterBinder.bind(Q, Map.of("who", "https://x.org/a", "name", "n"));
        assertFalse(b.containsKey(Var.alloc("__area_iri")));
        Query bound = ParameterBinder.apply(Q.query(), b);
        assertTrue(bound.serialize().contains("?__area_iri"));
    }

    @Test
    void injectedTextStaysOneLiteral() {
        String evil = "x\" } ; DROP ALL #";
        Map<Var, Node> b = ParameterBinder.bind(Q, Map.of("who", "https://x.org/a", "name", evil));
        Query bound = ParameterBinder.apply(Q.query(), b);
        // printed and parsed again, the value is still exactly one string literal
        Query again = QueryFactory.create(bound.serialize());
        assertTrue(again.isSelectType());
        assertTrue(again.serialize().contains("\"x\\\" } ; DROP ALL #\""), again.serialize());
        assertEquals(bound.getQueryPattern().toString(), again.getQueryPattern().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://x.org/a b", "https://x.org/a>", "<https://x.org/a>", "not an iri", "relative/path",
            "https://x.org/{x}", "", "https://x.org/a\"} ; DROP ALL #"})
    void badIrisAreRefused(String value) {
        QueryUsageException e = assertThrows(QueryUsageException.class,
                () -> ParameterBinder.bind(Q, Map.of("who", value, "name", "n")));
        assertTrue(e.getMessage().startsWith("--param who: "), e.getMessage());
    }

    @Test
    void badLiteralsAreRefused() {
        QueryUsageException e = assertThrows(QueryUsageException.class,
                () -> ParameterBinder.bind(Q, Map.of("who", "https://x.org/a", "name", "n", "from", "2025-13-01")));
        assertTrue(e.getMessage().contains("not a date"), e.getMessage());
    }

    @Test
    void unknownAndMissingParameters() {
        QueryUsageException unknown = assertThrows(QueryUsageException.class,
                () -> ParameterBinder.bind(Q, Map.of("who", "https://x.org/a", "name", "n", "colour", "red")));
        assertTrue(unknown.getMessage().contains("no parameter 'colour'"), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("who, name, from, area"), unknown.getMessage());
        QueryUsageException missing = assertThrows(QueryUsageException.class,
                () -> ParameterBinder.bind(Q, Map.of("name", "n")));
        assertTrue(missing.getMessage().contains("needs --param who"), missing.getMessage());
    }

    @Test
    void assignmentsSplitAtTheFirstEquals() {
        assertEquals(Map.of("name", "a=b"), ParameterBinder.parseAssignments(List.of("name=a=b")));
        assertThrows(QueryUsageException.class, () -> ParameterBinder.parseAssignments(List.of("name")));
        assertThrows(QueryUsageException.class, () -> ParameterBinder.parseAssignments(List.of("a=1", "a=2")));
    }

    @Test
    void headerProblemsAreReported() {
        SavedQuery q = SavedQuery.parse("p", "p.rq", """
                #+ summary: P
                #+ tags: [x]
                #+ params:
                #+   - name: ghost
                #+     type: string
                #+     description: Not in the query.
                #+     example: boo
                #+   - name: who
                #+     type: string
                #+     description: Declared as text but named as an IRI.
                #+     example: https://x.org/a
                SELECT * { ?s ?p ?_who_iri . ?s ?q ?_undeclared }
                """);
        String all = String.join("\n", q.problems());
        assertTrue(all.contains("no '#+ description:'"), all);
        assertTrue(all.contains("'ghost' is declared but the query has no"), all);
        assertTrue(all.contains("does not match variable ?_who_iri"), all);
        assertTrue(all.contains("?_undeclared looks like a parameter"), all);
    }
}
