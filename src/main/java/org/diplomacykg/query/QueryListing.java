package org.diplomacykg.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of {@code dkg query --list}: each saved query with its summary and parameters.
 *
 * <pre>
 * timeline          Timeline of events between two countries
 *                     country1  iri, default https://w3id.org/…/country/viet-nam  One of the two countries.
 * </pre>
 */
public final class QueryListing {
    private QueryListing() {
    }

    /**
     * Prints the catalogue; returns the messages of queries that could not be read (also printed, to {@code err}).
     */
    public static List<String> print(SavedQueries catalogue, PrintWriter out, PrintWriter err) {
        List<String> broken = new ArrayList<>();
        List<String> names = catalogue.names();
        out.println(names.size() + " saved queries in " + catalogue.origin()
                + " (run one with: dkg query NAME [--param name=value]...)");
        int width = names.stream().mapToInt(String::length).max().orElse(0) + 2;
        for (String name : names) {
            SavedQuery q;
            try {
                q = catalogue.get(name);
            } catch (QueryUsageException e) {
                broken.add(e.getMessage());
                err.println("dkg: " + e.getMessage());
                continue;
            }
            out.println();
            out.println(pad(name, width) + q.summary());
            for (QueryParam p : q.params()) {
                StringBuilder sb = new StringBuilder(" ".repeat(width + 2)).append("--param ").append(p.name()).append('=')
                        .append(p.type().headerName().toUpperCase());
                if (p.optional()) {
                    sb.append(" (optional)");
                } else if (p.defaultValue() != null) {
                    sb.append(" (default ").append(p.defaultValue()).append(')');
                } else {
                    sb.append(" (required)");
                }
                if (p.description() != null) {
                    sb.append("  ").append(p.description());
                }
                if (p.example() != null) {
                    sb.append(" e.g. ").append(p.example());
                }
                out.println(sb);
            }
        }
        out.flush();
        err.flush();
        return broken;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }
}
