package org.diplomacykg.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.mention.Gazetteer;
import org.diplomacykg.mention.GazetteerEntry;
import org.diplomacykg.mention.Institution;
import org.diplomacykg.mention.ProjectTypeTerm;
import org.diplomacykg.mention.RoleTitle;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * Reads the curated gazetteer ({@code ontology/gazetteer.ttl}) and the role and project-type
 * schemes ({@code ontology/vocabularies.ttl}) into a plain {@link Gazetteer} for the rules:
 * <ul>
 *   <li>every {@code dip:Person}, {@code dip:Organization}, {@code dip:Country} and
 *       {@code dip:Place} at {@code id/{kind}/{slug}}, with {@code skos:prefLabel},
 *       {@code skos:altLabel}, {@code dip:country} and, for countries, {@code gaz:demonym},
 *       {@code gaz:rulingParty}, {@code gaz:government}, {@code gaz:legislature};</li>
 *   <li>every {@code dip:Role} at {@code id/role/{slug}} with its labels, {@code gaz:partyOffice}
 *       and {@code gaz:precedence};</li>
 *   <li>every {@code dip:ProjectType} with its labels as head nouns.</li>
 * </ul>
 * <pre>
 * Gazetteer g = GazetteerLoader.fromOntology();
 * </pre>
 */
public final class GazetteerLoader {
    /** Namespace of the gazetteer's own annotation properties. */
    public static final String GAZ = "https://w3id.org/diplomacy-kg/gazetteer#";
    private static final Node DEMONYM = NodeFactory.createURI(GAZ + "demonym");
    private static final Node PARTY_OFFICE = NodeFactory.createURI(GAZ + "partyOffice");
    private static final Node PRECEDENCE = NodeFactory.createURI(GAZ + "precedence");
    private static final Map<Institution, Node> INSTITUTIONS = Map.of(
            Institution.RULING_PARTY, NodeFactory.createURI(GAZ + "rulingParty"),
            Institution.GOVERNMENT, NodeFactory.createURI(GAZ + "government"),
            Institution.LEGISLATURE, NodeFactory.createURI(GAZ + "legislature"));
    /** Classes in the order their names win when two entries share a spelling. */
    private static final List<Map.Entry<Node, EntityKind>> KINDS = List.of(
            Map.entry(DIP.Country.asNode(), EntityKind.COUNTRY),
            Map.entry(DIP.Organization.asNode(), EntityKind.ORGANIZATION),
            Map.entry(DIP.Person.asNode(), EntityKind.PERSON), Map.entry(DIP.Place.asNode(), EntityKind.PLACE));

    private GazetteerLoader() {
    }

    /** The gazetteer of the ontology files shipped in the jar. */
    public static Gazetteer fromOntology() {
        return load(OntologyFiles.ontologyGraph());
    }

    public static Gazetteer load(Graph g) {
        Gazetteer.Builder b = Gazetteer.builder();
        for (Map.Entry<Node, EntityKind> kind : KINDS) {
            for (Node s : sortedSubjects(g, kind.getKey())) {
                EntityRef ref = ref(s, kind.getValue());
                String label = text(g, s, SKOS.prefLabel.asNode());
                if (ref == null || label == null) {
                    continue;
                }
                Node country = first(g, s, DIP.country.asNode());
                b.entry(new GazetteerEntry(ref, label, texts(g, s, SKOS.altLabel.asNode()),
                        country == null ? null : ref(country, EntityKind.COUNTRY), texts(g, s, DEMONYM)));
                for (Map.Entry<Institution, Node> inst : INSTITUTIONS.entrySet()) {
                    Node org = first(g, s, inst.getValue());
                    if (org != null) {
                        b.institution(ref, inst.getKey(), ref(org, EntityKind.ORGANIZATION));
                    }
                }
            }
        }
        for (Node s : sortedSubjects(g, DIP.Role.asNode())) {
            String label = text(g, s, SKOS.prefLabel.asNode());
            if (label == null || !s.getURI().startsWith(KG.ID + "role/")) {
                continue;
            }
            Node party = first(g, s, PARTY_OFFICE);
            Node rank = first(g, s, PRECEDENCE);
            b.role(new RoleTitle(s.getURI().substring((KG.ID + "role/").length()), label,
                    texts(g, s, SKOS.altLabel.asNode()), party != null && "true".equals(party.getLiteralLexicalForm()),
                    rank == null ? 0 : Integer.parseInt(rank.getLiteralLexicalForm())));
        }
        for (Node s : sortedSubjects(g, DIP.term("ProjectType").asNode())) {
            if (!s.getURI().startsWith(DIP.NS)) {
                continue;
            }
            TreeSet<String> nouns = new TreeSet<>();
            for (Node p : List.of(SKOS.prefLabel.asNode(), SKOS.altLabel.asNode(), RDFS.label.asNode())) {
                texts(g, s, p).forEach(l -> nouns.add(l.toLowerCase(Locale.ROOT)));
            }
            b.projectType(new ProjectTypeTerm(s.getURI().substring(DIP.NS.length()), List.copyOf(nouns)));
        }
        return b.build();
    }

    private static List<Node> sortedSubjects(Graph g, Node type) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                out.add(t.getSubject());
            }
        });
        out.sort(Comparator.comparing(Node::getURI));
        return out;
    }

    /** {@code id/person/to-lam} as a ref of the given kind; null when the IRI has another shape. */
    private static EntityRef ref(Node iri, EntityKind kind) {
        String prefix = KG.ID + kind.path() + "/";
        if (!iri.isURI() || !iri.getURI().startsWith(prefix)) {
            return null;
        }
        return new EntityRef(kind, iri.getURI().substring(prefix.length()));
    }

    private static Node first(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        return ts.isEmpty() ? null : ts.get(0).getObject();
    }

    private static String text(Graph g, Node s, Node p) {
        Node o = first(g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    private static List<String> texts(Graph g, Node s, Node p) {
        TreeSet<String> out = new TreeSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                out.add(t.getObject().getLiteralLexicalForm());
            }
        });
        return List.copyOf(out);
    }
}
