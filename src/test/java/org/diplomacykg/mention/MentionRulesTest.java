package org.diplomacykg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.document.Document;
import org.diplomacykg.facts.ArticleFacts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mention rules one by one, on sentences in the style of agency news. Each case gives the
 * entities the article must contain ({@code KIND label}) and, after {@code !}, some it must not.
 */
class MentionRulesTest {

    static Stream<Arguments> gazetteerNames() {
        return Stream.of(
                Arguments.of("spellings of one country", "Viet Nam and Vietnam share a border with Laos.",
                        "COUNTRY Việt Nam|COUNTRY Laos", ""),
                Arguments.of("acronym of a known party", "The CPV and the LPRP held their annual meeting.",
                        "ORGANIZATION Communist Party of Việt Nam|ORGANIZATION Lao People's Revolutionary Party", ""),
                Arguments.of("acronym only in capitals", "The un-named official spoke to reporters.",
                        "", "ORGANIZATION United Nations"),
                Arguments.of("a currency sign is no country", "Trade reached US$5 billion last year.",
                        "", "COUNTRY United States"),
                Arguments.of("a city is a place", "The delegation arrived in Phnom Penh on Monday.",
                        "PLACE Phnom Penh", ""),
                Arguments.of("a country that only qualifies a currency",
                        "The bank lent 40 million U.S. dollars to the province.", "", "COUNTRY United States"),
                Arguments.of("a sea named after a country is no country",
                        "They exchanged views on the situation in the South China Sea.",
                        "PLACE South China Sea", "COUNTRY China"),
                Arguments.of("any member state of the United Nations, by a common short name too",
                        "Modi held talks with his Bangladesh counterpart as Turkey and the Ivory Coast watched.",
                        "COUNTRY Bangladesh|COUNTRY Türkiye|COUNTRY Côte d'Ivoire", ""),
                Arguments.of("a body's name inside the name of a text",
                        "Both sides upheld the UN Charter and the UN Convention against Corruption.",
                        "", "ORGANIZATION United Nations"));
    }

    static Stream<Arguments> organisationPatterns() {
        return Stream.of(
                Arguments.of("head with an of-complement",
                        "Officials of the Ministry of Natural Resources and Environment attended.",
                        "ORGANIZATION Ministry of Natural Resources and Environment of Việt Nam", ""),
                Arguments.of("demonym before a ministry",
                        "The Cambodian Ministry of Commerce signed the plan.",
                        "ORGANIZATION Ministry of Commerce of Cambodia", ""),
                Arguments.of("capitalised words before a head",
                        "The Vietnam–Cambodia Friendship Association held a gala.",
                        "ORGANIZATION Vietnam–Cambodia Friendship Association", ""),
                Arguments.of("a country's party, government and legislature",
                        "The Lao Party, the Cambodian Government and the National Assembly of Laos sent messages.",
                        "ORGANIZATION Lao People's Revolutionary Party|ORGANIZATION Royal Government of Cambodia"
                                + "|ORGANIZATION Lao National Assembly", ""),
                Arguments.of("a congress is no party", "Both sides prepared for the 12th National Party Congress.",
                        "", "ORGANIZATION National Party"),
                Arguments.of("qualifiers alone name nothing", "The Central Committee and the Standing Committee met.",
                        "", "ORGANIZATION Central Committee|ORGANIZATION Standing Committee"),
                Arguments.of("a body inside another's name is part of that name",
                        "The Central Committee of the Vietnam Fatherland Front sent flowers.",
                        "ORGANIZATION Central Committee of the Vietnam Fatherland Front",
                        "ORGANIZATION Vietnam Fatherland Front"),
                Arguments.of("an acronym between a head and its complement",
                        "The National Assembly (NA) of Cambodia opened its session.",
                        "ORGANIZATION National Assembly of Cambodia", ""),
                Arguments.of("a university with an of-complement",
                        "Lecturers of the Royal University of Agriculture visited Huế.",
                        "ORGANIZATION Royal University of Agriculture", ""),
                Arguments.of("a complement ends where a personal name starts",
                        "He met Chairman of the Party Central Committee’s Commission for Mass Mobilisation Trần Văn Tú.",
                        "ORGANIZATION Party Central Committee’s Commission for Mass Mobilisation|PERSON Trần Văn Tú",
                        ""));
    }

