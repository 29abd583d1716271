package org.diplomacykg.facts.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.document.Document;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.mention.DocumentMentions;
import org.diplomacykg.mention.Fixtures;
import org.diplomacykg.mention.MentionFinder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Project phrases read from the parse of sentences of our own: {@code words / type / named|described}. */
class ProjectPhraseRuleTest {
    private static final ProjectPhraseRule RULE = new ProjectPhraseRule(Fixtures.gazetteer());

    /** The phrases of the article's one body sentence. */
    private static List<String> phrases(String body) {
        Document doc = Fixtures.doc(body);
        DocumentMentions mentions = new MentionFinder(Fixtures.gazetteer()).find(doc);
        Sentence s = doc.sentences().stream().filter(x -> x.text().contains(body.substring(0, 12))).findFirst().orElseThrow();
        return RULE.find(s, mentions.in(s.index())).stream()
                .map(p -> (p.nameLast() < 0 ? s.text().substring(s.words().get(p.first()).start(), s.words().get(p.last()).end())
                        : s.text().substring(s.words().get(p.first()).start(), s.words().get(p.nameLast()).end()) + " + "
                        + s.text().substring(s.words().get(p.nounFirst()).start(), s.words().get(p.last()).end()))
                        + " / " + p.type() + " / " + (p.named() ? "named" : p.definite() ? "described, definite" : "described"))
                .toList();
    }

    static Stream<Arguments> found() {
        return Stream.of(
                // names before the noun, with the dash, the number and the lower-case modifiers inside them
                Arguments.of("Engineers inspected the Pakse–Savannakhet high-speed railway on Monday.",
                        "Pakse–Savannakhet high-speed railway / Railway / named"),
                Arguments.of("Laos will commission the Nam Tha 4 Hydropower Plant next year.",
                        "Nam Tha 4 Hydropower Plant / Hydropower / named"),
                // a road's number after its noun
                Arguments.of("The province will widen National Road 12 East before the rainy season.",
                        "National Road 12 East / Road / named"),
                // a noun that only carries the project noun, and a numbered part of a named project
                Arguments.of("Both sides backed the Pakse canal project.", "Pakse canal / Canal / named"),
                Arguments.of("Contractors finished Section 4 of the Pakse–Savannakhet expressway in May.",
                        "Section 4 of the Pakse–Savannakhet expressway / Expressway / named"),
                // a name given after "project"
                Arguments.of("Jakarta renewed its support for the project, dubbed Blue Dragon.",
                        "Blue Dragon / OtherProject / named"),
                // described by what it links, what it crosses, or where it is
                Arguments.of("The banks will finance a 300-km highway linking Pakse, Savannakhet and Vientiane.",
                        "highway linking Pakse, Savannakhet and Vientiane / Highway / described"),
                Arguments.of("Engineers designed a road bridge over the Mekong River for the two towns.",
                        "road bridge over the Mekong River / Bridge / described"),
                Arguments.of("The lenders approved the gas pipeline from Savannakhet to Vientiane.",
                        "gas pipeline from Savannakhet to Vientiane / Pipeline / described, definite"),
                Arguments.of("The ministry will fund a maternity clinic in Savannakhet.",
                        "maternity clinic in Savannakhet / Hospital / described"),
                // a facility whose name joins two countries, with no word of building
                Arguments.of("Visitors praised the Laos–Thailand Friendship Park.",
                        "Laos–Thailand Friendship Park / Park / named"));
    }

    @ParameterizedTest(name = "{index} - {0}")
    @MethodSource("found")
    void findsTheProjectPhrase(String sentence, String expected) {
        assertEquals(List.of(expected), phrases(sentence), sentence);
    }

    @org.junit.jupiter.api.Test
    void twoNamesSharingOnePluralNounAreTwoProjects() {
        String sentence = "The ministers backed studies for the Pakse–Savannakhet and Vientiane–Thakhek railway lines.";
        assertEquals(List.of("Pakse–Savannakhet + railway lines / Railway / named",
                "Vientiane–Thakhek railway lines / Railway / named"), phrases(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Railway operation staff will be trained in Vientiane.",                          // a noun modifying another
            "The Vientiane Railway Company signed a contract for new wagons.",                // inside a body's name
            "Students from the National University of Laos toured the dam.",                  // a university of somewhere
            "Trade through the Savannakhet border gate rose after the road was upgraded.",    // a facility passed through
            "Tourists admired the Savannakhet Dinosaur Museum and the Pakse Friendship Park.", // a facility nobody develops
            "The Lao railways carried more freight this year.",                               // plural, and no name
            "The road from the border gate to the town will be resurfaced.",                 // a route from no named place
            "The new railway will be finished next year."})                                   // a back-reference
    void findsNoProject(String sentence) {
        assertEquals(List.of(), phrases(sentence), sentence);
    }
}
