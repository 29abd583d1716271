package org.diplomacykg.rdf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OntologyFilesTest {

    private static final String VANN = "http://purl.org/vocab/vann/";
    private static final Property OWL2_VERSION_IRI = ResourceFactory.createProperty(OWL.NS, "versionIRI");

    static List<Path> turtleFiles() {
        return OntologyFiles.allTurtleFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turtleFiles")
    void parsesStrictly(Path file) {
        Graph g = OntologyFiles.parseStrict(file);
        assertFalse(g.isEmpty(), file + " is empty");
    }

    @Test
    void theExpectedFilesExist() {
        Set<String> names = turtleFiles().stream().map(p -> OntologyFiles.DIR.relativize(p).toString())
                .collect(Collectors.toSet());
        assertTrue(names.containsAll(Set.of("diplomacy.ttl", "vocabularies.ttl", "shapes.ttl")), names.toString());
    }

    @Test
    void exactlyOneOntologyHeaderAcrossAllFiles() {
        Model all = ModelFactory.createDefaultModel();
        for (Path p : turtleFiles()) {
            all.add(OntologyFiles.model(p));
        }
        List<Resource> headers = all.listSubjectsWithProperty(RDF.type, OWL.Ontology).toList();
        assertEquals(List.of(ResourceFactory.createResource(KG.ONTOLOGY)), headers);
    }

    @Test
    void headerCarriesMetadata() {
        Model m = OntologyFiles.ontology();
        Resource ont = m.createResource(KG.ONTOLOGY);
        assertEquals("1.0.0", m.getRequiredProperty(ont, OWL.versionInfo).getString());
        assertEquals(KG.ONTOLOGY + "/1.0.0", m.getRequiredProperty(ont, OWL2_VERSION_IRI).getResource().getURI());
        assertEquals("https://creativecommons.org/licenses/by/4.0/",
                m.getRequiredProperty(ont, DCTerms.license).getResource().getURI());
        assertEquals("en", m.getRequiredProperty(ont, DCTerms.title).getLanguage());
        assertEquals("en", m.getRequiredProperty(ont, DCTerms.description).getLanguage());
        assertTrue(m.contains(ont, DCTerms.creator));
        Statement created = m.getRequiredProperty(ont, DCTerms.created);
        assertEquals("http://www.w3.org/2001/XMLSchema#date", created.getLiteral().getDatatypeURI());
        assertEquals("dip", m.getRequiredProperty(ont, m.createProperty(VANN, "preferredNamespacePrefix")).getString());
        assertEquals(DIP.NS, m.getRequiredProperty(ont, m.createProperty(VANN, "preferredNamespaceUri")).getString());
    }
}
