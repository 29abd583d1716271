package org.diplomacykg.facts.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.ProjectFact;
import org.diplomacykg.mention.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Projects, {@code label / type / status / location}, from agency-style sentences. */
class ProjectRuleTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("dashed endpoints and a head noun",
                        "The two sides will speed up the Vientiane–Vang Vieng expressway.",
                        "Vientiane–Vang Vieng expressway / Expressway / - / -"),
                Arguments.of("inauguration, with a place",
                        "They attended the inauguration of the Cambodia–Việt Nam Friendship Hospital in Kampot province.",
                        "Cambodia–Việt Nam Friendship Hospital / Hospital / StatusInaugurated / kampot"),
                Arguments.of("a numbered part of another project",
                        "Putting Port No. 2 of the Vũng Áng international port into use was welcomed.",
                        "Port No. 2 of the Vũng Áng international port / Port / StatusInOperation / -"),
                Arguments.of("a route",
                        "They agreed on the 500kV transmission line from Savannakhet to Quảng Trị.",
                        "500kV transmission line from Savannakhet to Quảng Trị / PowerLine / - / -"),
                Arguments.of("a section of a project just named",
                        "Laos will build the Boten–Vientiane highway, the section from Vientiane to Boten.",
                        "Boten–Vientiane highway / Highway / StatusUnderConstruction / -"
                                + "|section from Vientiane to Boten / Highway / StatusUnderConstruction / -"),
                Arguments.of("a facility is a project only when built, opened or funded",
                        "Trucks queued at the Lao Bảo border gate.", ""),
                Arguments.of("an upgraded border gate is a project",
                        "The two sides agreed to upgrade the Lao Bảo border gate.",
                        "Lao Bảo border gate / BorderGate / StatusUnderConstruction / -"),
                Arguments.of("a university handed over",
                        "Việt Nam handed over the Souphanouvong University dormitory and the Savannakhet University.",
                        "Savannakhet University / University / StatusCompleted / -"),
                Arguments.of("unnamed projects are not named undertakings",
                        "Both sides agreed to accelerate key joint projects and the new railway.", ""),
                Arguments.of("a demonym alone names nothing",
                        "The construction of Lao hospitals was funded by Việt Nam.", ""));
    }

    @ParameterizedTest(name = "{index} - {0}")
    @MethodSource("cases")
    void projects(String rule, String body, String expected) {
        ArticleFacts facts = Fixtures.facts(Fixtures.doc(body));
        List<String> want = expected.isEmpty() ? List.of() : Arrays.stream(expected.split("\\|")).sorted().toList();
        List<String> got = facts.projects().stream().map(ProjectRuleTest::describe).sorted().toList();
        assertEquals(want, got, rule);
    }

    private static String describe(ProjectFact p) {
        return p.label() + " / " + p.projectType() + " / " + (p.status() == null ? "-" : p.status().localName())
                + " / " + (p.location() == null ? "-" : p.location().slug());
    }
}
