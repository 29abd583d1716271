package org.diplomacykg.facts.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.diplomacykg.facts.PolicyArea;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyAreaClassifierTest {
    private final PolicyAreaClassifier classifier = new PolicyAreaClassifier();

    @ParameterizedTest(name = "{index} - {1}")
    @CsvSource(delimiter = '|', value = {
            "agreed to elevate the relationship to a new level | POLITICAL",
            "closely coordinate in ensuring political security and social order | DEFENCE_SECURITY",
            "raise two-way trade and attract more investment | ECONOMY_TRADE",
            "accelerate the railway and expressway projects | INFRASTRUCTURE_TRANSPORT",
            "ensure energy security and build power transmission lines | ENERGY",
            "boost cooperation in education and training, expand collaboration in culture and science | EDUCATION_TRAINING",
            "promote people-to-people exchanges and cultural festivals | CULTURE_PEOPLE",
            "support each other at ASEAN and United Nations forums | MULTILATERAL",
            "step up cooperation in digital transformation and innovation | SCIENCE_TECHNOLOGY",
            "build a new hospital and improve healthcare | HEALTH",
            "manage water resources and respond to climate change | ENVIRONMENT"})
    void classifies(String text, PolicyArea area) {
        assertEquals(area, classifier.classify(text));
    }
}