    static Stream<Arguments> acronyms() {
        return Stream.of(
                Arguments.of("an acronym defined inside a name",
                        "The National Assembly (NA) of Cambodia met. The NA passed the budget.",
                        "ORGANIZATION National Assembly of Cambodia", ""),
                Arguments.of("defined after an organisation",
                        "The Vietnam Chamber of Commerce and Industry (VCCI) hosted the forum. VCCI said 200 firms came.",
                        "ORGANIZATION Vietnam Chamber of Commerce and Industry", ""),
                Arguments.of("not after a document",
                        "They backed the Declaration on the Conduct of Parties in the East Sea (DOC).",
                        "", "ORGANIZATION Declaration on the Conduct of Parties in the East Sea"));
    }

    static Stream<Arguments> places() {
        return Stream.of(
                Arguments.of("unknown province", "The hospital serves Attapeu and Sekong and Dak Cheung province.",
                        "PLACE Dak Cheung", ""),
                Arguments.of("known province with its kind word", "They visited Houaphanh province.", "PLACE Houaphanh", ""),
                Arguments.of("border gate", "Trucks queued at the Cha Lo border gate.", "PLACE Cha Lo border gate", ""),
                Arguments.of("a person inside a place name", "He laid a wreath at the Hồ Chí Minh Mausoleum.",
                        "PLACE Hồ Chí Minh Mausoleum", "PERSON Hồ Chí Minh"));
    }

    static Stream<Arguments> persons() {
        return Stream.of(
                Arguments.of("title before an unknown name",
                        "Cambodian Senate President Hun Sen received Vietnamese Ambassador Nguyễn Minh Vũ.",
                        "PERSON Hun Sen|PERSON Nguyễn Minh Vũ", ""),
                Arguments.of("Tan opens a name; only Tan Sri is a courtesy title",
                        "The deals were exchanged between Manpower Minister Tan See Leng and Tan Sri Muhyiddin Yassin.",
                        "PERSON Tan See Leng|PERSON Muhyiddin Yassin", "PERSON See Leng|PERSON Tan Sri Muhyiddin Yassin"),
                Arguments.of("a lower-case particle goes on with the name",
                        "In Cairo, Egypt's President Abdel Fattah al-Sisi agreed to reinforce cooperation.",
                        "PERSON Abdel Fattah al-Sisi", "PERSON Abdel Fattah"),
                Arguments.of("a given name and its particle the tagger left out of the person",
                        "The Amir HH Sheikh Tamim bin Hamad Al Thani held talks with President Donald Trump at the Amiri Diwan today.",
                        "PERSON Tamim bin Hamad Al Thani", "PERSON Hamad Al Thani"),
                Arguments.of("a city's name ending a titled name is the name's",
                        "The envoy met Deputy Minister Tran Quoc Vinh and National Assembly Chairman Vuong Dinh Hue on Monday.",
                        "PERSON Tran Quoc Vinh|PERSON Vuong Dinh Hue", "PERSON Vuong Dinh|PERSON Tran Quoc"),
                Arguments.of("name, then title", "Saleumxay Kommasith, Deputy Prime Minister of Laos, attended.",
                        "PERSON Saleumxay Kommasith", ""),
                Arguments.of("relations and courtesy titles", "Mr Phan Anh Tuấn and his wife Lê Thị Hồng came.",
                        "PERSON Phan Anh Tuấn|PERSON Lê Thị Hồng", ""),
                Arguments.of("no name after the title", "The Prime Minister thanked the people.",
                        "", "PERSON Minister"),
                Arguments.of("a hyphenated given name in lower case",
                        "Korean Prime Minister Han Duck-soo and his wife Choi Ji-young arrived in Seoul.",
                        "PERSON Han Duck-soo|PERSON Choi Ji-young", "PERSON Han Duck"),
                Arguments.of("a hyphenated given name with no title, as the tagger reads it",
                        "The guests will arrive on Wednesday, Park Min-jun said during a press briefing.",
                        "PERSON Park Min-jun", "PERSON Park Min"),
                Arguments.of("a hyphen that only qualifies the name",
                        "The Hun Sen-led delegation toured Đà Nẵng.", "", "PERSON Hun Sen-led"),
                Arguments.of("a provincial office with the level in lower case",
                        "Chairman of the Quảng Trị provincial People's Committee Võ Văn Hưng received the guests.",
                        "ORGANIZATION Quảng Trị Provincial People's Committee|PERSON Võ Văn Hưng", ""),
                Arguments.of("a body's name, then a Vietnamese name printed without diacritics",
                        "Secretary of the Haiphong Party Committee Tran Luu Quang welcomed the delegation.",
                        "ORGANIZATION Haiphong Party Committee|PERSON Tran Luu Quang", "ORGANIZATION Haiphong Party Committee Tran Luu Quang"),
                Arguments.of("an initial and its full stop are part of the name after a title",
                        "Transport Minister S. Iswaran witnessed the ceremony.", "PERSON S. Iswaran", "PERSON S"),
                Arguments.of("a portfolio listed with commas after a known title names no one",
                        "Malaysian Minister of Transport, Works and Housing Ahmad Ridzuan spoke.", "PERSON Ahmad Ridzuan", "PERSON Works"),
                Arguments.of("a known place's name as the last word of a person's name",
                        "The prime minister was also scheduled to meet Vuong Dinh Hue, the National Assembly chief.",
                        "PERSON Vuong Dinh Hue", "PLACE Huế"),
                Arguments.of("a place name ending in a common word heads a provincial body",
                        "Vice Chairman of the Nghệ An provincial People's Committee Bùi Đình Long hosted the guests.",
                        "ORGANIZATION Nghệ An Provincial People's Committee|PERSON Bùi Đình Long", ""),
                Arguments.of("a country the tagger runs into the name after it cuts the name",
                        "Japan's ambassador to Việt Nam Ito Naoki attended the reception.",
                        "PERSON Ito Naoki", "PERSON Việt Nam Ito Naoki"),
                Arguments.of("a family name after a title is the one person of the article who bears it",
                        "President Yoon Suk Yeol met President Vo Van Thuong. President Vo thanked him.",
                        "PERSON Võ Văn Thưởng", "PERSON Vo"),
                Arguments.of("a name the tagger misses, joined to a person it found",
                        "The assembly elected two Vice Presidents, including Khamla Vongsavanh and Sengdeuane Lachanthaboune.",
                        "PERSON Khamla Vongsavanh|PERSON Sengdeuane Lachanthaboune", ""),
                Arguments.of("a body's name ends at its country, not at the next capitalised word",
                        "Chairwoman of the National Assembly of Laos Sounthone Xayachak received the delegation.",
                        "ORGANIZATION Lao National Assembly",
                        "ORGANIZATION National Assembly of Laos Sounthone Xayachak"),
                Arguments.of("a body's name the rule reads ends at its country when a name follows",
                        "He met Director of the State Bank of Vietnam Nguyen Thi Hong.",
                        "ORGANIZATION State Bank of Vietnam|PERSON Nguyen Thi Hong",
                        "ORGANIZATION State Bank of Vietnam Nguyen Thi Hong"),
                Arguments.of("a plural body an office is in is a body",
                        "He thanked Commander of the Philippine Armed Forces Romeo Brawner.",
                        "ORGANIZATION Philippine Armed Forces|PERSON Romeo Brawner", ""),
                Arguments.of("a plural name that is no office's body is no body",
                        "The opening ceremony of the Southeast Asian Games was held in Phnom Penh.",
                        "", "ORGANIZATION Southeast Asian Games"),
                Arguments.of("diacritics win as the label", "Minister Trần Văn Sơn spoke. Minister Tran Van Son left.",
                        "PERSON Trần Văn Sơn", "PERSON Tran Van Son"));
    }

