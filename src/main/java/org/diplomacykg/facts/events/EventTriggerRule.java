package org.diplomacykg.facts.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.facts.EventType;

/**
 * The trigger lexicon: which words in agency English announce which type of event. Returns the
 * triggers of a sentence in text order, the more specific of two overlapping triggers winning
 * ("the 48th Meeting of the … Committee" is a committee session, not a meeting; "a ceremony to
 * inaugurate" is an inauguration; "the signing ceremony" is a document signing).
 *
 * <pre>
 * rule.find("Tô Lâm held talks with Thongloun Sisoulith") → [TALKS "held talks with" verbal]
 * rule.find("Hailing the state visit by General Secretary Lâm") → [STATE_VISIT "the state visit"]
 * </pre>
 */
public final class EventTriggerRule {
    private static final String ORD_WORDS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth";
    private static final String ORDINAL = "(\\d{1,3})(?:st|nd|rd|th)|(" + ORD_WORDS + ")";
    private static final String CAP = "[\\p{Lu}][\\p{L}\\p{M}'’.-]*";
    private static final String DOC_NOUNS = "(?:agreements?|documents|memorand(?:a|um)|MoUs?|deals?|treat(?:y|ies)|contracts?|protocols?|notes|"
            + "letters\\s+of\\s+intent|declarations?|(?:cooperation|action)\\s+(?:plans?|programmes?|programs?)|roadmaps?|charters?)";
    private static final String MEETING_ADJ = "(?i:trilateral|bilateral|multilateral|ministerial|high-level|regional|joint|international|plenary|"
            + "leaders'?|summit|party|border|defence|defense|friendship|review|business|strategic|annual)";
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("a dozen", 12));

    private record Entry(EventType type, Pattern pattern, boolean verbal, int priority) {
    }

    private static Entry e(EventType type, String regex, boolean verbal, int priority) {
        return new Entry(type, Pattern.compile(regex), verbal, priority);
    }

    /** Priority breaks ties between overlapping triggers: higher wins. */
    private static final List<Entry> LEXICON = List.of(
            // numbered sessions of standing bodies
            e(EventType.COMMITTEE_SESSION, "(?i:\\b(?:co-?chair(?:ed|ing|s)?|chaired|chairing|chair|attend(?:ed|ing)?|held|hold)\\s+)?"
                    + "(?i:the\\s+)?(?:" + ORDINAL + ")\\s+(?i:meeting|session)\\s+of\\s+the\\s+(?:[^,;.]{0,80}?)(?:Committee|Commission|Council)\\b", true, 90),
            e(EventType.COMMITTEE_SESSION, "(?i:the\\s+)?(?:" + ORDINAL + ")\\s+(?:[^,;.]{0,80}?)(?:Committee|Commission|Council)(?i:'s)?\\s+(?i:meeting|session)\\b", false, 90),
            // numbered sittings of a legislature: "the first session of the 10th-legislature National Assembly"
            e(EventType.COMMITTEE_SESSION, "(?i:the\\s+)?(?:" + ORDINAL + ")\\s+(?i:(?:plenary|regular|extraordinary)\\s+)?(?i:session|sitting)\\s+of\\s+the\\s+"
                    + "(?:[^,;.]{0,60}?)(?:National\\s+Assembly|Assembly|Parliament|NA|(?i:legislature)|Senate|Diet|People's\\s+Congress)\\b", false, 88),
            // named dialogues, retreats and summits held in series: "the fifth … Joint Cabinet Retreat", "the annual … policy dialogue"
            e(EventType.MEETING, "(?i:the|an?)\\s+(?:(?:" + ORDINAL + ")\\s+|(?i:annual|regular|yearly)\\s+)+(?:(?!\\bto\\s)[^,;.]){0,60}?"
                    + "(?i:retreat|dialogue|summit|consultations?)\\b(?!\\s+(?i:mechanisms?|frameworks?|channels?)\\b)", false, 53),
            // "their fourth trilateral meeting", "the third ASEAN Future Forum", "the third Vietnam - Laos Border Defence Friendship Exchange"
            e(EventType.MEETING, "(?i:the|an?|their|its)\\s+(?:" + ORDINAL + ")\\s+(?:(?:\\p{Lu}[\\p{L}\\p{M}'’.]*|[-–]|" + MEETING_ADJ + ")\\s+){0,6}?"
                    + "(?:(?i:meeting|forum|conference)|Exchange)\\b(?!\\s+(?i:of|between)\\b)", false, 52),
            // congresses, numbered, of a named party
            e(EventType.CONGRESS, "(?:" + ORDINAL + ")\\s+(?:National\\s+)?(?:Party\\s+)?Congress\\b", false, 80),
            // "the congress": the article's congress told again
            e(EventType.CONGRESS, "\\b(?i:the)\\s+(?i:congress)\\b(?!\\s+(?:of|on)\\b)", false, 30),
            // visits
            e(EventType.STATE_VISIT, "(?i:\\b(?:an?|the|his|her|their|its|this)\\s+)?(?i:\\bstate)\\s+(?i:visit)\\b", false, 70),
            e(EventType.OFFICIAL_VISIT, "(?i:\\b(?:an?|the|his|her|their|its|this)\\s+)?(?i:\\bofficial)\\s+(?:(?i:friendship)\\s+)?(?i:visit)\\b", false, 70),
            e(EventType.OFFICIAL_VISIT, "(?i:\\b(?:an?|the|his|her|their|its|this)\\s+)?(?i:\\bworking)\\s+(?i:visit)\\b", false, 70),
            e(null, "(?i:\\b(?:the|his|her|this|that)\\s+(?:recent\\s+|historic\\s+|return\\s+)?(?:visit|trip)\\b)", false, 20),
            e(null, "(?<=[’']s\\s)(?i:visit)\\s+to\\b", false, 20),
            // phone calls before talks ("phone talks")
            e(EventType.PHONE_CALL, "(?i:\\b(?:held|had|hold|holding|made|have)\\s+(?:an?\\s+)?)?(?i:\\b(?:tele)?phone|video)\\s+(?i:call|talks|conversation)\\b", true, 65),
            e(EventType.PHONE_CALL, "(?i:\\bspoke|talked)\\s+(?i:by|over\\s+the)\\s+(?i:tele)?phone\\b", true, 65),
            // talks
            e(EventType.TALKS, "(?i:\\b(?:held|had|hold|holds|holding|have|has)\\s+(?:[\\w-]+\\s+){0,2}talks\\b(?:\\s+with\\b)?)", true, 60),
            // "during talks held between A and B": the participle that reports them keeps them news
            e(EventType.TALKS, "(?i:\\b(?:during|in|at)\\s+(?:their\\s+)?talks\\s+(?:held\\s+)?(?:with|between)\\b)", true, 60),
            e(EventType.TALKS, "(?i:\\b(?:the|their)\\s+(?:[\\w-]+\\s+)?talks\\b)", false, 40),
            // documents
            e(EventType.DOCUMENT_SIGNING, "(?i:\\bwitness(?:ed|es|ing)?\\s+the\\s+(?:signing|exchange)(?:\\s+ceremony)?\\s+of\\b)", true, 75),
            e(EventType.DOCUMENT_SIGNING, "(?i:\\bthe\\s+signing\\s+(?:ceremony\\s+)?(?:of|for)\\b|\\b(?:an?\\s+)?signing\\s+ceremony\\s+(?:of|for)\\b|\\bsigning\\s+of\\b)", false, 72),
            e(EventType.DOCUMENT_SIGNING, "(?i:\\b(?:signed|exchanged)\\s+(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?|the|several|many)\\s+"
                    + "(?:[\\w-]+\\s+){0,4}?" + DOC_NOUNS + "\\b)", true, 72),
            // "joined the other members in signing the protocol upgrading …"
            e(EventType.DOCUMENT_SIGNING, "(?i:\\b(?:in|by|after|before)\\s+signing\\s+(?:the|an?)\\s+(?:[\\w-]+\\s+){0,4}?" + DOC_NOUNS + "\\b)", true, 71),
            // awards
            e(EventType.AWARD_CONFERRAL, "(?:(?i:\\b(?:conferred|confers|conferring|bestowed|bestows|presented|presents|awarded|awards|granted)\\b)"
                    + "[^.;]{0,80}?|(?i:\\bhonou?red\\s+with\\s+))(?:(?i:the|an?)\\s+)?(?:" + CAP + "\\s+){0,5}(?:Order|Medal|Award|Prize)\\b", true, 70),
            // inaugurations
            e(EventType.INAUGURATION, "(?i:\\b(?:a\\s+|the\\s+)?ceremony\\s+to\\s+(?:inaugurate|open)\\b)", true, 74),
            e(EventType.INAUGURATION, "(?i:\\binaugurat(?:ed|e|es|ing)\\b)", true, 68),
            // "officially opened the Mekong Friendship Bridge", "was put into operation"
            e(EventType.INAUGURATION, "(?i:\\b(?:officially\\s+)?(?:opened|opens|launched)\\s+the\\s+)(?=(?:new\\s+)?\\p{Lu}[^,.;]{0,60}?\\b(?:Bridge|Airport|Port|Station|Expressway|Highway|"
                    + "Railway|Park|Hospital|School|Building|Centre|Center|Plant|Museum|Terminal|Road|Gate|Zone|Complex|Line)\\b)", true, 62),
            e(EventType.INAUGURATION, "(?<=\\p{Lu}[\\p{L}\\p{M}’'.-]{0,30}\\s)(?i:\\b(?:was|were|been|is|are)\\s+(?:officially\\s+)?(?:put|brought)\\s+into\\s+(?:operation|service|use)\\b)", true, 62),
            e(EventType.INAUGURATION, "(?i:\\b(?:the\\s+|an?\\s+)?inauguration(?:\\s+ceremony)?(?:\\s+of)?\\b)", false, 68),
            e(EventType.INAUGURATION, "(?i:\\bthe\\s+opening\\s+(?:ceremony\\s+)?of\\s+the)\\b", false, 50),
            // speeches
            e(EventType.SPEECH, "(?i:\\b(?:delivered|delivers|delivering|deliver|gave|gives|give|made)\\s+(?:an?|the|his|her)\\s+(?:[\\w-]+\\s+){0,4}?"
                    + "(?:speech|address|lecture|keynote)\\b)", true, 60),
            e(EventType.SPEECH, "(?i:\\b(?:the|his|her)\\s+(?:[\\w-]+\\s+){0,2}?(?:policy\\s+speech|keynote\\s+(?:speech|address))\\b)", false, 40),
            // "In his closing speech, X said": the speaker is the subject that follows
            e(EventType.SPEECH, "(?i:\\b(?:in|during)\\s+(?:his|her|their|the|a)\\s+(?:[\\w-]+\\s+){0,2}?(?:speech|address|remarks)\\b)(?=\\s*,)", false, 42),
            // "Addressing the plenary session, PM Chính called …", "addressed the opening session"
            e(EventType.SPEECH, "(?i:\\b(?:addressed|addressing|addresses)\\s+the\\s+(?:[\\w-]+\\s+){0,3}?(?:session|summit|conference|forum|meeting|ceremony|assembly|dialogue)\\b)", true, 58),
            // ceremonies
            e(EventType.CEREMONY, "(?i:\\b(?:an?|the)\\s+(?:[\\w-]+\\s+)?ceremony\\s+(?:at\\s+which|in\\s+which|where)\\b)", false, 54),
            e(EventType.CEREMONY, "(?i:\\b(?:an?|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:welcom(?:e|ing)|reception)\\s+ceremony\\b)", false, 55),
            e(EventType.CEREMONY, "(?i:\\b(?:an?|the)\\s+(?:[\\w-]+\\s+)?ceremony\\s+(?:marking|to\\s+mark|to\\s+celebrate|celebrating|commemorating|in\\s+celebration\\s+of|on\\s+the\\s+occasion\\s+of)\\b)", false, 55),
            e(EventType.CEREMONY, "(?i:\\b(?:hosted|presided\\s+over|attended|(?:participated|participates|took|takes)\\s+(?:part\\s+)?in)\\s+(?:an?|the)\\s+"
                    + "(?:[\\w-]+\\s+){0,2}?ceremony\\b)", true, 56),
            // acts that are ceremonies of their own: "jointly flagged off the cargo train", "laid the foundation stone of …"
            e(EventType.CEREMONY, "(?i:\\b(?:flagged|flags|flagging)\\s+off\\b)", true, 57),
            e(EventType.CEREMONY, "(?i:\\b(?:laid|lays|laying)\\s+the\\s+foundation\\s+stones?\\b)", true, 57),
            // meetings
            e(EventType.MEETING, "(?i:\\b(?:had|held|have|has|holding|hold)\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,2}?meetings?\\s+with\\b)", true, 58),
            // "X and Y held a restricted meeting": the subjects meet
            e(EventType.MEETING, "(?i:\\b(?:had|held|holding|hold)\\s+an?\\s+(?:restricted|private|closed-door|one-on-one|tête-à-tête|separate|bilateral|working|brief)\\s+meeting\\b)", true, 57),
            // "is scheduled to meet Party General Secretary Tô Lâm", "will meet Prime Minister …"
            // "Meeting Thai Prime Minister Anutin the same afternoon, Chính said …"
            e(EventType.MEETING, "^Meeting\\s+(?=\\p{Lu}[^,]{0,80},)", true, 45),
            // "a business forum", "a joint review conference", "a dialogue between ASEAN leaders and …"; not "a joint press conference"
            e(EventType.MEETING, "(?i:\\b(?:an?)\\s+(?:(?!press\\b|news\\b|video\\b)[\\w-]+\\s+){0,2}?(?<!press\\s|news\\s|video\\s)(?:forum|conference)\\b)", false, 44),
            e(EventType.MEETING, "(?i:\\b(?:an?)\\s+(?:[\\w-]+\\s+){0,2}?dialogue\\s+(?:between|with)\\b)", false, 44),
            e(EventType.MEETING, "(?i:\\bco-?chair(?:ed|ing|s)?\\s+(?:an?\\s+|the\\s+)+(?:[\\w-]+\\s+){0,2}?meeting\\b)", true, 58),
            e(EventType.MEETING, "(?i:\\b(?:an?|the)\\s+(?:\\d{4}\\s+)?(?:[\\w-]+\\s+){0,2}?meeting\\s+between\\b)", false, 50),
            e(EventType.MEETING, "(?:(?i:the)\\s+)?(?:" + ORDINAL + ")\\s+(?i:meeting)\\s+between\\b", false, 52),
            e(EventType.MEETING, "(?i:\\b(?:received|receiving|receives|receive)\\s+(?:a|the)\\s+(?:visiting\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:delegation|ambassador|envoy)\\b)", true, 46),
            // "The meeting was chaired by X and attended by Y": the meeting told before, with its people
            e(EventType.MEETING, "(?i:\\b(?:the|this)\\s+meeting\\b)(?=\\s+(?:was|were)\\s+(?:co-?chaired|chaired|hosted|attended|presided)\\b)", false, 40),
            // a courtesy call is a meeting with the one called on
            // ("paid courtesy visits to the Prime Minister and the Chairman", a person's title following)
            e(EventType.MEETING, "(?i:\\b(?:paid|pay|pays|paying)\\s+(?:an?\\s+)?courtesy\\s+(?:calls?\\s+on|visits?\\s+to(?=\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,2}?(?:Prime|President|Chairman|Chairwoman|Speaker|King|Queen|Minister|Secretary|General|Governor|Vice))))", true, 58),
            // elections of office-holders
            e(EventType.ELECTION, "(?i:\\b(?:re-?)?elect(?:ed|ion)\\s+as\\b)", false, 60),
            e(EventType.ELECTION, "(?i:\\b(?:was|were|been|being|is|are)\\s+(?:\\w+ly\\s+)?(?:re-?)?elected\\b)", true, 62),
            e(EventType.ELECTION, "(?i:\\b(?:re-?)?elect(?:ed|ing|s))\\s+(?=\\p{Lu})", true, 61),
            e(EventType.ELECTION, "(?i:\\bapprov(?:ed|ing|es)\\s+the\\s+(?:nomination|appointment)\\s+of\\b)", true, 61),
            // joint statements issued
            e(EventType.JOINT_STATEMENT, "(?i:\\b(?:issued|adopted|released|signed|issue|adopt|release)\\s+an?\\s+joint\\s+(?:statement|declaration|communiqu[eé]))\\b", true, 70),
            // "A joint statement was issued after the talks"
            e(EventType.JOINT_STATEMENT, "(?i:\\b(?:an?|the)\\s+joint\\s+(?:statement|declaration|communiqu[eé])\\s+(?:was|were)\\s+(?:issued|adopted|released|signed)\\b)", true, 70));

    private static final Pattern DIGIT_ORDINAL = Pattern.compile("(\\d{1,3})(?:st|nd|rd|th)\\b|\\b(" + ORD_WORDS + ")\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOC_COUNT = Pattern.compile(
            "(?i)\\b(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?:[\\w-]+\\s+){0,4}?"
                    + "(?:documents|agreements|memoranda|MoUs|deals|contracts)\\b");
    private static final Pattern AWARD = Pattern.compile("(?:" + CAP + "\\s+){0,5}(?:Order|Medal|Award|Prize)\\b");
    private static final Pattern INVITED_VISIT = Pattern.compile(
            "(?i)\\binvit(?:ed|es|ing)\\b[^.;]{0,160}?\\bto\\s+(?:pay\\s+(?:an?\\s+)?(?:[\\w-]+\\s+)?visit|visit)\\b");

    private final EventWordRule words = new EventWordRule();

    public List<EventTrigger> find(String text) {
        return find(text, List.of());
    }

    /** The triggers of a parsed sentence: the lexicon's, and those read from the parse ({@link EventWordRule}). */
    public List<EventTrigger> find(Sentence sentence) {
        List<EventTrigger> found = find(sentence.text(), words.find(sentence));
        // two leaders' joint act tells a meeting only where neither the lexicon nor the parse finds an event
        // ("Lavrov and Wang, in a phone conversation on Wednesday, spoke positively of …" is the call)
        return found.isEmpty() ? words.jointActs(sentence) : found;
    }

    private List<EventTrigger> find(String text, List<EventTrigger> parsed) {
        List<EventTrigger> found = new ArrayList<>();
        List<Integer> priorities = new ArrayList<>();
        for (EventTrigger t : parsed) {
            found.add(t);
            priorities.add(44); // where the lexicon's longer patterns overlap, theirs win
        }
        for (Entry entry : LEXICON) {
            Matcher m = entry.pattern().matcher(text);
            while (m.find()) {
                EventTrigger t = build(entry, m, text);
                if (t != null) {
                    found.add(t);
                    priorities.add(entry.priority());
                }
            }
        }
        Matcher inv = INVITED_VISIT.matcher(text);
        while (inv.find()) {
            int s = text.lastIndexOf("visit", inv.end());
            found.add(new EventTrigger(null, inv.start(), inv.end(), false, null, null, null, true));
            priorities.add(66);
            if (s < 0) {
                break;
            }
        }
        // keep the higher-priority trigger of overlapping ones; then text order
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(priorities::get).reversed()
                .thenComparing(i -> -(found.get(i).end() - found.get(i).start())));
        List<EventTrigger> kept = new ArrayList<>();
        for (int i : order) {
            EventTrigger t = found.get(i);
            if (kept.stream().noneMatch(k -> k.start() < t.end() && t.start() < k.end())) {
                kept.add(t);
            }
        }
        kept.sort(Comparator.comparingInt(EventTrigger::start));
        return kept;
    }

    private static EventTrigger build(Entry entry, Matcher m, String text) {
        String words = m.group();
        EventType type = entry.type();
        Integer ordinal = null;
        Integer count = null;
        String award = null;
        if (type == EventType.COMMITTEE_SESSION || type == EventType.CONGRESS || type == EventType.MEETING) {
            Matcher o = DIGIT_ORDINAL.matcher(words);
            if (o.find()) {
                ordinal = o.group(1) != null ? Integer.valueOf(o.group(1)) : ordinalWord(o.group(2));
            }
        }
        if (type == EventType.DOCUMENT_SIGNING) {
            Matcher c = DOC_COUNT.matcher(text.substring(m.start(), Math.min(text.length(), m.end() + 80)));
            if (c.find()) {
                count = number(c.group(1));
            }
        }
        if (type == EventType.AWARD_CONFERRAL) {
            Matcher a = AWARD.matcher(words);
            String last = null;
            while (a.find()) {
                last = a.group();
            }
            award = last;
        }
        return new EventTrigger(type, m.start(), m.end(), entry.verbal(), ordinal, count, award, false);
    }

    private static Integer ordinalWord(String w) {
        List<String> words = List.of(ORD_WORDS.split("\\|"));
        int i = words.indexOf(w.toLowerCase(Locale.ROOT));
        return i < 0 ? null : i + 1;
    }

    private static Integer number(String w) {
        if (w.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(w);
        }
        return NUMBER_WORDS.get(w.toLowerCase(Locale.ROOT));
    }
}
