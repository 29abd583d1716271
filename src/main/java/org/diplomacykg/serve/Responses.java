package org.diplomacykg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;

/**
 * Writes finished bodies: pages and RDF are rendered to bytes first (inside the read
 * transaction), then sent, so a slow client never holds a transaction open.
 *
 * <p>Example: {@code Responses.send(resp, 200, "text/html; charset=utf-8", Responses.utf8(html))}.
 */
public final class Responses {
    private Responses() {}

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Serialises {@code g} in an RDF format. */
    public static byte[] rdf(Graph g, RdfFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        RDFDataMgr.write(out, g, f.lang());
        return out.toByteArray();
    }

    /** The Content-Type header value for a format. */
    public static String contentType(RdfFormat f) {
        return f.mediaType() + "; charset=utf-8";
    }

    public static void send(HttpServletResponse resp, int status, String contentType, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    public static void text(HttpServletResponse resp, int status, String message) throws IOException {
        send(resp, status, "text/plain; charset=utf-8", utf8(message + "\n"));
    }
}
