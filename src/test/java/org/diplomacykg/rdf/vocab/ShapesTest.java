package org.diplomacykg.rdf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ontology/shapes.ttl parses as SHACL, accepts a good article graph and rejects broken ones. */
class ShapesTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String DIPSH = "https://w3id.org/diplomacy-kg/shapes#";

    private static Model shapesModel;
    private static Shapes shapes;

    @BeforeAll
    static void parseShapes() {
        Graph g = OntologyFiles.parseStrict(OntologyFiles.SHAPES);
        shapesModel = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(g);
        shapes = Shapes.parse(g);
    }

    @Test
    void shapesParse() {
        assertFalse(shapes.isEmpty());
        assertTrue(shapes.numRootShapes() >= 10, "root shapes: " + shapes.numRootShapes());
    }

    @Test
    void theWorkedExampleConforms() {
        ValidationReport report = validate(OntologyFiles.parseStrict(OntologyFiles.EXAMPLE));
        assertTrue(report.conforms(), () -> describe(report.getEntries()));
    }

    @Test
    void aBrokenGraphFailsWithTheExpectedViolations() {
        ValidationReport report = validate(OntologyFiles.parseStrict(fixture("broken-article.ttl")));
        List<String> violations = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            assertEquals(Severity.Violation, e.severity(), () -> "unexpected warning: " + e);
            violations.add(summary(e));
        }
        String id = KG.ID;
        Set<String> expected = Set.of(
                id + "event/talks-without-evidence MinCountConstraintComponent dip:evidence",
                id + "event/meeting-and-ceremony QualifiedMaxCountConstraintComponent rdf:type",
                id + "event/untyped QualifiedMinCountConstraintComponent rdf:type",
                id + "evidence/no-offsets MinCountConstraintComponent dip:beginIndex",
                id + "evidence/no-offsets MinCountConstraintComponent dip:endIndex",
                id + "evidence/wrong-span SPARQLConstraintComponent -",
                id + "commitment/without-area MinCountConstraintComponent dip:area",
                id + "target/bad DatatypeConstraintComponent dip:amount",
                id + "target/bad PatternConstraintComponent dip:currency",
                id + "role-assignment/bad-holder ClassConstraintComponent dip:holder");
        assertEquals(10, violations.size(), () -> String.join("\n", violations));
        assertEquals(expected, new HashSet<>(violations));
    }

    @Test
    void aCommitmentWithoutPartiesIsOnlyAWarning() {
        ValidationReport report = validate(OntologyFiles.parseStrict(fixture("commitment-without-party.ttl")));
        List<ReportEntry> entries = new ArrayList<>(report.getEntries());
        assertEquals(1, entries.size(), () -> describe(entries));
        assertEquals(Severity.Warning, entries.get(0).severity());
        assertEquals(KG.ID + "commitment/implement-high-level-commitments MinCountConstraintComponent dip:committedBy",
                summary(entries.get(0)));
        // sh:conforms is false for warnings too: loaders must look at the severity.
        assertFalse(report.conforms());
    }

    @Test
    void eventShapeTargetsEventAndEveryEventSubclass() {
        Model ont = OntologyFiles.ontology();
        Set<Resource> subclasses = Set.copyOf(ont.listSubjectsWithProperty(RDFS.subClassOf, DIP.Event).toList());
        Resource eventShape = shapesModel.createResource(DIPSH + "EventShape");
        Set<Resource> targets = objects(eventShape, SH + "targetClass");
        Set<Resource> expected = new HashSet<>(subclasses);
        expected.add(DIP.Event);
        assertEquals(expected, targets);

        Resource typeShape = shapesModel.createResource(DIPSH + "Event-type");
        Resource qualified = typeShape.getPropertyResourceValue(shapesModel.createProperty(SH + "qualifiedValueShape"));
        assertEquals(subclasses, list(qualified, SH + "in"));
    }

    @Test
    void labelShapeTargetsActorAndItsSubclasses() {
        Model ont = OntologyFiles.ontology();
        Set<Resource> targets = objects(shapesModel.createResource(DIPSH + "LabelShape"), SH + "targetClass");
        assertTrue(targets.contains(DIP.Actor));
        assertTrue(targets.containsAll(ont.listSubjectsWithProperty(RDFS.subClassOf, DIP.Actor).toList()));
    }

    @Test
    void inListsEqualTheVocabularies() {
        assertEquals(instances(DIP.PolicyArea), list(shape("Commitment-area"), SH + "in"));
        assertEquals(instances(DIP.Modality), list(shape("Commitment-modality"), SH + "in"));
        assertEquals(instances(DIP.ProjectType), list(shape("Project-projectType"), SH + "in"));
        assertEquals(instances(DIP.ProjectStatus), list(shape("Project-status"), SH + "in"));
    }

    // ------------------------------------------------------------------ helpers

    private static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    private static Path fixture(String name) {
        URL url = ShapesTest.class.getResource(name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "{focus} {constraint component} {path}", with dip: and rdf: abbreviated. */
    private static String summary(ReportEntry e) {
        String path = e.resultPath() == null ? "-" : e.resultPath().toString()
                .replace("<" + DIP.NS, "dip:").replace("<" + RDF.getURI(), "rdf:").replace(">", "");
        return e.focusNode().getURI() + " " + e.sourceConstraintComponent().getLocalName() + " " + path;
    }

    private static String describe(java.util.Collection<ReportEntry> entries) {
        return entries.stream().map(e -> e.severity().level().getLocalName() + " " + summary(e) + " " + e.message())
                .collect(Collectors.joining("\n"));
    }

    private static Resource shape(String localName) {
        return shapesModel.createResource(DIPSH + localName);
    }

    private static Set<Resource> objects(Resource s, String property) {
        return shapesModel.listObjectsOfProperty(s, shapesModel.createProperty(property)).toList().stream()
                .map(RDFNode::asResource).collect(Collectors.toSet());
    }

    private static Set<Resource> list(Resource s, String property) {
        Resource head = s.getPropertyResourceValue(s.getModel().createProperty(property));
        return head.as(org.apache.jena.rdf.model.RDFList.class).asJavaList().stream().map(RDFNode::asResource)
                .collect(Collectors.toSet());
    }

    private static Set<Resource> instances(Resource cls) {
        return Set.copyOf(OntologyFiles.ontology().listSubjectsWithProperty(RDF.type, cls).toList());
    }
}
