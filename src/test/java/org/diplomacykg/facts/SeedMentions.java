package org.diplomacykg.facts;

import org.diplomacykg.document.Document;
import org.diplomacykg.mention.FixedMentions;
import org.diplomacykg.mention.Mentions;

/**
 * Test fixture: the names the seed articles use, as explicit surface → entity pairs, so the
 * event and commitment rules can be tested on the seeds without the gazetteer.
 */
public final class SeedMentions {
    private SeedMentions() {
    }

    public static Mentions of(Document document) {
        return FixedMentions.builder()
                .person("Tô Lâm", "To Lam", "Lâm", "the Vietnamese leader", "The Vietnamese leader", "the Vietnamese Party chief")
                .person("Thongloun Sisoulith", "Sisoulith", "the Lao leader")
                .person("Sonexay Siphandone")
                .person("Xaysomphone Phomvihane", "Saysomphone Phomvihane")
                .person("Ngô Phương Ly", "Ngo Phuong Ly")
                .person("Lê Hoài Trung", "Le Hoài Trung", "Trung")
                .person("Kaysone Phomvihane")
                .person("Hồ Chí Minh", "Ho Chi Minh")
                .person("Souphanouvong")
                .country("Việt Nam", "Vietnam", "Viet Nam")
                .country("Laos", "Lao PDR", "Lao People's Democratic Republic")
                .country("Cambodia")
                .org("Communist Party of Việt Nam", "CPV", "Communist Party of Vietnam")
                .org("Lao People's Revolutionary Party", "Lao People’s Revolutionary Party", "LPRP")
                .org("Lao National Academy of Politics and Public Administration")
                .org("Việt Nam–Laos Inter-Governmental Committee", "Việt Nam – Laos Intergovernmental Committee",
                        "Vietnam-Laos Intergovernmental Committee")
                .org("ASEAN")
                .org("United Nations", "UN")
                .place("Vientiane", "Laos")
                .place("Hà Nội", "Việt Nam", "Hanoi", "Ha Noi")
                .place("Houaphanh", "Laos", "Houaphanh province")
                .place("Presidential Palace", "Laos")
                .build(document);
    }
}
