package org.diplomacykg.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;
import org.apache.jena.query.Query;
import org.diplomacykg.query.OutputFormat;

/**
 * The formats the saved-query API ({@code /api/NAME}) answers in, each one of {@code dkg query}'s
 * {@link OutputFormat}s with its media type: the SPARQL result formats (JSON, XML, CSV, TSV) for
 * SELECT and ASK, Turtle and JSON-LD for CONSTRUCT and DESCRIBE. {@code ?format=} wins over the
 * {@code Accept} header; without either a SELECT answers SPARQL JSON and a CONSTRUCT Turtle.
 *
 * <p>Example: {@code ApiResultFormat.byName("CSV")} is {@link #CSV}; so is {@code byName("text/csv")}.
 */
enum ApiResultFormat {
    JSON(OutputFormat.json, "application/sparql-results+json", "json", "application/json"),
    XML(OutputFormat.xml, "application/sparql-results+xml", "xml", "application/xml", "text/xml"),
    CSV(OutputFormat.csv, "text/csv", "csv"),
    TSV(OutputFormat.tsv, "text/tab-separated-values", "tsv"),
    TURTLE(OutputFormat.turtle, "text/turtle", "turtle", "ttl"),
    JSONLD(OutputFormat.jsonld, "application/ld+json", "jsonld", "json-ld");

    private final OutputFormat output;
    private final String mediaType;
    private final List<String> names;

    ApiResultFormat(OutputFormat output, String mediaType, String... names) {
        this.output = output;
        this.mediaType = mediaType;
        this.names = Arrays.asList(names);
    }

    OutputFormat output() {
        return output;
    }

    String mediaType() {
        return mediaType;
    }

    /** The name {@code ?format=} takes: "json", "csv"… */
    String shortName() {
        return names.get(0);
    }

    boolean fits(Query query) {
        return output.fits(query);
    }

    /** The formats for a query's form, the default first. */
    static List<ApiResultFormat> offeredFor(Query query) {
        return Arrays.stream(values()).filter(f -> f.fits(query)).toList();
    }

    /** The format with this name or media type (any case), if any. */
    static Optional<ApiResultFormat> byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.names.contains(n) || f.mediaType.equals(n)).findFirst();
    }

    /**
     * The format to answer with from the {@code Accept} header (q-values honoured, Fuseki's
     * {@link ConNeg}); the query form's default when the header is absent or says {@code *}{@code /*};
     * empty when the client accepts none of the formats the query can be given in.
     */
    static Optional<ApiResultFormat> fromAccept(HttpServletRequest req, Query query) {
        List<ApiResultFormat> offered = offeredFor(query);
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank())
            return Optional.of(offered.get(0));
        // every name that is a media type, so that Accept: application/json finds JSON
        String[] types = offered.stream().flatMap(f -> f.acceptedTypes().stream()).toArray(String[]::new);
        MediaType chosen = ConNeg.chooseContentType(req, AcceptList.create(types), null);
        if (chosen == null)
            return Optional.empty();
        return byName(chosen.getContentTypeStr());
    }

    private List<String> acceptedTypes() {
        List<String> out = new java.util.ArrayList<>();
        out.add(mediaType);
        names.stream().filter(n -> n.contains("/")).forEach(out::add);
        return out;
    }
}
