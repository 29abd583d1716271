package org.diplomacykg.facts.commitments;

import java.util.regex.Pattern;

/**
 * Words that make a sentence a report, a forecast or a belief rather than an undertaking:
 * "exports reached $1.1 billion last year", "arrivals are forecast to double",
 * "voiced his belief that Laos will surmount difficulties".
 */
public final class NegativeCues {
    private static final Pattern BELIEF = Pattern.compile(
            "(?i)\\b(?:belief|believes?|believed|confidence|confident|hope[sd]?|hoping|trust(?:s|ed)?\\s+that|expects?|expected|"
                    + "predict(?:s|ed)?|forecasts?|forecasted|projected|anticipates?)\\b");
    private static final Pattern REPORTED = Pattern.compile(
            "(?i)\\b(?:reached|stood\\s+at|totall?ed|amounted\\s+to|hit|rose|grew|increased|declined|fell|dropped|surged|"
                    + "last\\s+year|in\\s+the\\s+first\\s+\\w+\\s+months|so\\s+far\\s+this\\s+year|year-on-year|"
                    + "(?:is|are|was|were)\\s+(?:forecast|expected|projected|estimated)\\s+to)\\b");

    /** Money already spent or disbursed: "was built with", "has provided … since 1992", "so far". */
    private static final Pattern SPENT = Pattern.compile(
            "(?i)\\b(?:since\\s+(?:19|20)\\d{2}|so\\s+far|to\\s+date|already|disbursed|(?:was|were)\\s+(?:built|financed|funded|completed)|"
                    + "(?:has|have|had)\\s+(?:provided|granted|extended|lent|given|disbursed))\\b");

    private NegativeCues() {
    }

    /** True when the words leading up to an undertaking make it a belief or forecast ("voiced confidence that …"). */
    public static boolean belief(String lead) {
        return BELIEF.matcher(lead).find();
    }

    /** True for a sentence that reports figures or forecasts them rather than aiming at them. */
    public static boolean reported(String text) {
        return REPORTED.matcher(text).find();
    }

    /** True for a sentence that tells of money already spent rather than offered. */
    public static boolean spent(String text) {
        return SPENT.matcher(text).find();
    }
}
