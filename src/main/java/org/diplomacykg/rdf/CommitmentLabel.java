package org.diplomacykg.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.diplomacykg.facts.CommitmentFact;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.Modality;
import org.diplomacykg.facts.TargetFact;

/**
 * The names a page and a query show for a commitment and its targets, made from the parties,
 * the cue and the object as the article states them: "Laos and Việt Nam agreed to translate
 * this new strategic orientation into concrete cooperation directions", "Laos and Việt Nam
 * agreed on a target of US$10 billion of bilateral trade" (never "Agreed: $10 billion, he said").
 *
 * <p>The words come from the evidence quote, which opens at the undertaking's verb ("agreed
 * to …") or at its subject ("The two sides will …"); the subject is replaced by the parties'
 * names, a reporting tail (", he said") is dropped, and a quote that names only a sum ("with a
 * target of $10 billion") gives way to the targets.
 */
final class CommitmentLabel {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern NOT_LOWER_LETTER = Pattern.compile("[^a-z]");
    /** Words of the undertaking kept in a label; the rest becomes "…". */
    static final int WORDS = 20;

    /** Verbs that open an undertaking in a quote ("agreed to …", "urged …", "invited …"), in their base form. */
    private static final Set<String> CUE_VERBS = Set.of("agree", "pledge", "welcome", "affirm", "reaffirm", "propose",
            "urge", "commit", "invite", "ask", "call", "suggest", "encourage", "vow", "promise", "plan", "decide",
            "support", "reach", "stress", "underline", "emphasise", "emphasize", "express", "highlight");
    /** Where a quote that opens with its subject reaches the undertaking: "will", "continue to", "aim to". */
    private static final Pattern SUBJECT_VERB = Pattern.compile(
            "\\b(?:will|would|shall|should|must|continues?\\s+to|aims?\\s+to|plans?\\s+to|agreed|pledged|affirmed|committed)\\b");
    /** ", he said" and the like at the end of a quote: the reporter's words, not the undertaking. */
    private static final Pattern REPORTING_TAIL = Pattern.compile(
            "(?i)[,;]?\\s+(?:he|she|they|it|the\\s+\\p{L}+(?:\\s+\\p{L}+)?)\\s+(?:said|added|noted|stated|stressed)\\s*\\.?$");
    /** A quote that opens on a preposition or a sum ("with a target of …", "$10 billion"): no verb to read. */
    private static final Pattern NO_VERB_OPENING = Pattern.compile("(?i)^(?:with|of|for|at|to|on|in|by)\\b|^[$€£¥]|^US\\$|^\\d");

    private CommitmentLabel() {
    }

    /** The label of {@code c}; {@code names} gives each party's name. */
    static String of(CommitmentFact c, Function<EntityRef, String> names) {
        String parties = joined(c.parties().stream().map(names).distinct().toList());
        String quote = REPORTING_TAIL.matcher(c.evidence().quote().strip()).replaceFirst("");
        String undertaking = undertaking(c, quote);
        String label = parties.isEmpty() ? capitalised(undertaking) : parties + " " + undertaking;
        return ArticleGraphWriter.shortened(label, WORDS + wordCount(parties));
    }

    /** The cue and its object, without the subject. */
    private static String undertaking(CommitmentFact c, String quote) {
        String first = quote.isEmpty() ? "" : WHITESPACE.split(quote, 2)[0];
        if (opensWithCue(first)) {
            return quote;
        }
        if (!first.isEmpty() && Character.isUpperCase(first.codePointAt(0))) {
            // "The two sides will continue to …": the parties stand for the subject
            Matcher verb = SUBJECT_VERB.matcher(quote);
            if (verb.find()) {
                return quote.substring(verb.start());
            }
        }
        // "decision by the two Parties and States to elevate bilateral ties …": the object follows "to"
        int to = quote.indexOf(" to ");
        String object = to >= 0 ? quote.substring(to + 4) : quote;
        // "with a target of $10 billion", "raise bilateral trade to US$5 billion, …": what is read is a sum
        if (!c.targets().isEmpty() && (NO_VERB_OPENING.matcher(quote).find() || quote.isEmpty() || NO_VERB_OPENING.matcher(object).find())) {
            List<String> targets = c.targets().stream().map(CommitmentLabel::target).distinct().toList();
            return verb(c.modality()) + " on " + (targets.size() == 1 ? "a target of " : "targets of ") + joined(targets);
        }
        return verb(c.modality()) + (c.modality() == Modality.AGREED || c.modality() == Modality.PLEDGED
                || c.modality() == Modality.PLANNED || c.modality() == Modality.PROPOSED ? " to " : " ") + object;
    }

    /** "agreed", "welcomes", "reaffirmed", "called": a cue verb in the past or present tense. */
    private static boolean opensWithCue(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.codePointAt(0))) {
            return false;
        }
        String w = NOT_LOWER_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        // the base form under the inflection: agreed, urged, welcomes, committed, called, invites
        List<String> stems = new ArrayList<>(List.of(w));
        for (String ending : List.of("d", "ed", "s", "es")) {
            if (w.endsWith(ending)) {
                String stem = w.substring(0, w.length() - ending.length());
                stems.add(stem);
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)) {
                    stems.add(stem.substring(0, stem.length() - 1));
                }
            }
        }
        return stems.stream().anyMatch(CUE_VERBS::contains);
    }

    private static String verb(Modality m) {
        return switch (m) {
            case AGREED -> "agreed";
            case PLEDGED -> "pledged";
            case AFFIRMED -> "affirmed";
            case PROPOSED -> "proposed";
            case URGED -> "urged";
            case WELCOMED -> "welcomed";
            case PLANNED -> "plan";
        };
    }

    /** "US$10 billion of bilateral trade", "50 scholarships": a target as people write it. */
    static String target(TargetFact t) {
        String amount = amount(t.amount());
        String sum = t.currency() == null ? amount
                : "USD".equals(t.currency()) ? "US$" + amount : t.currency() + " " + amount;
        if (t.metric() == null) {
            return sum;
        }
        return t.currency() == null ? sum + " " + t.metric() : sum + " of " + t.metric();
    }

    /** 10000000000 → "10 billion", 2500000 → "2.5 million", 50 → "50". */
    private static String amount(BigDecimal a) {
        BigDecimal billion = BigDecimal.valueOf(1_000_000_000L);
        BigDecimal million = BigDecimal.valueOf(1_000_000L);
        if (a.abs().compareTo(billion) >= 0) {
            return a.divide(billion).stripTrailingZeros().toPlainString() + " billion";
        }
        if (a.abs().compareTo(million) >= 0) {
            return a.divide(million).stripTrailingZeros().toPlainString() + " million";
        }
        return a.stripTrailingZeros().toPlainString();
    }

    /** "A", "A and B", "A, B and C". */
    static String joined(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        List<String> head = new ArrayList<>(names.subList(0, names.size() - 1));
        return String.join(", ", head) + " and " + names.get(names.size() - 1);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static int wordCount(String s) {
        return s.isBlank() ? 0 : WHITESPACE.split(s.strip()).length;
    }
}
