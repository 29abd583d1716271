package org.diplomacykg.pipeline;

import java.util.List;

/**
 * What an extraction wrote.
 *
 * @param articles graphs written to the shards
 * @param shards   where the shards are
 * @param rejected one line per rejected file, {@code PATH: reason}
 */
public record ExtractionReport(long articles, String shards, List<String> rejected) {
    public ExtractionReport {
        rejected = List.copyOf(rejected);
    }
}
