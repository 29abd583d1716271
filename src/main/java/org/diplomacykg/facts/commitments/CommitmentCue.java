package org.diplomacykg.facts.commitments;

import org.diplomacykg.facts.Modality;

/**
 * Words that mark an undertaking in a sentence: {@code "agreed to"}, {@code "pledged to"},
 * {@code "reaffirmed their determination to"}, {@code "will"}.
 *
 * @param needsActor true when the cue counts only after a party as subject ("the two sides will …",
 *                   not "political relations will …")
 * @param subject      the head word (its index in the sentence) of the subject of the cue's clause, from the parse; -1 when
 *                     the parse gives none
 * @param partySubject whether that subject can be a party ("the two capital cities", "Norland", "they"; not "relations",
 *                     not "Cà Mau's plan")
 * @param clause       the head word (its index) of the clause the cue undertakes: the modal's verb, the predicate's
 *                     complement ({@code agreed to expand} → "expand"); -1 when the cue takes a thing, not a clause
 *                     ({@code pledged more support}, {@code a loan of $200 million}): its own phrase is the undertaking
 */
public record CommitmentCue(Modality modality, int start, int end, boolean needsActor, int subject, boolean partySubject,
                            int clause) {
    /** A cue whose clause's subject is not read (or needs no reading: the cue itself names the act). */
    public CommitmentCue(Modality modality, int start, int end, boolean needsActor) {
        this(modality, start, end, needsActor, -1, false, -1);
    }

    /** A cue over the clause headed by word {@code clause}. */
    public CommitmentCue(Modality modality, int start, int end, boolean needsActor, int clause) {
        this(modality, start, end, needsActor, -1, false, clause);
    }

    /** The same cue with the subject of its clause and whether the parse takes it for a party. */
    CommitmentCue withSubject(int subject, boolean partySubject) {
        return new CommitmentCue(modality, start, end, needsActor, subject, partySubject, clause);
    }
}
