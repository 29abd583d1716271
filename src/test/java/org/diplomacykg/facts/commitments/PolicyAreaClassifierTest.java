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
            "expand cooperation in landmine clearance in the border provinces | DEFENCE_SECURITY",
            "help clear unexploded ordnance left from the war | DEFENCE_SECURITY",
            "ensure water security along the shared river and share drought forecasts | ENVIRONMENT",
            "strengthen protection of the great lake and its wetlands | ENVIRONMENT",
            "cooperate in training 5,000 software engineers by 2030 | EDUCATION_TRAINING",
            "receive 200 officers and cadets a year at its military schools | EDUCATION_TRAINING",
            "extend the visa exemption to holders of ordinary passports | CULTURE_PEOPLE",
            "maintain regular strategic exchanges between the top leaders | POLITICAL",
            "connect the two economies more closely, with priority given to transport | ECONOMY_TRADE",
            "raise the value of goods traded through the border gate | ECONOMY_TRADE",
            "closely coordinate in ensuring political security and social order | DEFENCE_SECURITY",
            "raise two-way trade and attract more investment | ECONOMY_TRADE",
            "accelerate the railway and expressway projects | INFRASTRUCTURE_TRANSPORT",
            "ensure energy security and build power transmission lines | ENERGY",
            "boost cooperation in education and training, expand collaboration in culture and science | EDUCATION_TRAINING",
            "promote people-to-people exchanges and cultural festivals | CULTURE_PEOPLE",
            "support each other at ASEAN and United Nations forums | MULTILATERAL",
            "step up cooperation in digital transformation and innovation | SCIENCE_TECHNOLOGY",
            "build a new hospital and improve healthcare | HEALTH",
            "manage water resources and respond to climate change | ENVIRONMENT",
            "upgrade the border gate pair to international status | INFRASTRUCTURE_TRANSPORT",
            "add cross-border passenger trains and a logistics park | INFRASTRUCTURE_TRANSPORT",
            "turn the old border wharf into a river port | INFRASTRUCTURE_TRANSPORT",
            "ensure strict environmental and social safeguards along the river | ENVIRONMENT",
            "maintain exchanges of delegations at all levels | POLITICAL",
            "deepen cooperation between the two parliaments and at ASEAN forums | POLITICAL",
            "address issues related to detained fishermen humanely | DEFENCE_SECURITY",
            "train 500 technicians in railway operation | EDUCATION_TRAINING",
            "step up joint patrols along the border | DEFENCE_SECURITY"})
    void classifies(String text, PolicyArea area) {
        assertEquals(area, classifier.classify(text));
    }
}
