/**
 * Commitment rules: undertakings with modality, parties, policy area, targets and deadlines,
 * behind {@link org.diplomacykg.facts.commitments.CommitmentRules}.
 */
package org.diplomacykg.facts.commitments;
