package org.diplomacykg.rdf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ontology hygiene (every term labelled, defined and attributed) and the terms the ontology
 * contract ({@code shared/design/ontology-contract.md}) fixes, listed explicitly.
 */
class OntologyHygieneTest {

    private static final Resource ONTOLOGY = ResourceFactory.createResource(KG.ONTOLOGY);

    private static final Set<Resource> TERM_KINDS = Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty,
            OWL.AnnotationProperty, SKOS.Concept, SKOS.ConceptScheme);

    /** Every resource in the dip: namespace or the role namespace that the ontology types. */
    static Stream<Resource> declaredTerms() {
        Model m = OntologyFiles.ontology();
        return m.listSubjectsWithProperty(RDF.type).toList().stream()
                .filter(Resource::isURIResource)
                .filter(r -> r.getURI().startsWith(DIP.NS) || r.getURI().startsWith(KG.ROLE))
                .sorted((a, b) -> a.getURI().compareTo(b.getURI()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declaredTerms")
    void everyTermIsLabelledDefinedAndAttributed(Resource term) {
        Model m = OntologyFiles.ontology();
        assertEquals(1, englishValues(m, term, RDFS.label), term + " needs exactly one rdfs:label@en");
        assertEquals(1, englishValues(m, term, SKOS.definition), term + " needs exactly one skos:definition@en");
        assertTrue(m.contains(term, RDFS.isDefinedBy, ONTOLOGY), term + " needs rdfs:isDefinedBy the ontology");
        assertTrue(m.listObjectsOfProperty(term, RDF.type).toList().stream().anyMatch(TERM_KINDS::contains),
                term + " is not typed as a class, property, concept or concept scheme");
    }

    @Test
    void everyObjectPropertyReadsBackwardsInEnglish() {
        // a resource page lists what links to it by the property's inverse label ("commits to"),
        // never the label with "of" stuck on ("committed by of")
        Model m = OntologyFiles.ontology();
        List<String> missing = new ArrayList<>();
        for (Resource p : m.listSubjectsWithProperty(RDF.type, OWL.ObjectProperty).toList()) {
            if (p.getURI().startsWith(DIP.NS) && englishValues(m, p, DIP.inverseLabel) != 1) {
                missing.add(p.getLocalName());
            }
        }
        assertEquals(List.of(), missing, "object properties without exactly one dip:inverseLabel@en");
    }

    @Test
    void noUndeclaredDipTermIsUsedInAnyFile() {
        Model m = OntologyFiles.ontology();
        Set<String> undeclared = new TreeSet<>();
        for (Path file : OntologyFiles.allTurtleFiles()) {
            for (Statement s : OntologyFiles.model(file).listStatements().toList()) {
                for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                    if (n.isURIResource() && n.asResource().getURI().startsWith(DIP.NS)
                            && !m.contains(n.asResource(), RDF.type)) {
                        undeclared.add(file + ": " + n);
                    }
                }
            }
        }
        assertEquals(Set.of(), undeclared);
    }

    @Test
    void contractClasses() {
        List<Resource> classes = List.of(DIP.Article, DIP.Actor, DIP.Person, DIP.Organization, DIP.Country,
                DIP.Place, DIP.Role, DIP.RoleAssignment, DIP.Event, DIP.Commitment, DIP.Target, DIP.Project,
                DIP.Evidence, DIP.PolicyArea, DIP.ProjectType, DIP.EventType);
        Model m = OntologyFiles.ontology();
        for (Resource c : classes) {
            assertTrue(m.contains(c, RDF.type, OWL.Class), c + " is not an owl:Class");
        }
        for (Resource c : EVENT_TYPES) {
            assertTrue(m.contains(c, RDF.type, OWL.Class), c + " is not an owl:Class");
            assertTrue(m.contains(c, RDFS.subClassOf, DIP.Event), c + " is not a subclass of dip:Event");
        }
        for (Resource c : List.of(DIP.Person, DIP.Organization, DIP.Country)) {
            assertTrue(m.contains(c, RDFS.subClassOf, DIP.Actor), c + " is not a subclass of dip:Actor");
        }
    }

    /** The 14 event types of the contract. */
    static final List<Resource> EVENT_TYPES = List.of(DIP.StateVisit, DIP.OfficialVisit, DIP.Talks, DIP.Meeting,
            DIP.Ceremony, DIP.Speech, DIP.AwardConferral, DIP.DocumentSigning, DIP.Inauguration,
            DIP.CommitteeSession, DIP.PhoneCall, DIP.Congress, DIP.Election, DIP.JointStatement);

    @Test
    void contractObjectProperties() {
        Model m = OntologyFiles.ontology();
        for (Resource p : List.of(DIP.holder, DIP.role, DIP.roleIn, DIP.participant, DIP.host, DIP.guest,
                DIP.place, DIP.partOf, DIP.committedBy, DIP.area, DIP.target, DIP.concerns, DIP.madeAt,
                DIP.projectType, DIP.location, DIP.status, DIP.evidence)) {
            assertTrue(m.contains(p, RDF.type, OWL.ObjectProperty), p + " is not an owl:ObjectProperty");
        }
        for (Resource p : List.of(DIP.sourceFile, DIP.date, DIP.startDate, DIP.endDate, DIP.amount, DIP.currency,
                DIP.metric, DIP.deadline, DIP.quote, DIP.beginIndex, DIP.endIndex)) {
            assertTrue(m.contains(p, RDF.type, OWL.DatatypeProperty), p + " is not an owl:DatatypeProperty");
        }
        assertTrue(m.contains(DIP.host, RDFS.subPropertyOf, DIP.participant));
        assertTrue(m.contains(DIP.guest, RDFS.subPropertyOf, DIP.participant));
    }

    @Test
    void contractDomainsAndRanges() {
        Model m = OntologyFiles.ontology();
        assertDomainRange(m, DIP.sourceFile, DIP.Article, XSD("string"));
        assertDomainRange(m, DIP.holder, DIP.RoleAssignment, DIP.Person);
        assertDomainRange(m, DIP.role, DIP.RoleAssignment, DIP.Role);
        assertDomainRange(m, DIP.participant, DIP.Event, DIP.Actor);
        assertDomainRange(m, DIP.partOf, DIP.Event, DIP.Event);
        assertDomainRange(m, DIP.committedBy, DIP.Commitment, DIP.Actor);
        assertDomainRange(m, DIP.area, DIP.Commitment, DIP.PolicyArea);
        assertDomainRange(m, DIP.target, DIP.Commitment, DIP.Target);
        assertDomainRange(m, DIP.amount, DIP.Target, XSD("decimal"));
        assertDomainRange(m, DIP.concerns, DIP.Commitment, DIP.Project);
        assertDomainRange(m, DIP.madeAt, DIP.Commitment, DIP.Event);
        assertDomainRange(m, DIP.projectType, DIP.Project, DIP.ProjectType);
        assertDomainRange(m, DIP.quote, DIP.Evidence, XSD("string"));
        assertDomainRange(m, DIP.beginIndex, DIP.Evidence, XSD("integer"));
        assertDomainRange(m, DIP.endIndex, DIP.Evidence, XSD("integer"));
        assertDomainRange(m, DIP.evidence, null, DIP.Evidence);
        for (Resource p : List.of(DIP.date, DIP.startDate, DIP.endDate, DIP.deadline)) {
            Resource range = m.getRequiredProperty(p, RDFS.range).getResource();
            List<RDFNode> union = range.getRequiredProperty(OWL.unionOf).getList().asJavaList();
            assertEquals(List.of(XSD("date"), XSD("gYearMonth"), XSD("gYear")), union, p + " range");
        }
    }

    @Test
    void extraTerms() {
        Model m = OntologyFiles.ontology();
        assertDomainRange(m, DIP.contentHash, DIP.Article, XSD("string"));
        assertDomainRange(m, DIP.dateline, DIP.Article, DIP.Place);
        assertDomainRange(m, DIP.headline, DIP.Article, XSD("string"));
        assertDomainRange(m, DIP.mentions, DIP.Article, null);
        assertDomainRange(m, DIP.modality, DIP.Commitment, DIP.Modality);
        assertDomainRange(m, DIP.planned, DIP.Event, XSD("boolean"));
        assertDomainRange(m, DIP.award, DIP.AwardConferral, DIP.Award);
        assertDomainRange(m, DIP.documentCount, DIP.DocumentSigning, XSD("integer"));
        assertDomainRange(m, DIP.awardedTo, DIP.AwardConferral, DIP.Actor);
        assertDomainRange(m, DIP.awardedBy, DIP.AwardConferral, DIP.Actor);
        assertDomainRange(m, DIP.country, null, DIP.Country);
        assertDomainRange(m, DIP.sentenceIndex, DIP.Evidence, XSD("integer"));
        assertDomainRange(m, DIP.inArticle, DIP.Evidence, DIP.Article);
        assertDomainRange(m, DIP.status, DIP.Project, DIP.ProjectStatus);
        assertTrue(m.contains(DIP.awardedTo, RDFS.subPropertyOf, DIP.participant));
        assertTrue(m.contains(DIP.awardedBy, RDFS.subPropertyOf, DIP.participant));
        for (Resource c : List.of(DIP.Award, DIP.ProjectStatus, DIP.Modality)) {
            assertTrue(m.contains(c, RDF.type, OWL.Class), c + " is not an owl:Class");
        }
        for (Resource p : List.of(DIP.cameoCode, DIP.ploverCategory, DIP.ploverMode)) {
            assertTrue(m.contains(p, RDF.type, OWL.AnnotationProperty), p + " is not an owl:AnnotationProperty");
        }
    }

    @Test
    void contractAlignments() {
        Model m = OntologyFiles.ontology();
        String schema = "https://schema.org/";
        String prov = "http://www.w3.org/ns/prov#";
        String sem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
        String org = "http://www.w3.org/ns/org#";
        List<String[]> expected = new ArrayList<>(List.of(
                new String[] {"Article", schema + "NewsArticle"}, new String[] {"Article", prov + "Entity"},
                new String[] {"Actor", prov + "Agent"}, new String[] {"Actor", sem + "Actor"},
                new String[] {"Person", "http://xmlns.com/foaf/0.1/Person"}, new String[] {"Person", schema + "Person"},
                new String[] {"Organization", org + "Organization"}, new String[] {"Country", schema + "Country"},
                new String[] {"Place", schema + "Place"}, new String[] {"Place", sem + "Place"},
                new String[] {"Role", org + "Role"}, new String[] {"RoleAssignment", org + "Membership"},
                new String[] {"Event", sem + "Event"}, new String[] {"Event", schema + "Event"},
                new String[] {"Evidence", "http://www.w3.org/ns/oa#TextQuoteSelector"},
                new String[] {"Evidence", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#String"},
                new String[] {"PolicyArea", SKOS.Concept.getURI()}, new String[] {"ProjectType", SKOS.Concept.getURI()},
                new String[] {"EventType", SKOS.Concept.getURI()}));
        for (String[] pair : expected) {
            Resource sub = m.createResource(DIP.NS + pair[0]);
            assertTrue(m.contains(sub, RDFS.subClassOf, m.createResource(pair[1])), pair[0] + " ⊑ " + pair[1]);
        }
    }

    private static Resource XSD(String local) {
        return ResourceFactory.createResource("http://www.w3.org/2001/XMLSchema#" + local);
    }

    private static void assertDomainRange(Model m, Resource p, Resource domain, Resource range) {
        if (domain != null) {
            assertTrue(m.contains(p, RDFS.domain, domain), p + " rdfs:domain " + domain);
        }
        if (range != null) {
            assertTrue(m.contains(p, RDFS.range, range), p + " rdfs:range " + range);
        }
    }

    private static long englishValues(Model m, Resource s, org.apache.jena.rdf.model.Property p) {
        return m.listObjectsOfProperty(s, p).toList().stream()
                .filter(RDFNode::isLiteral)
                .filter(n -> "en".equals(n.asLiteral().getLanguage()))
                .count();
    }
}
