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
                Arguments.of("a section told of a project just named is part of it, not another project",
                        "Laos will build the Boten–Vientiane highway, the section from Vientiane to Boten.",
                        "Boten–Vientiane highway / Highway / StatusUnderConstruction / -"),
                Arguments.of("a hyphenated modifier between the name and the head",
                        "The firms will jointly develop the Hongsa gas-fired power plant.",
                        "Hongsa gas-fired power plant / PowerPlant / - / -"),
                Arguments.of("a railway linking several places",
                        "The ministers discussed a railway linking Savannakhet, Lao Bảo and Đông Hà.",
                        "railway linking Savannakhet, Lao Bảo and Đông Hà / Railway / - / -"),
                Arguments.of("a plant described, not named, with its place",
                        "Toyota plans to invest US$300 million in an electric car assembly plant in Hải Phòng.",
                        "electric car assembly plant in Hải Phòng / Factory / StatusPlanned / hai-phong"),
                Arguments.of("a clinic described, not named, with its place",
                        "The province will fund a health clinic in Sepon district next year.",
                        "health clinic in Sepon district / Hospital / - / sepon-district"),
                Arguments.of("a research centre set up by two countries",
                        "The two sides agreed to set up a Laos–Thailand Science and Technology Centre in Vientiane.",
                        "Laos–Thailand Science and Technology Centre / ResearchCentre / - / vientiane"),
                Arguments.of("a facility that goods pass through is a place",
                        "They agreed to double trade through the Lao Bảo international border gate and to upgrade roads.",
                        ""),
                Arguments.of("a facility where a new one stands is a place",
                        "Japan will build the Hòa Bình Innovation Centre at the Láng Hòa Lạc Industrial Park.",
                        "Hòa Bình Innovation Centre / ResearchCentre / StatusUnderConstruction / -"),
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
                        "The construction of Lao hospitals was funded by Việt Nam.", ""),
                Arguments.of("a road named by its number",
                        "The Government will upgrade National Highway 9 West between Savannakhet and Dansavanh.",
                        "National Highway 9 West / Highway / StatusUnderConstruction / -"),
                Arguments.of("a number inside a name",
                        "Laos commissioned the Xe Kaman 3 Hydropower Plant in Attapeu province.",
                        "Xe Kaman 3 Hydropower Plant / Hydropower / StatusInaugurated / attapeu"),
                Arguments.of("a lowercase modifier between the name and its head",
                        "The provinces agreed to upgrade the Chiang Khong – Houayxay border wharf.",
                        "Chiang Khong – Houayxay border wharf / Wharf / StatusUnderConstruction / -"),
                Arguments.of("a plural head names no one undertaking",
                        "The first three Lao–Thai Friendship Bridges were built with Australian aid.", ""),
                Arguments.of("a word in -ing inside a name",
                        "Korea handed over the Mekong Engineering Building to the university.",
                        "Mekong Engineering Building / Building / StatusCompleted / -"),
                Arguments.of("a canal",
                        "Thailand will study the Kra Canal project.",
                        "Kra Canal / Canal / StatusUnderStudy / -"),
                Arguments.of("a facility developed",
                        "They agreed to develop the Thakhek Station logistics centre.",
                        "Thakhek Station logistics centre / LogisticsCentre / - / -"),
                Arguments.of("a regional power grid",
                        "The ministers backed the ASEAN Power Grid.",
                        "ASEAN Power Grid / PowerLine / - / -"),
                Arguments.of("a high-speed rail named by the cities it joins",
                        "The leaders discussed the issue of the Norby-Sudby High Speed Rail (HSR) yesterday.",
                        "Norby-Sudby High Speed Rail / Railway / - / -"),
                Arguments.of("a water supply system",
                        "Japan will fund the Project for the Expansion of Phum Prek Water Supply System.",
                        "Phum Prek Water Supply System / WaterSupply / StatusUnderConstruction / -"),
                Arguments.of("a boulevard",
                        "They signed the MoU on the construction of Phnom Penh-Hanoi Friendship Boulevard.",
                        "Phnom Penh-Hanoi Friendship Boulevard / Road / StatusUnderConstruction / -"),
                Arguments.of("a power project counted in megawatts, named without its measure",
                        "They took part in a ceremony for the launch of the 120 MW Sampur Solar power project.",
                        "Sampur Solar power project / PowerPlant / - / -"),
                Arguments.of("a named project the tagger takes for a body",
                        "The Sampur Solar Power Project shall be accelerated.",
                        "Sampur Solar Power Project / PowerPlant / - / -"),
                Arguments.of("a tunnel",
                        "Xi also promised the construction of Rasuwagadhi-Chhare-Kathmandu tunnel.",
                        "Rasuwagadhi-Chhare-Kathmandu tunnel / Tunnel / StatusUnderConstruction / -"),
                Arguments.of("a university that is a body, not an undertaking",
                        "Việt Nam funded new laboratories at the National University of Laos.", ""));
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
