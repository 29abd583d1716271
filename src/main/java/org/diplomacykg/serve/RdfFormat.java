package org.diplomacykg.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.riot.Lang;

/**
 * The formats a linked-data resource is offered in, with the names {@code ?format=} accepts.
 *
 * <p>Example: {@code RdfFormat.byName("ttl")} is {@link #TURTLE}; so is
 * {@code RdfFormat.byName("text/turtle")}.
 */
public enum RdfFormat {
    TURTLE("text/turtle", Lang.TURTLE, "ttl", "turtle"),
    HTML("text/html", null, "html", "htm"),
    JSONLD("application/ld+json", Lang.JSONLD, "jsonld", "json-ld", "json"),
    NTRIPLES("application/n-triples", Lang.NTRIPLES, "nt", "ntriples", "n-triples"),
    RDFXML("application/rdf+xml", Lang.RDFXML, "rdf", "rdfxml", "xml", "owl");

    private final String mediaType;
    private final Lang lang;
    private final List<String> names;

    RdfFormat(String mediaType, Lang lang, String... names) {
        this.mediaType = mediaType;
        this.lang = lang;
        this.names = Arrays.asList(names);
    }

    public String mediaType() { return mediaType; }

    /** The Jena language to write with; null for HTML. */
    public Lang lang() { return lang; }

    /** The short name used in {@code ?format=}, e.g. "ttl". */
    public String shortName() { return names.get(0); }

    public boolean isRdf() { return lang != null; }

    /** The format with this short name or media type (case-insensitive), if any. */
    public static Optional<RdfFormat> byName(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.names.contains(n) || f.mediaType.equals(n))
                .findFirst();
    }
}
