package org.diplomacykg.facts.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.facts.Modality;

/**
 * The modality cues of undertakings: agreed, pledged, committed, affirmed (determination,
 * commitment, a stance), will, proposed, suggested, urged, called on, asked, welcomed another's
 * decision, and a stated target. Each cue is a place where one undertaking starts; what is a
 * belief, a forecast or a report of figures is left out (see {@link NegativeCues}).
 *
 * <pre>
 * rule.cues("The two sides agreed to boost trade") → [AGREED "agreed to"]
 * rule.cues("Trade reached $1 billion last year") → []
 * </pre>
 */
public final class CommitmentRule {
    private record Cue(Modality modality, Pattern pattern, boolean needsActor) {
    }

    private static Cue c(Modality m, String regex, boolean needsActor) {
        return new Cue(m, Pattern.compile(regex), needsActor);
    }

    private static final String AFFIRM = "(?:re)?affirm(?:ed|s|ing)?";
    private static final List<Cue> CUES = List.of(
            c(Modality.AGREED, "(?i)\\bagree[sd]?\\s+(?:to|on)\\b", false),
            c(Modality.AGREED, "(?i)\\bagree[sd]?\\s+that\\b(?=[^.;]*\\b(?:will|would|should|must|need\\s+to|shall)\\b)", false),
            c(Modality.AGREED, "(?i)\\bthe\\s+decision\\s+(?:by\\s+[^,;.]{0,80}?\\s+)?to\\s+(?=\\w)", false),
            c(Modality.AGREED, "(?i)\\breached\\s+(?:an?\\s+)?(?:agreement|consensus)\\s+to\\b", false),
            c(Modality.PLEDGED, "(?i)\\b(?:pledged|pledges|pledge|vowed|vow|vows|promised|promises)\\s+to\\b", false),
            c(Modality.PLEDGED, "(?i)\\b(?:pledging|vowing|promising|committing|undertook|undertakes|undertake|undertaking)\\s+to\\b", false),
            // readiness: "is ready to", "stood ready to", "expressed willingness to"
            c(Modality.PLEDGED, "(?i)\\b(?:is|are|was|were|remain|remains|remained|stood|stands|stand|be)\\s+(?:\\w+ly\\s+|always\\s+|also\\s+)?"
                    + "(?:ready|willing|prepared)\\s+to\\b(?!\\s+be\\b)", true),
            c(Modality.PLEDGED, "(?i)\\b(?:expressed|voiced|affirmed|reaffirmed|showed|stated)\\s+(?:[\\p{L}’'-]+\\s+){0,2}(?:readiness|willingness)\\s+to\\b", false),
            // a loan or grant of a stated sum: "Norland's concessional loan of $200 million"
            c(Modality.PLEDGED, "(?:[\\p{Lu}][\\p{L}\\p{M}]*[’']s\\s+)?(?i:(?:concessional|preferential|soft|ODA|non-refundable|official\\s+development|development)\\s+)*"
                    + "(?i:loan|loans|grant|grants|credit\\s+line|aid|assistance)\\s+(?i:package\\s+)?(?i:worth|of|totall?ing)\\s+"
                    + "(?=(?i:about\\s+|some\\s+|nearly\\s+|up\\s+to\\s+)?(?:US\\$|\\$|¥|€|£|VNĐ|\\d[\\d.,]*\\s*(?i:billion|million|trillion|bn)\\b))", false),
            c(Modality.PLEDGED, "(?i)\\b(?:are|is|was|were|remain|remains|remained|be|stay)\\s+(?:\\w+ly\\s+)?committed\\s+to\\b", false),
            c(Modality.PLEDGED, "(?i)(?<!\\b(?:crimes?|acts?|offences?|violations?)\\s)\\b(?:committed|commits|commit)\\s+to\\b", false),
            c(Modality.PLEDGED, "(?i)\\b(?:" + AFFIRM + "|expressed|voiced|reiterated)\\s+(?:[\\p{L}’'-]+\\s+){0,3}commitment\\s+to\\b", false),
            c(Modality.AFFIRMED, "(?i)\\b(?:" + AFFIRM + "|expressed|showed|demonstrated|reiterated)\\s+(?:[\\p{L}’'-]+\\s+){0,3}(?:determination|resolve)\\s+to\\b", false),
            c(Modality.AFFIRMED, "(?i)\\bdemonstrate\\s+high\\s+political\\s+determination\\b", false),
            c(Modality.AFFIRMED, "(?i)\\b(?:stay|stayed|remain|remained|are|were)\\s+determined\\s+to\\b", false),
            c(Modality.AFFIRMED, "(?i)\\b" + AFFIRM + "\\s+to\\s+(?=\\w)", false),
            // "pledged that the ministry would …", "affirmed that Norland will …": the clause after "that" must have a party as subject
            c(Modality.PLEDGED, "(?i)\\b(?:pledged|pledges|pledging|vowed|vows|promised|promises|assured|assures|undertook|committed)\\s+that\\b"
                    + "(?=[^.;]{0,160}?\\b(?:will|would|shall)\\b)", false),
            c(Modality.AFFIRMED, "(?i)\\b(?:" + AFFIRM + "|reiterated|reiterates)\\s+that\\b(?=[^.;]{0,160}?\\b(?:will|would|shall)\\b)", false),
            c(Modality.AFFIRMED, "(?i)\\b" + AFFIRM + "\\s+(?!that\\b|to\\b)(?=(?:the|their|its|his|her|our|[\\p{Lu}][\\p{L}’']*[’']s)\\s)", false),
            c(Modality.AFFIRMED, "(?i)\\bresolutely\\s+(?:not\\s+)?\\w+ing\\b", false),
            c(Modality.PLANNED, "\\b(?:will|shall)\\s+(?!likely\\b|probably\\b|possibly\\b|perhaps\\b)(?:\\w+ly\\s+|soon\\s+|also\\s+|continue\\s+to\\s+)*(?!be\\b|never\\s+forget|always\\s+remember|not\\s+forget)(?=\\w)", true),
            // "would" only in reported speech ("said Norland would continue to …"): see CommitmentRules
            c(Modality.PLANNED, "\\bwould\\s+(?!likely\\b|probably\\b|possibly\\b|perhaps\\b)(?:\\w+ly\\s+|also\\s+|continue\\s+to\\s+)*"
                    + "(?!be\\b|have\\b|like\\b|never\\s+forget|not\\s+forget)(?=\\w)", true),
            c(Modality.AGREED, "(?i)\\b(?:aims?|aimed|aiming)\\s+to\\b", true),
            c(Modality.PLANNED, "(?<=\\b(?:sides|countries|Parties|parties|States)\\s)(?:also\\s+)?continue\\s+to\\s+(?=\\w)", true),
            c(Modality.PROPOSED, "\\bshould\\s+(?=\\w)", true),
            c(Modality.PROPOSED, "(?i)\\b(?:proposed|proposes|suggested|suggests|recommended)\\s+(?:that\\s+)?(?=(?:the\\s+(?:two|three|four)|both|all|each|(?-i:[\\p{Lu}])|they\\b|we\\b))", false),
            // "proposed that member states sign …": with "that", whoever the subject
            c(Modality.PROPOSED, "(?i)\\b(?:proposed|proposes|suggested|suggests|recommended)\\s+that\\s+(?!(?:it|this|there)\\b)(?=\\p{Ll})", false),
            // a sum pledged: "pledged 30 million baht to the study", "pledged a combined US$18 million"
            c(Modality.PLEDGED, "(?i)\\b(?:pledged|pledges|promised|promises|earmarked|committed)\\s+(?:an?\\s+)?(?:combined\\s+|total\\s+(?:of\\s+)?|additional\\s+|further\\s+|about\\s+|some\\s+|nearly\\s+|up\\s+to\\s+|more\\s+than\\s+)*"
                    + "(?=(?:US\\$|\\$|€|£|¥|VNĐ|VND|KRW|CNY|IDR|THB|LAK)\\s?\\d|\\d[\\d.,]*\\s*(?:(?:billion|million|trillion|bn)\\s+)?(?:baht|yen|won|yuan|rupiah|dong|kip|riels?|ringgit|pesos?|rupees?|pounds|kroner|euros?|dollars?)\\b)", false),
            c(Modality.PROPOSED, "(?i)\\b(?:asked|requested|invited)\\s+[^.;]{1,100}?\\bto\\s+(?=\\w)", false),
            c(Modality.URGED, "(?i)(?<!courtesy\\s)\\b(?:urged|urges|called\\s+(?:on|upon|for)|calls\\s+(?:on|upon|for)|encouraged|encourages)\\b", false),
            c(Modality.WELCOMED, "(?i)\\bwelcome[sd]?\\s+(?:[\\p{L}’'-]+\\s+){0,4}?(?:decision|plan|plans|proposal|initiative|participation|commitment|intention|pledge)\\b", false),
            c(Modality.AGREED, "(?i)\\b(?:striving|strive|strives)\\s+to\\b", false),
            c(Modality.AGREED, "(?i)\\b(?:with\\s+)?an?\\s+(?:[\\w-]+\\s+)?target\\s+of\\b", false));

