package org.diplomacykg.query;

import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;

/** A query's answer, held in memory so it can be printed after the read transaction ends. */
public sealed interface QueryResult {

    /** SELECT: the variables and rows. */
    record Rows(ResultSetRewindable resultSet) implements QueryResult {
        public int size() {
            return resultSet.size();
        }
    }

    /** ASK. */
    record Bool(boolean value) implements QueryResult {
    }

    /** CONSTRUCT or DESCRIBE. */
    record Triples(Model model) implements QueryResult {
    }
}
