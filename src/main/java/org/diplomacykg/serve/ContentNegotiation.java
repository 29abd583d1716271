package org.diplomacykg.serve;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.fuseki.system.ConNeg;

/**
 * Chooses the format of a response: {@code ?format=} wins, then the {@code Accept} header
 * (Fuseki's {@link ConNeg}, q-values honoured), and Turtle when the client states nothing.
 * Also writes {@code Vary: Accept} and one {@code Link: <…>; rel="alternate"} per other format.
 *
 * <pre>{@code
 * Optional<RdfFormat> f = ContentNegotiation.choose(req);   // Accept: text/html  -> HTML
 * }</pre>
 */
public final class ContentNegotiation {
    private static final AcceptList OFFER = AcceptList.create(Arrays.stream(RdfFormat.values())
            .map(RdfFormat::mediaType).toArray(String[]::new));
    private static final MediaType DEFAULT = MediaType.create(RdfFormat.TURTLE.mediaType());

    private ContentNegotiation() {}

    /** The format to answer with; empty when {@code ?format=} names nothing known or nothing acceptable is offered. */
    public static Optional<RdfFormat> choose(HttpServletRequest req) {
        String forced = req.getParameter("format");
        if (forced != null && !forced.isBlank())
            return RdfFormat.byName(forced);
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank())
            return Optional.of(RdfFormat.TURTLE);
        MediaType mt = ConNeg.chooseContentType(req, OFFER, DEFAULT);
        if (mt == null)
            return Optional.empty();
        return RdfFormat.byName(mt.getContentTypeStr());
    }

    /** The formats' short names, for error messages: "ttl, html, jsonld, nt, rdf". */
    public static String knownFormats() {
        return Arrays.stream(RdfFormat.values()).map(RdfFormat::shortName).collect(Collectors.joining(", "));
    }

    /**
     * Sets {@code Vary: Accept} and a {@code Link} header naming every format other than
     * {@code chosen} at {@code absoluteUrl?format=…}.
     */
    public static void alternates(HttpServletResponse resp, String absoluteUrl, RdfFormat chosen) {
        resp.setHeader("Vary", "Accept");
        String link = Arrays.stream(RdfFormat.values())
                .filter(f -> f != chosen)
                .map(f -> "<" + absoluteUrl + "?format=" + f.shortName() + ">; rel=\"alternate\"; type=\"" + f.mediaType() + "\"")
                .collect(Collectors.joining(", "));
        resp.setHeader("Link", link);
    }
}
