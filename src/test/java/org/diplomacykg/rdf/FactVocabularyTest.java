package org.diplomacykg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.diplomacykg.facts.EventType;
import org.diplomacykg.facts.Modality;
import org.diplomacykg.facts.PolicyArea;
import org.diplomacykg.facts.ProjectStatus;
import org.diplomacykg.rdf.vocab.DIP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The enums the extraction speaks in name real terms of the ontology, of the right kind. */
class FactVocabularyTest {
    private static final Graph ONTOLOGY = OntologyFiles.ontologyGraph();

    static Stream<Arguments> enumTerms() {
        Stream.Builder<Arguments> b = Stream.builder();
        for (EventType t : EventType.values()) {
            b.add(Arguments.of(t.localName(), DIP.EventType));
        }
        for (PolicyArea a : PolicyArea.values()) {
            b.add(Arguments.of(a.localName(), DIP.PolicyArea));
        }
        for (Modality m : Modality.values()) {
            b.add(Arguments.of(m.localName(), DIP.Modality));
        }
        for (ProjectStatus s : ProjectStatus.values()) {
            b.add(Arguments.of(s.localName(), DIP.ProjectStatus));
        }
        return b.build();
    }

    @ParameterizedTest(name = "dip:{0} a {1}")
    @MethodSource("enumTerms")
    void everyEnumValueIsAConceptOfItsScheme(String localName, org.apache.jena.rdf.model.Resource type) {
        Node term = DIP.term(localName).asNode();
        assertTrue(ONTOLOGY.contains(term, RDF.type.asNode(), type.asNode()), "dip:" + localName + " is not a " + type);
    }

    @Test
    void everyOntologyFileOfTheOntologyGraphIsListed() throws Exception {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(Path.of("ontology"))) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ttl"))
                    .filter(n -> !n.equals(OntologyFiles.SHAPES)).sorted().toList();
        }
        assertTrue(OntologyFiles.ONTOLOGY_GRAPH_FILES.containsAll(onDisk), "unlisted ontology files: " + onDisk);
    }
}