    @ParameterizedTest(name = "{index} - {0}")
    @MethodSource({"gazetteerNames", "organisationPatterns", "acronyms", "places", "persons"})
    void findsEntities(String rule, String body, String expected, String unexpected) {
        ArticleFacts facts = Fixtures.facts(Fixtures.doc(body));
        List<String> found = Fixtures.entities(facts);
        for (String e : split(expected)) {
            assertTrue(found.contains(e), rule + ": missing " + e + " in " + found);
        }
        for (String e : split(unexpected)) {
            assertTrue(!found.contains(e), rule + ": unexpected " + e + " in " + found);
        }
    }

    @Test
    void aShortNameAfterHonorificsIsThePersonNamedInFullBefore() {
        assertMentioned("PM Lee and his Malaysian counterpart Ismail Sabri Yaakob met yesterday.\n\nDatuk Seri Ismail was on his first official visit to Singapore.",
                "Datuk", "Ismail", "ismail-sabri-yaakob");
    }

    @Test
    void aTitleAfterACountrysNameIsItsOneHolder() {
        String body = "The Amir held talks with US President Donald Trump today.\n\n"
                + "The Amir welcomed this historic visit, the first state visit by the US President to Qatar.";
        assertMentioned(body, "historic", "President", "donald-trump");
        assertMentioned(body, "historic", "US", "united-states");
    }

    @Test
    void aLoneVietnameseFamilyNameAsAVerbsObjectIsTheOnePersonWhoBearsIt() {
        assertMentioned("President Yoon Suk-yeol held talks with Vietnamese President Vo Van Thuong.\n\n"
                + "On his second day in Vietnam, Yoon met Vo at the Presidential Palace of Hanoi.", "second day", "Vo", "vo-van-thuong");
    }

