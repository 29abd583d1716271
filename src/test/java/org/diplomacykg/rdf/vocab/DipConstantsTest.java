package org.diplomacykg.rdf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** {@link DIP} and the ontology files declare the same terms. */
class DipConstantsTest {

    static List<Field> constants() {
        return Arrays.stream(DIP.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType()))
                .toList();
    }

    private static Resource value(Field f) {
        try {
            return (Resource) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() {
        Model m = OntologyFiles.ontology();
        Set<String> missing = new TreeSet<>();
        for (Field f : constants()) {
            if (!m.contains(value(f), RDF.type)) {
                missing.add(f.getName());
            }
        }
        assertEquals(Set.of(), missing, "DIP constants with no rdf:type in ontology/*.ttl");
        assertTrue(constants().size() > 100, "expected the full vocabulary, found " + constants().size());
    }

    @Test
    void everyConstantIsNamedAfterItsLocalName() {
        for (Field f : constants()) {
            assertEquals(DIP.NS + f.getName(), value(f).getURI(), f.getName());
        }
    }

    @Test
    void propertiesAreJenaPropertiesAndOnlyThey() {
        Model m = OntologyFiles.ontology();
        for (Field f : constants()) {
            Resource r = value(f);
            boolean isProperty = m.contains(r, RDF.type, OWL.ObjectProperty) || m.contains(r, RDF.type, OWL.DatatypeProperty)
                    || m.contains(r, RDF.type, OWL.AnnotationProperty);
            if (isProperty) {
                assertInstanceOf(Property.class, r, f.getName() + " should be a Property constant");
            } else {
                assertEquals(Resource.class, f.getType(), f.getName() + " should be a Resource constant");
            }
        }
    }

    @Test
    void everyDeclaredDipTermHasAConstant() {
        Set<String> constants = constants().stream().map(f -> value(f).getURI()).collect(Collectors.toSet());
        Set<String> missing = OntologyFiles.ontology().listSubjectsWithProperty(RDF.type).toList().stream()
                .filter(Resource::isURIResource)
                .map(Resource::getURI)
                .filter(u -> u.startsWith(DIP.NS))
                .filter(u -> !constants.contains(u))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "dip: terms in the ontology without a DIP constant");
    }
}