    /** Subjects that can undertake something: pronouns, "the two sides", capitalised names. */
    private static final Pattern ACTOR_HEAD = Pattern.compile(
            "^(?:(?:The|the)\\s+)?(?:(?:two|three|four|five)\\s+(?:sides|countries|Parties|parties|leaders|States|nations|governments|provinces|localities|cities|ministries|ministers|delegations|armies)|both\\s+sides|"
                    + "Both\\s+(?:sides|countries|leaders|Parties)|They|they|We|we|He|he|She|she|"
                    + "(?!(?:In|At|For|On|This|That|These|Those|It|Its|Such|Political|Economic)\\b)[\\p{Lu}][\\p{L}\\p{M}’'-]*)");

    /** Cues of one sentence in text order, overlapping ones dropped. */
    public List<CommitmentCue> cues(String text) {
        List<CommitmentCue> out = new ArrayList<>();
        for (Cue cue : CUES) {
            Matcher m = cue.pattern().matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = Math.max(m.end(), s + 1);
                if (out.stream().noneMatch(o -> o.start() < e && s < o.end())) {
                    out.add(new CommitmentCue(cue.modality(), s, e, cue.needsActor()));
                }
            }
        }
        out.sort(Comparator.comparingInt(CommitmentCue::start));
        return out;
    }

    /** True when the words before a "will"/"should" cue are a party, not a thing ("political relations will …"). */
    public static boolean actorHead(String head) {
        return ACTOR_HEAD.matcher(head.strip()).find();
    }
}
