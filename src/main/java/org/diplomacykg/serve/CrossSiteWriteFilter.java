package org.diplomacykg.serve;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses writes that a page on another site could make a browser send. A browser that
 * remembers Basic credentials for this server adds them to a plain HTML form's POST, and a form
 * can only send {@code application/x-www-form-urlencoded}, {@code multipart/form-data} or
 * {@code text/plain}. So a request carrying credentials is refused (403) when it
 * <ul>
 * <li>has a body of one of those form types (send updates as {@code application/sparql-update}
 *     and graphs in an RDF type, as {@code dkg load --endpoint} and {@code curl} do), or</li>
 * <li>names an {@code Origin} other than this server's own (host and port).</li>
 * </ul>
 * Anonymous requests pass: they can only read.
 */
public final class CrossSiteWriteFilter implements Filter {
    static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String refusal = refusal(req.getMethod(), req.getHeader("Authorization"), req.getContentType(),
                req.getHeader("Origin"), req.getHeader("Host"));
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        resp.setHeader("Connection", "close");
        Responses.text(resp, HttpServletResponse.SC_FORBIDDEN, refusal);
    }

    static String refusal(String method, String authorization, String contentType, String origin, String host) {
        if (authorization == null || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"))
            return null;
        if (contentType != null) {
            String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (FORM_TYPES.contains(type))
                return "A write with credentials cannot be sent as " + type
                        + " (a cross-site form could send that); use application/sparql-update or an RDF type.";
        }
        if (origin != null && !sameHost(origin, host))
            return "A write with credentials from another site (" + origin + ") is refused.";
        return null;
    }

    private static boolean sameHost(String origin, String host) {
        if (host == null)
            return false;
        try {
            URI o = URI.create(origin.strip());
            int port = o.getPort() >= 0 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            String h = host.strip().toLowerCase(Locale.ROOT);
            String expected = o.getHost() == null ? "" : o.getHost().toLowerCase(Locale.ROOT);
            return h.equals(expected + ":" + port) || (h.equals(expected) && (port == 80 || port == 443));
        } catch (IllegalArgumentException e) {
            return false;   // "null" and other opaque origins are other sites
        }
    }
}