    /** Asserts that the sentence of {@code body} containing {@code words} names the entity {@code slug} by {@code surface}. */
    private static void assertMentioned(String body, String words, String surface, String slug) {
        Document doc = Fixtures.doc(body);
        DocumentMentions m = new MentionFinder(Fixtures.gazetteer()).find(doc);
        int sentence = doc.sentences().stream().filter(x -> x.text().contains(words)).findFirst().orElseThrow().index();
        assertTrue(m.in(sentence).stream().anyMatch(x -> x.surface().equals(surface) && x.ref().slug().equals(slug)),
                m.in(sentence)::toString);
    }

    @ParameterizedTest(name = "{index} - {0}")
    @MethodSource("acronyms")
    void acronymsBecomeSpellings(String rule, String body, String expected, String unexpected) {
        ArticleFacts facts = Fixtures.facts(Fixtures.doc(body));
        if (expected.isEmpty()) {
            return;
        }
        String acronym = body.replaceAll(".*\\((\\p{Lu}+)\\).*", "$1");
        assertTrue(facts.entities().stream().anyMatch(e -> e.altLabels().contains(acronym)), rule);
    }

    @org.junit.jupiter.api.Test
    void theTwoSidesAreTheCountriesTheStoryNamesByTheirDemonymsToo() {
        // China is named only as "Chinese"; Ukraine, named once in passing, is not a side
        ArticleFacts facts = Fixtures.facts(Fixtures.doc("2022-03-22", "ISLAMABAD",
                "Pakistan's Foreign Minister Ali Khan and his Chinese counterpart Li Wei met on Monday. "
                        + "The two sides agreed to deepen their cooperation in trade. They also discussed the situation in Ukraine.", "APP"));
        List<String> parties = facts.commitments().stream().flatMap(c -> c.parties().stream()).map(r -> r.slug()).distinct().sorted().toList();
        assertEquals(List.of("china", "pakistan"), parties, facts.commitments().toString());
        // the side named only by its demonym is still an actor of the article's graph
        assertTrue(Fixtures.entities(facts).contains("COUNTRY China"), Fixtures.entities(facts).toString());
    }

    @org.junit.jupiter.api.Test
    void aWireCreditIsNoAcronymOfTheDatelinesCountry() {
        // "AP" cannot be made from the letters of "HANOI, Vietnam"; "VCCI" can from the name before it
        ArticleFacts facts = Fixtures.facts(Fixtures.doc("HANOI, Vietnam (AP) — Cambodian Prime Minister Hun Manet met his counterpart."));
        assertTrue(facts.entities().stream().noneMatch(e -> e.ref().kind() == org.diplomacykg.facts.EntityKind.COUNTRY
                && e.altLabels().contains("AP")), () -> facts.entities().toString());
    }

    @org.junit.jupiter.api.Test
    void shortReferencesAddNoEntities() {
        Document doc = Fixtures.doc("Deputy Prime Minister Trần Hồng Hà received Mongolian Foreign Minister Battsetseg "
                + "Batmunkh on Monday. Hà said the two countries would expand trade. Batmunkh thanked the Deputy PM.");
        DocumentMentions m = new MentionFinder(Fixtures.gazetteer()).find(doc);
        assertEquals(List.of("Battsetseg Batmunkh", "Trần Hồng Hà"), m.entities().stream()
                .filter(e -> e.ref().kind() == org.diplomacykg.facts.EntityKind.PERSON).map(e -> e.label()).sorted().toList());
        List<String> second = m.in(1).stream().map(x -> x.surface() + "=" + x.ref().slug()).toList();
        assertTrue(second.contains("Hà=tran-hong-ha"), second.toString());
        List<String> third = m.in(2).stream().map(x -> x.surface() + "=" + x.ref().slug()).toList();
        assertTrue(third.contains("Batmunkh=battsetseg-batmunkh"), third.toString());
        assertTrue(third.contains("the Deputy PM=tran-hong-ha"), third.toString());
    }

    @org.junit.jupiter.api.Test
    void ambiguousShortReferencesStayUnresolved() {
        Document doc = Fixtures.doc("President Kaysone Phomvihane and National Assembly Chairman Xaysomphone "
                + "Phomvihane were named. Phomvihane was praised.");
        DocumentMentions m = new MentionFinder(Fixtures.gazetteer()).find(doc);
        assertTrue(m.in(1).stream().noneMatch(x -> x.surface().equals("Phomvihane")), m.in(1).toString());
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : Arrays.asList(s.split("\\|"));
    }
}
