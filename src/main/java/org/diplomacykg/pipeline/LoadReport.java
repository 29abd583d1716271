package org.diplomacykg.pipeline;

import java.util.List;
import org.diplomacykg.article.RejectedInputException;

/**
 * What a load did: articles written for the first time, replaced because the file changed,
 * left alone because the stored graph came from the same bytes, and rejected inputs.
 */
public record LoadReport(int added, int replaced, int unchanged, List<RejectedInputException> rejected) {
    public LoadReport {
        rejected = List.copyOf(rejected);
    }

    public String summary() {
        return String.format("%d new, %d replaced, %d unchanged, %d rejected", added, replaced, unchanged, rejected.size());
    }
}
