package org.diplomacykg.facts.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.article.TextBlock;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.document.corenlp.CoreNlpParser;
import org.diplomacykg.facts.ProjectStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the clause says is done with a project, read at the project's noun, on sentences of our own. */
class ProjectStatusReaderTest {
    private final ProjectStatusReader reader = new ProjectStatusReader();

    private static Sentence parse(String text) {
        return CoreNlpParser.shared().parse(List.of(new TextBlock(0, text.length(), text, false)), LocalDate.of(2025, 6, 2)).get(0);
    }

    static Stream<Arguments> readings() {
        return Stream.of(
                Arguments.of("The leaders inaugurated the Oslo Friendship Park on Sunday.", "Park", true, ProjectStatus.INAUGURATED),
                Arguments.of("Crews began the construction of the Bergen Canal in spring.", "Canal", true,
                        ProjectStatus.UNDER_CONSTRUCTION),
                Arguments.of("Putting the Narvik Wharf into operation took two years.", "Wharf", true, ProjectStatus.IN_OPERATION),
                Arguments.of("The ministry handed over the Tromsø Hospital to the city.", "Hospital", true, ProjectStatus.COMPLETED),
                Arguments.of("Experts will study the Oslo Metro Bridge this winter.", "Bridge", true, ProjectStatus.UNDER_STUDY),
                Arguments.of("The planned Oslo Bridge will cost more than expected.", "Bridge", true, ProjectStatus.PLANNED),
                Arguments.of("They attended the groundbreaking ceremony of the Bergen Tunnel Hospital.", "Hospital", true,
                        ProjectStatus.UNDER_CONSTRUCTION),
                Arguments.of("The Oslo Tunnel has eased traffic since it was opened in 2019.", "Tunnel", true,
                        ProjectStatus.INAUGURATED),
                // developed, with no word of where it stands
                Arguments.of("The consortium will develop the Bergen Logistics Park.", "Park", true, null),
                // nothing done to it
                Arguments.of("Tourists admired the Oslo Friendship Park.", "Park", false, null),
                Arguments.of("Officials said the Bergen Port handled more cargo.", "Port", false, null),
                Arguments.of("The Bergen City Hospital will build a new wing.", "Hospital", false, null),
                Arguments.of("The Oslo Ring Road opened in May.", "Road", true, ProjectStatus.INAUGURATED));
    }

    @ParameterizedTest(name = "{index} - {0}")
    @MethodSource("readings")
    void readsTheClause(String text, String noun, boolean developed, ProjectStatus status) {
        Sentence s = parse(text);
        int head = s.words().stream().filter(w -> w.text().equals(noun)).mapToInt(Word::index).findFirst().orElseThrow();
        ProjectStatusReader.Reading r = reader.read(s, head, head);
        assertEquals(developed + " " + status, r.developed() + " " + r.status(), text);
    }
}
