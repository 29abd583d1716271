package org.diplomacykg.facts.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.PartialDate;
import org.diplomacykg.mention.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Role assignments, {@code holder / role / where}, read from the parse by {@link NounPhraseRoleRule}
 * in agency-style sentences filed in Hà Nội by VNA.
 */
class NounPhraseRoleRuleTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("demonym before the title",
                        "Lao Prime Minister Sonexay Siphandone chaired the meeting.",
                        "Sonexay Siphandone / Prime Minister / Laos"),
                Arguments.of("party title, party from the person's country",
                        "Party General Secretary Tô Lâm chaired the meeting.",
                        "Tô Lâm / General Secretary / Communist Party of Việt Nam"),
                Arguments.of("conjoined titles sharing a demonym",
                        "Lao Party General Secretary and President Thongloun Sisoulith arrived.",
                        "Thongloun Sisoulith / General Secretary / Lao People's Revolutionary Party"
                                + "|Thongloun Sisoulith / President / Laos"),
                Arguments.of("conjoined titles, each with its of",
                        "He met General Secretary of the LPRP and President of Laos Thongloun Sisoulith.",
                        "Thongloun Sisoulith / General Secretary / Lao People's Revolutionary Party"
                                + "|Thongloun Sisoulith / President / Laos"),
                Arguments.of("organisation acronym before the title",
                        "He held talks with LPRP General Secretary and President of Laos Thongloun Sisoulith.",
                        "Thongloun Sisoulith / General Secretary / Lao People's Revolutionary Party"
                                + "|Thongloun Sisoulith / President / Laos"),
                Arguments.of("a portfolio, then a second office after and",
                        "The forum was opened by Somdy Vongsa, Lao Minister of Health and Chairperson of the ASEAN Health Council.",
                        "Somdy Vongsa / Chairman / ASEAN Health Council|Somdy Vongsa / Minister of Health / Laos"),
                Arguments.of("a portfolio ending in a word of its own",
                        "Thai Minister of Water Resources and Meteorology Anan Prasert visited the dam.",
                        "Anan Prasert / Minister of Water Resources and Meteorology / Thailand"),
                Arguments.of("a provincial office is not guessed again from a bare title",
                        "Governor of Champasak province Vilay Sonethala met the delegation. Governor Vilay thanked Việt Nam.",
                        "Vilay Sonethala / Governor / Laos"),
                Arguments.of("offices of provincial bodies named in lower case",
                        "Present were Chairman of the Thanh Hóa provincial People's Committee Đỗ Minh Tuấn and "
                                + "Secretary of the Thanh Hóa provincial Party Committee Nguyễn Doãn Anh.",
                        "Nguyễn Doãn Anh / Party Secretary / Thanh Hóa Provincial Party Committee"
                                + "|Đỗ Minh Tuấn / Chairman / Thanh Hóa Provincial People's Committee"),
                Arguments.of("a demonym of two words",
                        "Sri Lankan President Anura Kumara Dissanayake held talks with Prime Minister Narendra Modi.",
                        "Anura Kumara Dissanayake / President / Sri Lanka|Narendra Modi / Prime Minister / India"),
                Arguments.of("a visiting leader is of the other country the sentence names",
                        "Việt Nam and Japan signed 12 deals during talks between Prime Minister Phạm Minh Chính and "
                                + "visiting Prime Minister Ishiba Shigeru.",
                        "Ishiba Shigeru / Prime Minister / Japan|Phạm Minh Chính / Prime Minister / Việt Nam"),
                Arguments.of("an agency's credit before the title is not the office's body",
                        "HANOI, Vietnam (AP) — Cambodian Prime Minister Hun Manet met with his Vietnamese counterpart on Monday.",
                        "Hun Manet / Prime Minister / Cambodia"),
                Arguments.of("the chief executive of a body, after its acronym",
                        "ASEAN Chief Executive Officer Marta Lindqvist presented the report.",
                        "Marta Lindqvist / Chief Executive Officer / ASEAN"),
                Arguments.of("a counterpart holds the same office in the demonym's country",
                        "The talks were co-chaired by Cambodian Minister of Commerce Cham Nimul and her Thai counterpart Suphajee.",
                        "Cham Nimul / Minister of Commerce / Cambodia|Suphajee / Minister of Commerce / Thailand"),
                Arguments.of("a counterpart with no country named holds the office in the story's other country",
                        "Singapore and Malaysia signed a rail deal. Singapore's Transport Minister S. Iswaran and his counterpart "
                                + "Wee Ka Siong then spoke in Malaysia about Malaysia's rail plans.",
                        "S. Iswaran / Minister of Transport / Singapore|Wee Ka Siong / Minister of Transport / Malaysia"),
                Arguments.of("a chief minister (of a state) is not a minister",
                        "Indian state West Bengal's chief minister Mamata Banerjee spoke at the launch.",
                        "Mamata Banerjee / Chief Minister / India"),
                Arguments.of("a party's Central Committee after its acronym names the party's office",
                        "He phoned General Secretary of the Lao People's Revolutionary Party (LPRP) Central Committee "
                                + "and President of Laos Thongloun Sisoulith.",
                        "Thongloun Sisoulith / General Secretary / Lao People's Revolutionary Party"
                                + "|Thongloun Sisoulith / President / Laos"),
                Arguments.of("unqualified title belongs to the home country",
                        "Minister of Foreign Affairs Lê Hoài Trung briefed the press.",
                        "Lê Hoài Trung / Minister of Foreign Affairs / Việt Nam"),
                Arguments.of("a legislature's chair is its country's National Assembly Chairman",
                        "He met Lao National Assembly Chairman Saysomphone Phomvihane.",
                        "Xaysomphone Phomvihane / National Assembly Chairman / Laos"),
                Arguments.of("a list shares the country of its first name",
                        "He met Cambodian Prime Minister Hun Manet and National Assembly President Khem Veasna.",
                        "Hun Manet / Prime Minister / Cambodia|Khem Veasna / National Assembly Chairman / Cambodia"),
                Arguments.of("title after the name",
                        "Sok Chenda Sophea, Deputy Prime Minister and Minister of Foreign Affairs and International "
                                + "Cooperation of Cambodia, attended.",
                        "Sok Chenda Sophea / Deputy Prime Minister / Cambodia"
                                + "|Sok Chenda Sophea / Minister of Foreign Affairs and International Cooperation / Cambodia"),
                Arguments.of("a title the scheme lacks becomes a concept",
                        "Minister of Natural Resources and Environment Đỗ Đức Duy spoke.",
                        "Đỗ Đức Duy / Minister of Natural Resources and Environment / Việt Nam"),
                Arguments.of("a bare title that shortens a fuller one adds no role",
                        "Minister of Home Affairs Phạm Thị Thanh Trà spoke. Minister Trà then left.",
                        "Phạm Thị Thanh Trà / Minister of Home Affairs / Việt Nam"),
                Arguments.of("a person elected to an office",
                        "Khuon Sudary was re-elected President of the National Assembly of Cambodia on Monday.",
                        "Khuon Sudary / National Assembly Chairman / Cambodia"),
                Arguments.of("a person congratulated on an appointment",
                        "Hun Manet sent greetings to Anutin Charnvirakul on his appointment as Prime Minister of Thailand.",
                        "Anutin Charnvirakul / Prime Minister / Thailand"),
                Arguments.of("a plural title and the names it lists",
                        "The National Assembly (NA) of Cambodia elected two NA Vice Presidents, including Chea Sopheak "
                                + "and Men Sothy.",
                        "Chea Sopheak / National Assembly Vice Chairman / Cambodia"
                                + "|Men Sothy / National Assembly Vice Chairman / Cambodia"),
                Arguments.of("a title after 'the' ends at a comma",
                        "On behalf of the State President, Deputy Minister of Finance Trần Quốc Phương presented the award.",
                        "Trần Quốc Phương / Deputy Minister of Finance / Việt Nam"),
                Arguments.of("an envoy is his own country's",
                        "Chinese Ambassador to Laos Fang Hong attended.", "Fang Hong / Ambassador / China"),
                Arguments.of("an explicit organisation",
                        "ASEAN Secretary-General Kao Kim Hourn welcomed the move.",
                        "Kao Kim Hourn / General Secretary / ASEAN"),
                Arguments.of("former holders hold nothing now",
                        "They honoured former President Trương Tấn Sang.", ""),
                Arguments.of("honorifics between title and name",
                        "He met Cambodian Prime Minister Samdech Thipadei Hun Manet.",
                        "Hun Manet / Prime Minister / Cambodia"),
                Arguments.of("titles joined after an acronym",
                        "He met President of the Cambodian People's Party (CPP) and Senate President Hun Sen.",
                        "Hun Sen / President / Cambodian People's Party|Hun Sen / Senate President / Cambodia"),
                Arguments.of("an office in lower case in an apposition, held where its phrase says",
                        "He also met Thongloun Sisoulith, the president of Laos, on Friday.",
                        "Thongloun Sisoulith / President / Laos"),
                Arguments.of("an apposition with a possessor",
                        "Hun Manet, Cambodia's prime minister, arrived on Monday.",
                        "Hun Manet / Prime Minister / Cambodia"),
                Arguments.of("an office told by 'as' in a relative clause",
                        "He met Tô Lâm, who as general secretary of the Communist Party of Việt Nam leads the country.",
                        "Tô Lâm / General Secretary / Communist Party of Việt Nam"),
                Arguments.of("an apposition that is no office gives no role",
                        "He met Hun Manet, the son of a former leader, on Monday.", ""),
                Arguments.of("a qualifier before a known title is read with the title's label",
                        "Chinese Vice Premier Ding Xuexiang toured the port.",
                        "Ding Xuexiang / Deputy Prime Minister / China"),
                Arguments.of("a title opened by an article is a phrase of its own, not the next name's",
                        "In the afternoon, the deputy prime minister and Thai Minister of Commerce Suphajee "
                                + "Suthumpun visited the fair.",
                        "Suphajee Suthumpun / Minister of Commerce / Thailand"),
                Arguments.of("a country closing the titles after a name is every title's",
                        "The talks were held with Saleumxay Kommasith, Deputy Prime Minister and Minister of Foreign "
                                + "Affairs of Laos, on Monday.",
                        "Saleumxay Kommasith / Deputy Prime Minister / Laos"
                                + "|Saleumxay Kommasith / Minister of Foreign Affairs / Laos"),
                Arguments.of("a portfolio listed with commas",
                        "Malaysian Minister of Transport, Works and Housing Ahmad Ridzuan spoke.",
                        "Ahmad Ridzuan / Minister of Transport, Works and Housing / Malaysia"),
                Arguments.of("an office told by a present copula",
                        "Sonexay Siphandone is the Prime Minister of Laos.",
                        "Sonexay Siphandone / Prime Minister / Laos"),
                Arguments.of("an office held before, told by a past copula, is not held now",
                        "Nguyễn Xuân Phúc was President of Việt Nam from 2021 to 2023.", ""),
                Arguments.of("a title after a conjunction that follows a name is the next person's",
                        "He met Chairman of the Hà Nội People's Committee Trần Sỹ Thanh and Governor of Vientiane "
                                + "province Atsaphangthong Siphandone.",
                        "Atsaphangthong Siphandone / Governor / Laos"
                                + "|Trần Sỹ Thanh / Chairman / Hà Nội People's Committee"),
                Arguments.of("each name's own of-phrase places its title, not the next name's",
                        "Prime Minister Hun Manet of Cambodia and President Joko Widodo of Indonesia opened the summit.",
                        "Hun Manet / Prime Minister / Cambodia|Joko Widodo / President / Indonesia"),
                Arguments.of("an of-country after an unknown person's name",
                        "Deputy Prime Minister Chinnaworn Boonyakiat of Thailand thanked the hosts.",
                        "Chinnaworn Boonyakiat / Deputy Prime Minister / Thailand"),
                Arguments.of("a portfolio after 'for' is the scheme's portfolio after 'of'",
                        "Singapore's Minister for Foreign Affairs Vivian Balakrishnan called for restraint.",
                        "Vivian Balakrishnan / Minister of Foreign Affairs / Singapore"),
                Arguments.of("a qualifier before a short known title qualifies the title's label",
                        "Deputy Foreign Minister Đỗ Hùng Việt chaired the meeting.",
                        "Đỗ Hùng Việt / Deputy Minister of Foreign Affairs / Việt Nam"),
                Arguments.of("a hyphenated title keeps its inner preposition",
                        "Gen. Vong Pisen, Commander-in-Chief of the Army, inspected the troops.",
                        "Vong Pisen / Commander-in-Chief of Army / Việt Nam"),
                Arguments.of("a country's abbreviation before the title is the title's country",
                        "U.S. Secretary of State Antony Blinken arrived in Manila.",
                        "Antony Blinken / Secretary of State / United States"),
                Arguments.of("a courtesy before a title the gazetteer keeps in the name",
                        "The guests were received by His Majesty Sultan Hassanal Bolkiah at the palace.",
                        "Hassanal Bolkiah / Sultan / Brunei"),
                Arguments.of("a possessive country and an envoy's destination before the name",
                        "Japan's ambassador to Việt Nam Ito Naoki attended the reception.",
                        "Ito Naoki / Ambassador / Japan"),
                Arguments.of("two demonym-led titled names in one list",
                        "Malaysian Foreign Minister Mohamad Hasan and Thai Foreign Minister Maris Sangiampongsa met.",
                        "Maris Sangiampongsa / Minister of Foreign Affairs / Thailand"
                                + "|Mohamad Hasan / Minister of Foreign Affairs / Malaysia"),
                Arguments.of("a qualified portfolio with a qualifier of its own",
                        "Lao Vice Minister of Industry and Commerce Malaythong Kommasith co-chaired the meeting.",
                        "Malaythong Kommasith / Deputy Minister of Industry and Commerce / Laos"),
                Arguments.of("an office told in a relative clause after a titled name",
                        "Prabowo Subianto, who is also chairman of the Gerindra Party, met the delegation.",
                        "Prabowo Subianto / Chairman / Gerindra Party"),
                Arguments.of("a possessive country and an apposition with an envoy's destination",
                        "Khiev Sameth, Cambodia's ambassador to Việt Nam, attended the ceremony.",
                        "Khiev Sameth / Ambassador / Cambodia"),
                Arguments.of("an apposition the parser hangs on the clause is still the name's",
                        "The minister was accompanied by Mongkol Visitstump, the Thai ambassador to Myanmar.",
                        "Mongkol Visitstump / Ambassador / Thailand"),
                Arguments.of("a noun phrase after a name's comma that is a subject is not the name's",
                        "After meeting Hun Manet, the Thai ambassador flew home.", ""),
                Arguments.of("a title word after its office noun",
                        "Nguyễn Thanh Hải, Director General of the Department of International Cooperation, signed.",
                        "Nguyễn Thanh Hải / Director General / Department of International Cooperation"),
                Arguments.of("an of-phrase that describes the bodies is no portfolio",
                        "The meeting was co-chaired by Thongloun Sisoulith and Tô Lâm, general secretaries of the two parties.",
                        "Thongloun Sisoulith / General Secretary / Lao People's Revolutionary Party"
                                + "|Tô Lâm / General Secretary / Communist Party of Việt Nam"),
                Arguments.of("a title before a name the gazetteer keeps with a title of its own",
                        "Earlier, Malaysian King Sultan Ibrahim received the delegation.",
                        "Sultan Ibrahim Iskandar / King / Malaysia"),
                Arguments.of("an office in a relative clause in lower case",
                        "Thai Foreign Minister Maris Sangiampongsa, who is also deputy prime minister, met Bùi Thanh Sơn.",
                        "Maris Sangiampongsa / Deputy Prime Minister / Thailand"
                                + "|Maris Sangiampongsa / Minister of Foreign Affairs / Thailand"),
                Arguments.of("lower-case offices in a possessive apposition share the possessor",
                        "Sok Chenda Sophea, Cambodia's deputy prime minister and foreign minister, led the delegation.",
                        "Sok Chenda Sophea / Deputy Prime Minister / Cambodia"
                                + "|Sok Chenda Sophea / Minister of Foreign Affairs / Cambodia"),
                Arguments.of("a courtesy between title and name that no title uses",
                        "ASEAN Secretary-General Dr Kao Kim Hourn delivered a speech.",
                        "Kao Kim Hourn / General Secretary / ASEAN"),
                Arguments.of("Malay honorifics between title and name",
                        "Malaysia's Prime Minister Datuk Seri Anwar Ibrahim arrived in Jakarta.",
                        "Anwar Ibrahim / Prime Minister / Malaysia"),
                Arguments.of("an office after 'also' in an apposition",
                        "Chinese President Xi Jinping, also general secretary of the Communist Party of China, met Tô Lâm.",
                        "Xi Jinping / General Secretary / Communist Party of China|Xi Jinping / President / China"),
                Arguments.of("a name's comma-set title with a demonym, for each name of a list",
                        "Sonexay Siphandone, Lao Prime Minister, and Hun Manet, Cambodian Prime Minister, attended.",
                        "Hun Manet / Prime Minister / Cambodia|Sonexay Siphandone / Prime Minister / Laos"),
                Arguments.of("a name set beside a title that opens with an article, and a counterpart likewise",
                        "The Vietnamese Prime Minister, Phạm Minh Chính, and his Lao counterpart, Sonexay Siphandone, "
                                + "signed the statement.",
                        "Phạm Minh Chính / Prime Minister / Việt Nam|Sonexay Siphandone / Prime Minister / Laos"),
                Arguments.of("a former holder named in an apposition holds nothing, nor does the son",
                        "Hun Manet, son of former Prime Minister Hun Sen, met the delegation.", ""),
                Arguments.of("a spouse named after a titled person holds no office",
                        "Lao President Thongloun Sisoulith and his wife Naly Sisoulith hosted the banquet.",
                        "Thongloun Sisoulith / President / Laos"),
                Arguments.of("an office noun the tagger reads as an adjective ends a title the scheme knows",
                        "He met Party chief Tô Lâm.", "Tô Lâm / General Secretary / Communist Party of Việt Nam"),
                Arguments.of("an office noun read as an adjective ends no title the scheme lacks",
                        "Myanmar junta chief Min Aung Hlaing did not attend.", ""),
                Arguments.of("a possessive country before a qualified title",
                        "Cambodia's Deputy Prime Minister Sok Chenda Sophea met the press.",
                        "Sok Chenda Sophea / Deputy Prime Minister / Cambodia"),
                Arguments.of("a party office and a state office joined before one name",
                        "He met Party General Secretary and State President Tô Lâm.",
                        "Tô Lâm / General Secretary / Communist Party of Việt Nam|Tô Lâm / President / Việt Nam"),
                Arguments.of("a title opened by an article with its portfolio and country, set beside the name",
                        "The Minister of Foreign Affairs of Thailand, Maris Sangiampongsa, arrived on Monday.",
                        "Maris Sangiampongsa / Minister of Foreign Affairs / Thailand"),
                Arguments.of("the head of a body the text describes but does not name holds no office it can place",
                        "Thai Foreign Minister Don Pramudwinai met Min Aung Hlaing, head of the military government "
                                + "in Myanmar, on Friday.",
                        "Don Pramudwinai / Minister of Foreign Affairs / Thailand"),
                Arguments.of("a former holder beside a holder in one list",
                        "Former President Trương Tấn Sang and President Lương Cường attended the ceremony.",
                        "Lương Cường / President / Việt Nam"),
                Arguments.of("a foreign leader's demonym, then a bare title for the same leader",
                        "Thai Prime Minister Paetongtarn Shinawatra visited Laos. Prime Minister Paetongtarn thanked "
                                + "the hosts.",
                        "Paetongtarn Shinawatra / Prime Minister / Thailand"),
                Arguments.of("a bare title beside the same office of the story's country is not guessed to be that country's",
                        "Prime Minister Kittisak Wongsuwan and his delegation came to Việt Nam at the invitation of "
                                + "Prime Minister Phạm Minh Chính.",
                        "Phạm Minh Chính / Prime Minister / Việt Nam"),
                Arguments.of("titles set after each name of a list, each with its of-country",
                        "Sonexay Siphandone, Prime Minister of Laos, and Hun Manet, Prime Minister of Cambodia, attended.",
                        "Hun Manet / Prime Minister / Cambodia|Sonexay Siphandone / Prime Minister / Laos"),
                Arguments.of("a second office in a relative clause shares the demonym of the first",
                        "Thai Prime Minister Srettha Thavisin, who is also finance minister, arrived in Vientiane.",
                        "Srettha Thavisin / Minister of Finance / Thailand|Srettha Thavisin / Prime Minister / Thailand"),
                Arguments.of("a foreign minister and his counterpart of another demonym",
                        "Lao Foreign Minister Saleumxay Kommasith and his Cambodian counterpart Prak Sokhonn signed the deal.",
                        "Prak Sokhonn / Minister of Foreign Affairs / Cambodia"
                                + "|Saleumxay Kommasith / Minister of Foreign Affairs / Laos"),
                Arguments.of("a body's of-phrase ends at its country when a name follows (Cambodia)",
                        "The guests were received by Governor of the National Bank of Cambodia Chea Serey.",
                        "Chea Serey / Governor / National Bank of Cambodia"),
                Arguments.of("a body's of-phrase ends at its country when a name follows (Việt Nam)",
                        "He met Director of the State Bank of Vietnam Nguyen Thi Hong.",
                        "Nguyen Thi Hong / Director / State Bank of Vietnam"),
                Arguments.of("the office of the president of a country, then the holder",
                        "The delegation was welcomed by Chairman of the Office of the President of Indonesia Pratikno Wibowo.",
                        "Pratikno Wibowo / Chairman / Office of the President of Indonesia"),
                Arguments.of("a plural body the office is in, before the holder",
                        "He thanked Commander of the Philippine Armed Forces Romeo Brawner.",
                        "Romeo Brawner / Commander / Philippine Armed Forces"),
                Arguments.of("a plural body after the name, conjoined with a second office",
                        "Songwit Noonpackdee, Deputy Commander-in-Chief of the Royal Thai Armed Forces and Commander "
                                + "of Royal Thai Army, attended.",
                        "Songwit Noonpackdee / Commander / Royal Thai Army"
                                + "|Songwit Noonpackdee / Deputy Commander-in-Chief / Royal Thai Armed Forces"),
                Arguments.of("where the tagger runs the body into the name, no office is guessed",
                        "The ceremony was attended by Deputy Commander-in-Chief of the Royal Thai Armed Forces Songwit Noonpackdee.",
                        ""),
                Arguments.of("a country's secretary of a portfolio",
                        "Secretary of Defense Lloyd Austin met Philippine Secretary of National Defense Gilberto Teodoro.",
                        "Gilberto Teodoro Jr. / Secretary of National Defense / Philippines"
                                + "|Lloyd Austin / Secretary of Defense / United States"),
                Arguments.of("the minister of a portfolio of a country, then the name in commas",
                        "The Minister of Industry of Laos, Malaythong Kommasith, signed the deal.",
                        "Malaythong Kommasith / Minister of Industry / Laos"),
                Arguments.of("a title conjoined to one name, then another name in commas",
                        "The minister met Lao President Thongloun Sisoulith and Chairman of the National Assembly of Laos, "
                                + "Xaysomphone Phomvihane, on Monday.",
                        "Thongloun Sisoulith / President / Laos|Xaysomphone Phomvihane / National Assembly Chairman / Laos"),
                Arguments.of("a country's ambassador to another, after the name",
                        "Phan Chi Hieu, Việt Nam's ambassador to Japan, attended.",
                        "Phan Chi Hieu / Ambassador / Việt Nam"),
                Arguments.of("short name after a title resolves",
                        "Deputy Prime Minister Bùi Thanh Sơn spoke. Deputy Prime Minister Sơn then left.",
                        "Bùi Thanh Sơn / Deputy Prime Minister / Việt Nam"));
    }

    @ParameterizedTest(name = "{index} - {0}")
    @MethodSource("cases")
    void roles(String rule, String body, String expected) {
        ArticleFacts facts = Fixtures.facts(Fixtures.doc(body));
        List<String> want = expected.isEmpty() ? List.of() : Arrays.stream(expected.split("\\|")).sorted().toList();
        assertEquals(want, Fixtures.roles(facts), rule);
    }

    @Test
    void rolesCarryTheArticleDateAndTheTitlePhrase() {
        ArticleFacts facts = Fixtures.facts(Fixtures.doc("He met Lao Prime Minister Sonexay Siphandone in Vientiane."));
        assertEquals(PartialDate.of(java.time.LocalDate.of(2025, 12, 1)), facts.roles().get(0).asOf());
        assertEquals("Lao Prime Minister Sonexay Siphandone", facts.roles().get(0).evidence().quote());
        String text = facts.document().article().file().text();
        int b = text.offsetByCodePoints(0, facts.roles().get(0).evidence().begin());
        int e = text.offsetByCodePoints(0, facts.roles().get(0).evidence().end());
        assertEquals("Lao Prime Minister Sonexay Siphandone", text.substring(b, e));
    }
}
