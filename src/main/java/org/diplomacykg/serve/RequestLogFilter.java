package org.diplomacykg.serve;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: method, path (cut at 200 characters, without the query string),
 * status and milliseconds. Never the query string or body, which may be large or private;
 * Fuseki's own per-request lines are switched off in {@code log4j2.properties}.
 */
public final class RequestLogFilter implements Filter {
    private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");
    /** The logger of the request lines, for whoever must quiet them (the benchmark). */
    public static final String LOGGER_NAME = "org.diplomacykg.serve.Requests";
    static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
    static final int MAX_PATH = 200;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            HttpServletRequest req = (HttpServletRequest) request;
            LOG.info(line(req.getMethod(), req.getRequestURI(), ((HttpServletResponse) response).getStatus(),
                    (System.nanoTime() - start) / 1_000_000));
        }
    }

    static String line(String method, String path, int status, long millis) {
        String p = path.length() > MAX_PATH ? path.substring(0, MAX_PATH) + "…(" + path.length() + " chars)" : path;
        return method + " " + LINE_BREAK.matcher(p).replaceAll("") + " " + status + " " + millis + " ms";
    }
}
