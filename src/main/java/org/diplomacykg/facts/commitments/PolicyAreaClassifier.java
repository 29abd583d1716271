package org.diplomacykg.facts.commitments;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.facts.PolicyArea;

/**
 * The policy area of an undertaking, from a keyword lexicon per area. Phrases are read before
 * single words ("energy security" is energy, "political security" is security, "economic
 * security" is economy). What an undertaking names first weighs most: each later keyword
 * counts 0.9 of the one before, so "boost cooperation in education and training, … expand
 * collaboration in culture, tourism, science and technology" is education. Text with no
 * keyword is political: the relationship itself.
 *
 * <pre>
 * classify("agreed to promote connectivity in transportation, electricity") → INFRASTRUCTURE_TRANSPORT
 * classify("raise bilateral trade to US$5 billion") → ECONOMY_TRADE
 * </pre>
 */
public final class PolicyAreaClassifier {
    private static final double DECAY = 0.9;
    private static final Map<String, PolicyArea> LEXICON = new LinkedHashMap<>();

    private static void put(PolicyArea area, String... terms) {
        for (String t : terms) {
            LEXICON.put(t, area);
        }
    }

    static {
        // phrases that would otherwise be read by their parts
        put(PolicyArea.INFRASTRUCTURE_TRANSPORT, "(?:transport )?infrastructure (?:connectivity|development)", "transport infrastructure",
                "border gates?(?: pairs?)?", "border crossings?", "(?:cross-border )?(?:passenger|cargo|freight) trains?", "river ports?",
                "(?:border )?wharf", "(?:border )?wharves");
        put(PolicyArea.ENVIRONMENT, "environmental (?:and social )?safeguards", "water (?:security|resources|data|management)",
                "saltwater intrusion", "floods?", "droughts?", "sediments?", "fish migration", "lakes?", "wetlands?");
        // clearing war-time ordnance is the armies' work
        put(PolicyArea.DEFENCE_SECURITY, "(?:bomb|mine|landmine|ordnance)s? (?:and (?:bomb|mine|landmine)s? )?clearance", "demining",
                "unexploded ordnance", "explosive remnants", "(?-i:UXO)", "differences at sea", "maritime disputes");
        // people trained are education, whatever their trade
        put(PolicyArea.EDUCATION_TRAINING, "(?:[\\p{L}-]+ )?engineers", "(?:officers and )?cadets", "(?:[\\p{L}-]+ )?experts", "trainees", "apprentices");
        put(PolicyArea.CULTURE_PEOPLE, "visa (?:exemption|procedures|programmes?|waivers?)", "visas?", "multiple-entry");
        put(PolicyArea.POLITICAL, "strategic exchanges", "high-level exchanges");
        put(PolicyArea.ECONOMY_TRADE, "customs clearance");
        put(PolicyArea.POLITICAL, "exchanges? of delegations", "delegation exchanges", "parliaments?", "legislatures?", "parliamentary");
        put(PolicyArea.ENERGY, "energy security", "mineral exploitation", "power transmission", "power lines?", "oil depots?", "oil and gas", "electricity trading",
                "coal and electricity");
        put(PolicyArea.ECONOMY_TRADE, "economic security", "economic linkages", "investment environment", "two-way trade",
                "bilateral trade", "trade turnover", "joint projects", "socio-economic");
        put(PolicyArea.DEFENCE_SECURITY, "political security", "social order", "political (?:and social )?stability", "political stability and social order", "border management",
                "national defen[cs]e", "hostile forces", "peaceful evolution", "cross-border crimes?",
                "drug crimes?", "cyber ?crimes?", "fishermen", "fishing vessels", "military exercises", "non-traditional security", "security challenges",
                "remains of", "martyrs");
        put(PolicyArea.POLITICAL, "political trust", "strategic trust", "party building", "political system", "high-level agreements",
                "high-level commitments", "high-level (?:mutual )?visits", "cooperation mechanisms", "relationship framework",
                "strategic cohesion", "strategic connectivity", "special solidarity", "great friendship", "bilateral relations",
                "bilateral ties", "joint statement", "national congress", "political relations", "new framework", "new level",
                "action plans", "strategic orientation", "new height", "development milestones");
        put(PolicyArea.EDUCATION_TRAINING, "human resources?", "human resource development", "high-quality human", "scholarships?",
                "capacity building", "vocational");
        put(PolicyArea.CULTURE_PEOPLE, "people-to-people", "solidarity year", "friendship year", "cultural", "among the youth",
                "young generations?", "local-level cooperation", "localities", "friendship exchange", "sports exchanges");
        put(PolicyArea.MULTILATERAL, "international and regional forums", "multilateral", "regional forums", "international forums",
                "sub-?region(?:al)?", "Mekong", "ASEAN", "United Nations", "UN", "World Trade Organi[sz]ation", "WTO",
                "ASEM", "East Sea", "South China Sea", "UNCLOS", "international law", "international integration", "Convention",
                "ratify", "ratification", "international organi[sz]ations");
        put(PolicyArea.SCIENCE_TECHNOLOGY, "science and technology", "scientific", "technology", "technological", "innovation",
                "digital transformation", "digital", "e-government", "telecommunications", "artificial intelligence", "semiconductors?");
        put(PolicyArea.INFRASTRUCTURE_TRANSPORT, "infrastructure", "transport", "transportation", "railways?", "expressways?",
                "highways?", "roads?", "ports?", "airports?", "logistics", "connectivity", "construction", "bridges?", "flights");
        put(PolicyArea.ENERGY, "energy", "electricity", "power", "hydropower", "coal", "oil", "gas", "mineral", "minerals",
                "renewable");
        put(PolicyArea.ECONOMY_TRADE, "economic", "economy", "economies", "goods", "trade", "investment", "investments", "investors", "businesses",
                "enterprises", "turnover", "exports?", "imports?", "banking", "finance", "financial", "tourism", "agriculture",
                "aid", "ODA", "market", "commerce", "macroeconomic", "supply chains?");
        put(PolicyArea.DEFENCE_SECURITY, "defen[cs]e", "security", "military", "army", "police", "border", "borders",
                "terrorism", "crimes?", "smuggling", "trafficking", "soldiers");
        put(PolicyArea.EDUCATION_TRAINING, "education", "training", "train", "students", "universit(?:y|ies)", "schools?", "cadres",
                "officials and managers", "teachers");
        put(PolicyArea.CULTURE_PEOPLE, "culture", "people", "exchanges", "arts?", "artistic", "heritage", "youth", "media",
                "information and communications", "sports", "festival", "events");
        put(PolicyArea.HEALTH, "health", "healthcare", "hospitals?", "medical", "medicine", "pandemic", "vaccines?", "disease");
        put(PolicyArea.ENVIRONMENT, "environment", "environmental", "climate", "water resources", "natural resources", "forests?",
                "biodiversity", "emissions", "green transition", "disaster");
        put(PolicyArea.POLITICAL, "political", "politics", "relationship", "relations", "ties", "visits",
                "diplomacy", "diplomatic", "foreign policy", "sovereignty", "independence", "agreements", "friendship", "solidarity");
    }

    private static final Pattern TERMS;
    private static final List<PolicyArea> GROUP_AREAS = new ArrayList<>();
    private static final Set<String> CASE_SENSITIVE = Set.of("UN", "ODA", "ASEM", "WTO", "ASEAN", "UNCLOS");

    static {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, PolicyArea> e : LEXICON.entrySet()) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            String term = e.getKey();
            String body = CASE_SENSITIVE.contains(term) ? "(?-i:" + term + ")" : term;
            sb.append("(\\b").append(body).append("\\b)");
            GROUP_AREAS.add(e.getValue());
        }
        TERMS = Pattern.compile(sb.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public PolicyArea classify(String text) {
        Map<PolicyArea, Double> score = scores(text);
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(PolicyArea.POLITICAL);
    }

    /** Each area's weight in the text; empty when no keyword occurs. */
    public Map<PolicyArea, Double> scores(String text) {
        Map<PolicyArea, Double> score = new EnumMap<>(PolicyArea.class);
        Matcher m = TERMS.matcher(text);
        double w = 1.0;
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    score.merge(GROUP_AREAS.get(g - 1), w, Double::sum);
                    w *= DECAY;
                    break;
                }
            }
        }
        return score;
    }
}
