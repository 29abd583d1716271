package org.diplomacykg.serve;

import java.io.IOException;
import java.util.Arrays;
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
 * The CORS policy, chosen instead of Fuseki's default filter (which echoes any Origin and
 * allows credentials):
 * <ul>
 * <li>Any origin may <em>read</em>: {@code GET}, {@code HEAD}, {@code POST} (SPARQL queries are
 *     often POSTed) get {@code Access-Control-Allow-Origin: *} — the data is public.</li>
 * <li>Never with credentials: no {@code Access-Control-Allow-Credentials}, and
 *     {@code Authorization} is not an allowed request header, so a page on another site can
 *     never use a logged-in browser to write ({@code PUT}/{@code DELETE}/{@code PATCH} and
 *     authenticated {@code POST} fail their preflight).</li>
 * <li>Admin paths ({@code /$/…}, except {@code /$/ping}) get no CORS headers at all.</li>
 * <li>{@code Link}, {@code Vary}, {@code Content-Disposition} are exposed so scripts can follow
 *     the alternate formats.</li>
 * </ul>
 */
public final class CorsFilter implements Filter {
    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");
    static final Set<String> HEADERS = Set.of("accept", "content-type", "origin", "x-requested-with");
    static final String EXPOSED = "Link, Vary, Content-Type, Content-Disposition";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String origin = req.getHeader("Origin");
        String path = Links.pathOf(req);
        if (origin == null || (path.startsWith("/$/") && !path.equals("/$/ping"))) {
            chain.doFilter(request, response);
            return;
        }
        String preflightMethod = req.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(req.getMethod()) && preflightMethod != null) {
            if (preflightAllowed(preflightMethod, req.getHeader("Access-Control-Request-Headers"))) {
                resp.setHeader("Access-Control-Allow-Origin", "*");
                resp.setHeader("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
                resp.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, X-Requested-With");
                resp.setHeader("Access-Control-Max-Age", "1800");
            }
            resp.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        resp.setHeader("Access-Control-Allow-Origin", "*");
        resp.setHeader("Access-Control-Expose-Headers", EXPOSED);
        chain.doFilter(request, response);
    }

    /** Whether a preflight for {@code method} with {@code requestHeaders} (comma-separated, may be null) passes. */
    static boolean preflightAllowed(String method, String requestHeaders) {
        if (!METHODS.contains(method.trim().toUpperCase(Locale.ROOT)))
            return false;
        if (requestHeaders == null || requestHeaders.isBlank())
            return true;
        return Arrays.stream(requestHeaders.split(","))
                .map(h -> h.trim().toLowerCase(Locale.ROOT))
                .filter(h -> !h.isEmpty())
                .allMatch(HEADERS::contains);
    }
}
