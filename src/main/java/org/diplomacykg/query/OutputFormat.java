package org.diplomacykg.query;

import org.apache.jena.query.Query;

/**
 * How {@code dkg query} writes an answer. {@code table} is for people (aligned columns, short
 * IRIs); csv, tsv, json and xml are the SPARQL result formats for SELECT and ASK; turtle and
 * jsonld are for CONSTRUCT and DESCRIBE.
 */
public enum OutputFormat {
    table, csv, tsv, json, xml, turtle, jsonld;

    /** True when this format can hold the answer of that query form. */
    public boolean fits(Query query) {
        boolean graph = query.isConstructType() || query.isDescribeType();
        return switch (this) {
            case table -> true;
            case turtle, jsonld -> graph;
            case csv, tsv, json, xml -> !graph;
        };
    }

    /** The format used when none is asked for. */
    public static OutputFormat defaultFor(Query query, boolean terminal) {
        if (query.isConstructType() || query.isDescribeType()) {
            return turtle;
        }
        return terminal ? table : tsv;
    }
}
