package org.diplomacykg.facts.commitments;

import org.diplomacykg.facts.Modality;

/**
 * Words that mark an undertaking in a sentence: {@code "agreed to"}, {@code "pledged to"},
 * {@code "reaffirmed their determination to"}, {@code "will"}.
 *
 * @param needsActor true when the cue counts only after a party as subject ("the two sides will …",
 *                   not "political relations will …")
 */
public record CommitmentCue(Modality modality, int start, int end, boolean needsActor) {
}
