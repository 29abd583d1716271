package org.diplomacykg.serve;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses requests too large to be a query, before anything reads or parses them: a body
 * (declared by {@code Content-Length}) or a query string above the limit gets 413 with one line
 * naming the limit; a path over {@value #MAX_PATH} characters gets 414. A body sent without a length (chunked) is read ahead up to the limit: more
 * than that is refused the same way. 
 */
public final class RequestLimitFilter implements Filter {
    /** Resource paths are short; Fuseki's header buffer would let a 100 KB path reach the servlets. */
    static final int MAX_PATH = 8192;
    /** Refused bodies up to this many times the limit are read to their end before the answer. */
    static final long DRAIN_FACTOR = 16;
    private final long maxBytes;

    public RequestLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (req.getRequestURI().length() > MAX_PATH) {
            HttpServletResponse resp = (HttpServletResponse) response;
            resp.setHeader("Connection", "close");
            Responses.text(resp, 414, "Path too long: " + req.getRequestURI().length() + " characters; at most " + MAX_PATH + ".");
            return;
        }
        String refusal = refusal(req.getContentLengthLong(), req.getQueryString());
        if (refusal == null && chunked(req)) {
            byte[] body = req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length <= maxBytes) {
                chain.doFilter(new BufferedBody(req, body), response);
                return;
            }
            refusal = "Request body too large: more than " + maxBytes + " bytes; this server accepts at most " + maxBytes + ".";
        }
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        // A client still sending its body misses an answer given on a connection closed under it;
        // reading (not parsing) a body of a few megabytes costs little, a larger one is cut off.
        long length = req.getContentLengthLong();
        if (length > DRAIN_FACTOR * maxBytes || !drained(req.getInputStream(), DRAIN_FACTOR * maxBytes))
            resp.setHeader("Connection", "close");
        Responses.text(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, refusal);
    }

    /** Reads and drops the rest of a body, up to {@code limit} bytes; whether it came to its end. */
    private static boolean drained(ServletInputStream in, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > limit)
                return false;
        }
        return true;
    }

    /** A body is coming without a declared length. */
    private static boolean chunked(HttpServletRequest req) {
        return req.getContentLengthLong() < 0 && req.getHeader("Transfer-Encoding") != null;
    }

    /** Why a request with this body length (-1: unknown) and query string is refused, or null. */
    String refusal(long contentLength, String queryString) {
        if (contentLength > maxBytes)
            return "Request body too large: " + contentLength + " bytes; this server accepts at most " + maxBytes + ".";
        if (queryString != null && queryString.length() > maxBytes)
            return "Query string too long: " + queryString.length() + " characters; this server accepts at most " + maxBytes + ".";
        return null;
    }

    /** A request whose body, sent without a length, was read ahead (at most the limit) into memory. */
    static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String cs = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), cs));
        }
    }
}
