package org.diplomacykg.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Keeps the pages this server renders (landing, browse lists, linked-data pages in every format,
 * saved-query pages with their results, the ontology, VoID) and answers a repeated GET from
 * memory. Under load these pages are most of the work, and each is the same until the store
 * changes: the landing page alone counted every quad of the store on each request.
 * <ul>
 * <li>The key is the path with its query string, the {@code Accept} header (pages are
 *     content-negotiated) and the {@code Host} (VoID gives absolute URLs).</li>
 * <li>Only 200 answers are kept, each at most {@value #MAX_ENTRY_BYTES} bytes, together at most
 *     {@link #maxBytes} (least recently used go first), so the heap it takes is bounded.</li>
 * <li>Every write through this server ({@code /kg/update}, a Graph Store write at {@code /kg/data})
 *     empties it, before and after the write; a page rendered while a write ran is not kept.
 *     The store is locked to this process, so there is no other writer.</li>
 * <li>SPARQL at {@code /kg/…}, the dump, the UI and admin paths are not cached.</li>
 * </ul>
 */
final class PageCache implements Filter {
    static final int MAX_ENTRY_BYTES = 2 * 1024 * 1024;
    /** 64 MB of pages: the seed store's every page and query page several times over. */
    static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /** Headers that belong to one request (CORS is added per request by {@link CorsFilter}), never replayed. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "connection", "date", "server", "transfer-encoding");

    private record Page(String contentType, List<Map.Entry<String, String>> headers, byte[] body) {}

    private final long maxBytes;
    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long generation;

    PageCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static boolean cacheable(String method, String path) {
        return method.equals("GET") && (path.equals("/") || path.equals("/ontology") || path.equals("/.well-known/void")
                || path.startsWith("/id/") || path.startsWith("/article/") || path.startsWith("/graph/")
                || path.startsWith("/ontology/") || path.startsWith("/browse/") || path.startsWith("/queries/"));
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = Links.pathOf(req);
        if (WriteAuthFilter.isWrite(req.getMethod(), path)) {
            clear();
            try {
                chain.doFilter(request, response);
            } finally {
                clear();
            }
            return;
        }
        if (!cacheable(req.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        String key = req.getRequestURI() + "?" + req.getQueryString() + "\n" + req.getHeader("Accept") + "\n" + req.getHeader("Host");
        long seen;
        Page page;
        synchronized (this) {
            page = pages.get(key);
            seen = generation;
        }
        if (page != null) {
            replay(page, resp);
            return;
        }
        Capture capture = new Capture(resp);
        chain.doFilter(request, capture);
        byte[] body = capture.body();
        if (capture.getStatus() == HttpServletResponse.SC_OK && body.length <= MAX_ENTRY_BYTES && !resp.isCommitted())
            keep(key, seen, new Page(resp.getContentType(), headers(resp), body));
        if (body.length > 0) {
            if (!resp.isCommitted())
                resp.setContentLength(body.length);
            resp.getOutputStream().write(body);
        }
    }

    private static List<Map.Entry<String, String>> headers(HttpServletResponse resp) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String name : resp.getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (NOT_REPLAYED.contains(lower) || lower.startsWith("access-control-") || lower.equals("content-type"))
                continue;
            for (String value : resp.getHeaders(name))
                out.add(Map.entry(name, value));
        }
        return out;
    }

    private static void replay(Page page, HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        if (page.contentType() != null)
            resp.setContentType(page.contentType());
        for (Map.Entry<String, String> h : page.headers())
            resp.addHeader(h.getKey(), h.getValue());
        resp.setContentLength(page.body().length);
        resp.getOutputStream().write(page.body());
    }

    private synchronized void keep(String key, long seen, Page page) {
        if (seen != generation || page.body().length > maxBytes)
            return;   // a write ran meanwhile: the page may show the store before it
        Page old = pages.put(key, page);
        bytes += page.body().length + key.length() - (old == null ? 0 : old.body().length + key.length());
        for (Iterator<Map.Entry<String, Page>> it = pages.entrySet().iterator(); bytes > maxBytes && it.hasNext(); ) {
            Map.Entry<String, Page> eldest = it.next();
            it.remove();
            bytes -= eldest.getValue().body().length + eldest.getKey().length();
        }
    }

    synchronized void clear() {
        generation++;
        pages.clear();
        bytes = 0;
    }

    synchronized int size() {
        return pages.size();
    }

    /** The response as the servlet writes it: status and headers go through, the body is held back. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(8192);
        private ServletOutputStream stream;
        private PrintWriter writer;

        Capture(HttpServletResponse resp) {
            super(resp);
        }

        byte[] body() {
            if (writer != null)
                writer.flush();
            return buffer.toByteArray();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null)
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        buffer.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("pages are written blocking");
                    }
                };
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null)
                writer = new PrintWriter(new OutputStreamWriter(buffer, getCharacterEncoding()));
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // the length is set when the held-back body is sent
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void flushBuffer() {
        }
    }
}
