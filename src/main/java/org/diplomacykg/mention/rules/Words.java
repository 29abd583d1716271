package org.diplomacykg.mention.rules;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.diplomacykg.facts.Slugs;

/** Small closed word lists the rules share. */
final class Words {
    private Words() {
    }

    /** Capitalised words that open sentences or name dates, never part of a name. */
    static final Set<String> NOT_NAME = Set.of(
            "the", "a", "an", "this", "that", "these", "those", "both", "during", "on", "in", "at", "for", "with",
            "after", "before", "as", "by", "from", "under", "over", "and", "but", "or", "his", "her", "their", "its",
            "our", "my", "your", "he", "she", "they", "it", "we", "i", "you", "also", "meanwhile", "according", "following",
            "however", "there", "here", "then", "when", "while", "if", "since", "to", "of", "two", "three", "four",
            "all", "each", "every", "other", "another", "some", "many", "most", "such", "not", "no", "yes", "so", "thus",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "today", "yesterday", "tomorrow", "mr", "mrs", "ms", "dr", "photo", "source",
            "party", "state", "government", "national", "central", "people", "deputy", "vice", "minister",
            "president", "secretary", "general", "chairman", "chairwoman", "prime", "ministry", "committee",
            "assembly", "congress", "day", "year", "new", "first", "second", "third", "former", "late",
            "which", "what", "who", "whom", "whose", "where", "why", "how", "sides", "side", "leaders", "leader");

