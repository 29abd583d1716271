package org.diplomacykg.rdf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SKOS concept schemes: their members, labels, codes and the names the gold expects. */
class VocabulariesTest {

    private static final Set<String> PLOVER_CATEGORIES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE",
            "AID", "RETREAT", "DEMAND", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");

    /** Each scheme and the class its concepts are instances of. */
    static Stream<Resource[]> schemes() {
        return Stream.of(new Resource[] {DIP.EventTypeScheme, DIP.EventType},
                new Resource[] {DIP.PolicyAreaScheme, DIP.PolicyArea},
                new Resource[] {DIP.ProjectTypeScheme, DIP.ProjectType},
                new Resource[] {DIP.ProjectStatusScheme, DIP.ProjectStatus},
                new Resource[] {DIP.ModalityScheme, DIP.Modality},
                new Resource[] {DIP.RoleScheme, DIP.Role});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void schemeIsWellFormed(Resource scheme, Resource conceptClass) {
        Model m = OntologyFiles.ontology();
        assertTrue(m.contains(scheme, RDF.type, SKOS.ConceptScheme));
        Set<Resource> members = Set.copyOf(m.listSubjectsWithProperty(SKOS.inScheme, scheme).toList());
        Set<Resource> typed = Set.copyOf(m.listSubjectsWithProperty(RDF.type, conceptClass).toList());
        assertEquals(typed, members, "members of " + scheme + " and instances of " + conceptClass);
        assertFalse(members.isEmpty());
        Set<Resource> tops = Set.copyOf(m.listObjectsOfProperty(scheme, SKOS.hasTopConcept).toList().stream()
                .map(RDFNode::asResource).toList());
        for (Resource c : members) {
            assertTrue(m.contains(c, RDF.type, SKOS.Concept), c + " is not a skos:Concept");
            List<RDFNode> pref = m.listObjectsOfProperty(c, SKOS.prefLabel).toList();
            assertEquals(1, pref.size(), c + " needs one skos:prefLabel");
            assertEquals("en", pref.get(0).asLiteral().getLanguage(), c + " prefLabel language");
            assertEquals(pref.get(0), m.getRequiredProperty(c, RDFS.label).getObject(), c + " rdfs:label = prefLabel");
            boolean hasBroader = m.contains(c, SKOS.broader);
            assertEquals(!hasBroader, tops.contains(c), c + " is a top concept exactly when it has no broader");
            assertEquals(!hasBroader, m.contains(c, SKOS.topConceptOf, scheme), c + " skos:topConceptOf");
            for (RDFNode b : m.listObjectsOfProperty(c, SKOS.broader).toList()) {
                assertTrue(members.contains(b.asResource()), c + " broader " + b + " outside the scheme");
            }
        }
    }

    @Test
    void policyAreasAreExactlyTheContractOnes() {
        assertEquals(Set.of(DIP.Political, DIP.DefenceSecurity, DIP.EconomyTrade, DIP.InfrastructureTransport,
                DIP.Energy, DIP.EducationTraining, DIP.CulturePeople, DIP.Multilateral, DIP.ScienceTechnology,
                DIP.Health, DIP.Environment, DIP.Other), instances(DIP.PolicyArea));
    }

    @Test
    void eventTypesAreTheEventSubclassesAndCarryCodes() {
        Model m = OntologyFiles.ontology();
        assertEquals(Set.copyOf(OntologyHygieneTest.EVENT_TYPES), instances(DIP.EventType));
        assertEquals(Set.copyOf(OntologyHygieneTest.EVENT_TYPES),
                Set.copyOf(m.listSubjectsWithProperty(RDFS.subClassOf, DIP.Event).toList()));
        for (Resource t : OntologyHygieneTest.EVENT_TYPES) {
            for (String code : strings(t, DIP.cameoCode)) {
                assertTrue(code.matches("\\d{2,4}"), t + " CAMEO code " + code);
            }
            for (String category : strings(t, DIP.ploverCategory)) {
                assertTrue(PLOVER_CATEGORIES.contains(category), t + " PLOVER category " + category);
            }
        }
        assertEquals(Set.of("042", "043"), strings(DIP.StateVisit, DIP.cameoCode));
        assertEquals(Set.of("CONSULT"), strings(DIP.StateVisit, DIP.ploverCategory));
        assertEquals(Set.of("visit"), strings(DIP.StateVisit, DIP.ploverMode));
        assertEquals(Set.of("041"), strings(DIP.PhoneCall, DIP.cameoCode));
        assertEquals(Set.of("phone"), strings(DIP.PhoneCall, DIP.ploverMode));
        assertEquals(Set.of("057"), strings(DIP.DocumentSigning, DIP.cameoCode));
        assertEquals(Set.of("SUPPORT"), strings(DIP.DocumentSigning, DIP.ploverCategory));
        assertEquals(Set.of("051"), strings(DIP.AwardConferral, DIP.cameoCode));
        assertEquals(Set.of("CONSULT"), strings(DIP.Talks, DIP.ploverCategory));
        assertEquals(Set.of("AGREE"), strings(DIP.Commitment, DIP.ploverCategory));
        // No PLOVER category exists for these; a scope note says so instead.
        for (Resource t : List.of(DIP.Ceremony, DIP.Speech, DIP.Inauguration, DIP.Congress, DIP.Election,
                DIP.JointStatement)) {
            assertEquals(Set.of(), strings(t, DIP.ploverCategory), t.toString());
            assertTrue(m.contains(t, SKOS.scopeNote), t + " should explain its codes in a scope note");
        }
    }

    @Test
    void projectTypesCoverTheRequiredKinds() {
        Set<String> names = instances(DIP.ProjectType).stream().map(Resource::getLocalName)
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("Railway", "Expressway", "Highway", "Road", "Bridge", "Port", "Wharf",
                "Airport", "PowerLine", "PowerPlant", "Hydropower", "OilDepot", "Pipeline", "Hospital", "School",
                "University", "Park", "BorderGate", "IndustrialPark", "EconomicZone", "Building", "OtherProject")),
                names.toString());
    }

    /** The scorer's rule: the gold type's tokens are contained in a concept's label and local-name tokens. */
    @Test
    void goldProjectTypesMatchAConceptByTokens() {
        Model m = OntologyFiles.ontology();
        for (String gold : List.of("Park", "Hospital", "Port", "Railway", "PowerLine", "OilDepot", "Expressway",
                "Other")) {
            Set<String> want = scorerTokens(gold);
            List<Resource> fits = instances(DIP.ProjectType).stream().filter(c -> {
                StringBuilder text = new StringBuilder(c.getLocalName());
                for (RDFNode l : m.listObjectsOfProperty(c, RDFS.label).toList()) {
                    text.append(' ').append(l.asLiteral().getLexicalForm());
                }
                return scorerTokens(text.toString()).containsAll(want);
            }).toList();
            assertFalse(fits.isEmpty(), "no project type matches gold type " + gold);
        }
    }

    @Test
    void modalitiesAndStatuses() {
        assertEquals(Set.of(DIP.Agreed, DIP.Pledged, DIP.Affirmed, DIP.Planned, DIP.Proposed, DIP.Urged, DIP.Welcomed),
                instances(DIP.Modality));
        assertEquals(Set.of(DIP.StatusProposed, DIP.StatusUnderStudy, DIP.StatusPlanned, DIP.StatusUnderConstruction,
                DIP.StatusCompleted, DIP.StatusInaugurated, DIP.StatusInOperation), instances(DIP.ProjectStatus));
        Model m = OntologyFiles.ontology();
        Set<String> statusLabels = instances(DIP.ProjectStatus).stream()
                .flatMap(s -> Stream.concat(m.listObjectsOfProperty(s, SKOS.prefLabel).toList().stream(),
                        m.listObjectsOfProperty(s, SKOS.altLabel).toList().stream()))
                .map(n -> norm(n.asLiteral().getLexicalForm())).collect(Collectors.toSet());
        assertTrue(statusLabels.containsAll(Set.of("inaugurated", "in use")), statusLabels.toString());
    }

    /** Role titles and synonyms from the Role section of {@code shared/eval/gold/entities.yaml}. */
    private static final Map<String, List<String>> GOLD_ROLES = new LinkedHashMap<>();

    static {
        GOLD_ROLES.put("General Secretary", List.of("Party General Secretary", "Secretary General", "Secretary-General",
                "General Secretary of the Party", "Party chief"));
        GOLD_ROLES.put("President", List.of("State President", "President of the State"));
        GOLD_ROLES.put("Prime Minister", List.of("PM", "Premier"));
        GOLD_ROLES.put("National Assembly Chairman", List.of("Chairman of the National Assembly", "NA Chairman",
                "National Assembly Chair", "President of the National Assembly", "National Assembly President",
                "NA President"));
        GOLD_ROLES.put("Minister of Foreign Affairs", List.of("Foreign Minister", "FM", "Minister for Foreign Affairs"));
        GOLD_ROLES.put("Minister of National Defence", List.of("Defence Minister", "Minister of Defence",
                "Defense Minister", "Minister of National Defense"));
        GOLD_ROLES.put("Deputy Prime Minister", List.of("Deputy PM", "Vice Prime Minister"));
    }

    @Test
    void goldRolesAndAllTheirSynonymsArePresent() {
        Map<String, Resource> byPrefLabel = roleConceptsByPrefLabel();
        for (Map.Entry<String, List<String>> e : GOLD_ROLES.entrySet()) {
            Resource concept = byPrefLabel.get(e.getKey());
            assertTrue(concept != null, "no role concept with prefLabel " + e.getKey());
            Set<String> labels = labels(concept).stream().map(VocabulariesTest::norm).collect(Collectors.toSet());
            for (String synonym : e.getValue()) {
                assertTrue(labels.contains(norm(synonym)), concept + " lacks " + synonym);
            }
        }
    }

    @Test
    void extraRolesArePresent() {
        assertTrue(roleConceptsByPrefLabel().keySet().containsAll(Set.of("Vice President",
                "Minister of Industry and Trade", "Minister of Public Security", "Minister of Planning and Investment",
                "Minister of Finance", "Ambassador", "Chairman", "Secretary of the Party Central Committee",
                "Permanent Deputy Prime Minister", "Deputy Minister", "Minister", "Governor", "Party Secretary",
                "King")));
    }

    @Test
    void roleIrisAreSlugsOfTheirPreferredLabels() {
        Model m = OntologyFiles.ontology();
        for (Resource r : instances(DIP.Role)) {
            String pref = m.getRequiredProperty(r, SKOS.prefLabel).getString();
            assertEquals(KG.role(KG.slug(pref)), r, "IRI of role " + pref);
        }
    }

    @Test
    void noLabelBelongsToTwoRoles() {
        Map<String, Resource> owner = new HashMap<>();
        Set<String> clashes = new TreeSet<>();
        for (Resource r : instances(DIP.Role)) {
            for (String label : labels(r).stream().map(VocabulariesTest::norm).collect(Collectors.toSet())) {
                Resource previous = owner.putIfAbsent(label, r);
                if (previous != null && !previous.equals(r)) {
                    clashes.add(label + ": " + previous.getURI() + ", " + r.getURI());
                }
            }
        }
        assertEquals(Set.of(), clashes);
    }

    // ------------------------------------------------------------------ helpers

    private static Set<Resource> instances(Resource cls) {
        return Set.copyOf(OntologyFiles.ontology().listSubjectsWithProperty(RDF.type, cls).toList());
    }

    private static Set<String> strings(Resource s, org.apache.jena.rdf.model.Property p) {
        return OntologyFiles.ontology().listObjectsOfProperty(s, p).toList().stream()
                .map(n -> n.asLiteral().getLexicalForm()).collect(Collectors.toSet());
    }

    private static Map<String, Resource> roleConceptsByPrefLabel() {
        Model m = OntologyFiles.ontology();
        Map<String, Resource> out = new HashMap<>();
        for (Resource r : instances(DIP.Role)) {
            out.put(m.getRequiredProperty(r, SKOS.prefLabel).getString(), r);
        }
        return out;
    }

    private static Set<String> labels(Resource concept) {
        Model m = OntologyFiles.ontology();
        return Stream.of(RDFS.label, SKOS.prefLabel, SKOS.altLabel)
                .flatMap(p -> m.listObjectsOfProperty(concept, p).toList().stream())
                .map(n -> ((Literal) n).getLexicalForm())
                .collect(Collectors.toSet());
    }

    /** The scorer's {@code norm}: fold diacritics (đ too), case and punctuation. */
    static String norm(String s) {
        String d = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        d = d.replaceAll("[’'`´]s\\b", "s").replaceAll("[^a-z0-9$]+", " ").strip();
        return d.startsWith("the ") ? d.substring(4).strip() : d;
    }

    private static final Set<String> STOPWORDS = Set.of("the", "of", "and", "a", "an", "to", "from", "in", "for",
            "project", "projects");

    /** The scorer's {@code tokens}: split camelCase, normalise, drop stop words. */
    static Set<String> scorerTokens(String s) {
        String spaced = s.replaceAll("([a-z])([A-Z])", "$1 $2");
        return Arrays.stream(norm(spaced).split(" ")).filter(t -> !t.isEmpty() && !STOPWORDS.contains(t))
                .collect(Collectors.toSet());
    }
}