    /** English words that may stand capitalised at a sentence start and also be part of a name. */
    static boolean notName(String word) {
        return NOT_NAME.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Words that qualify a title: {@code Deputy} Prime Minister, {@code Vice} Chairman. */
    static final Set<String> TITLE_QUALIFIERS = Set.of(
            "Deputy", "Vice", "Acting", "Permanent", "Standing", "First", "Senior", "Executive", "Assistant", "Chief",
            "Former", "Honorary", "Special", "Lieutenant", "Major", "Rear", "Grand");

    /** Head words of titles the role scheme may not list: {@code Minister of Health}, {@code Mayor}. */
    static final Set<String> TITLE_HEADS = Set.of(
            "Minister", "Secretary", "President", "Chairman", "Chairwoman", "Chairperson", "Chair", "Director",
            "Director-General", "Governor", "Ambassador", "Mayor", "Chief", "Commander", "Head", "Spokesperson",
            "Spokesman", "Spokeswoman", "Envoy", "Consul", "Consul-General", "Senator", "Speaker", "Chancellor",
            "King", "Queen", "Prince", "Princess", "Sultan", "Emperor", "Rector", "Commissioner", "Representative",
            "Secretary-General", "General", "Colonel", "Admiral", "Marshal", "Justice", "Auditor", "Inspector",
            "Premier", "Vice-President", "Vice-Chairman", "Vice-Chairwoman", "Member", "Counsellor", "Attaché");

    /** Words that end a ministry's portfolio: Minister of Industry and {@code Trade}. */
    static final Set<String> PORTFOLIO_WORDS = Set.of(
            "affairs", "trade", "commerce", "industry", "defence", "defense", "security", "finance", "investment",
            "planning", "education", "training", "health", "justice", "agriculture", "development", "transport",
            "construction", "culture", "sports", "sport", "tourism", "labour", "labor", "invalids", "information",
            "communications", "communication", "science", "technology", "energy", "mines", "mining", "resources",
            "environment", "interior", "home", "economy", "economics", "administration", "welfare", "works",
            "telecommunications", "inspectorate", "office", "forestry", "fisheries", "minerals", "post", "youth",
            "women", "religion", "religious", "ethnic", "minority", "minorities", "rural", "urban", "housing",
            "cooperation", "relations", "posts", "oceans", "waterways", "aviation", "meteorology", "hydrology",
            "climate", "statistics", "railways", "veterans", "employment", "ecology", "heritage", "arts");

    /** Lower-case words a hyphen joins to a name without being part of it: {@code Hun Sen-led}. */
    static final Set<String> NAME_SUFFIX_WORDS = Set.of(
            "led", "based", "run", "owned", "style", "era", "backed", "funded", "born", "made");

    /** People named by relation or courtesy title: {@code his spouse Ngô Phương Ly}, {@code Mr Sok}. */
    static final Set<String> PERSON_INTRODUCERS = Set.of(
            "spouse", "wife", "husband", "Mr", "Mrs", "Ms", "Madam", "Madame", "Dr", "Prof", "Professor", "Mme");

    /** Two-letter English words, which a two-letter given name ({@code Hà}, {@code Vũ}) must not be. */
    static final Set<String> ENGLISH_TWO_LETTER = Set.of(
            "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "oh",
            "ok", "on", "or", "so", "to", "up", "us", "we");

    /** Honorifics that may stand between a title and a name. */
    static final Set<String> HONORIFICS = Set.of(
            "Samdech", "Thipadei", "Techo", "Akka", "Moha", "Borvor", "Seri", "Tun", "Sena", "Padei", "Aka", "Kralahom", "Vibol", "Bandit",
            "Excellency", "His", "Her", "H", "E", "HE", "HH", "Highness", "Sheikh", "Sheikha", "Dato", "Datuk", "Sir", "Dame",
            "Pehin", "Dr", "Prof", "Professor", "Honourable", "Hon", "General", "Senior", "Lieutenant", "Colonel", "Major", "Madam",
            "Mr", "Mrs", "Ms");

    /** Words before "Sri" that make it a courtesy title ("Tan Sri", "Datuk Sri"). */
    private static final Set<String> BEFORE_SRI = Set.of("Tan", "Datuk", "Dato", "Seri");

    /**
     * True when {@code word} is a courtesy title between its neighbours. "Tan" and "Sri" are one only as
     * the pair "Tan Sri" (or "Datuk Sri"): alone they open names ("Tan See Leng", "Sri Mulyani Indrawati").
     */
    static boolean honorific(String previous, String word, String next) {
        String w = word.replace(".", "");
        if (w.equals("Tan")) {
            return next != null && next.replace(".", "").equals("Sri");
        }
        if (w.equals("Sri")) {
            return previous != null && BEFORE_SRI.contains(previous.replace(".", ""));
        }
        return HONORIFICS.contains(w);
    }

    /**
     * Lower-case particles inside Arabic, Malay and European personal names ("Abdel Fattah al-Sisi", "Tamim
     * bin Hamad Al Thani", "Ursula von der Leyen"): a name goes on over one when a capitalised word follows.
     */
    static final Set<String> NAME_PARTICLES = Set.of("al", "el", "bin", "binti", "bint", "ibn", "von", "van", "der", "de", "da", "di");

    /** The commonest Vietnamese family names, which open a personal name. */
    static final Set<String> VIETNAMESE_SURNAMES = Set.of(
            "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
            "Dương", "Lý", "Lương", "Đinh", "Trịnh", "Đoàn", "Đào", "Trương", "Tô", "Mai", "Lâm", "Chu", "Tạ", "Quách",
            "Vương", "Hà", "Cao", "Thái", "Kiều", "Nghiêm", "Triệu", "Tống", "Nông", "Lại", "Lưu", "Văn");

    /** The family names as agencies also print them, without diacritics ("Dinh Tien Dung", "Nguyen Van Thanh"). */
    private static final Set<String> FOLDED_SURNAMES = VIETNAMESE_SURNAMES.stream().map(Slugs::fold)
            .filter(w -> !NOT_NAME.contains(w.toLowerCase(Locale.ROOT)) && !w.equals("Do"))
            .collect(Collectors.toUnmodifiableSet());

    /** A Vietnamese family name, with its diacritics or without ("To" and "Do" only with them: English words). */
    static boolean vietnameseSurname(String word) {
        return VIETNAMESE_SURNAMES.contains(word) || FOLDED_SURNAMES.contains(word);
    }

    /**
     * True when a personal name starts at token {@code j}: a Vietnamese family name and one or two
     * more capitalised words that end the run ({@code ... for External Relations Lê Hoàng Quân}),
     * not a place or body the sentence already names ({@code Hà Nội}, {@code Hồ Chí Minh City}).
     */
    static boolean personalNameAt(SentenceScan s, int j) {
        org.diplomacykg.mention.Tokens t = s.tokens();
        if (!vietnameseSurname(t.get(j).text()) || s.startingAt(j).isPresent()) {
            return false;
        }
        int end = j + 1;
        while (end < t.size() && t.adjacent(end) && t.get(end).capitalised()) {
            end++;
        }
        return end - j >= 2 && end - j <= 4 && (end - j < 4 || !NOT_NAME.contains(t.get(end - 1).text().toLowerCase(Locale.ROOT)))
                && !Character.isDigit(t.get(end - 1).text().charAt(0));
    }

    /** Words that mark a title as no longer held. */
    static final Set<String> FORMER = Set.of("former", "late", "then", "outgoing", "ex", "Former", "Late");
}
