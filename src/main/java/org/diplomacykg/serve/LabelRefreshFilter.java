package org.diplomacykg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.store.DerivedGraph;
import org.diplomacykg.store.PreferredLabels;

/**
 * With {@code --update}: keeps the labels graph (one {@code skos:prefLabel} per resource, see
 * {@link PreferredLabels}) true to the article graphs after each successful write through the
 * server, as {@code dkg load} does for a local store. A Graph Store Protocol write of one
 * article graph ({@code PUT|POST|DELETE /kg/data?graph=ARTICLE}, what {@code dkg load --endpoint}
 * sends) recomputes the labels of what that graph named before and names now; any other write
 * (a SPARQL Update, a write of another graph) recomputes the whole labels graph. The labels are
 * written in a write transaction of their own right after the request's, before the answer goes
 * back, so the writer reads its labels; another reader may for that moment see the new article
 * with the labels of before.
 */
final class LabelRefreshFilter implements Filter {
    private final DatasetGraph dsg;

    LabelRefreshFilter(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String path = Links.pathOf(req);
        if (!WriteAuthFilter.isWrite(req.getMethod(), path)) {
            chain.doFilter(request, response);
            return;
        }
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        Optional<Node> article = p.equals("/" + ServeConfig.DATASET + "/data")
                ? graphParameter(req.getQueryString()).filter(KG::isArticleGraph)
                : Optional.empty();
        Set<Node> namedBefore = article.map(g -> Txn.calculateRead(dsg, () -> PreferredLabels.labelledIn(dsg, g)))
                .orElse(Set.of());
        // what the graph told before the write: its derived counts, pairs and project links may change
        Optional<DerivedGraph.Touched> toldBefore = article.map(g -> Txn.calculateRead(dsg, () -> {
            DerivedGraph.Touched touched = DerivedGraph.touched(dsg);
            touched.add(dsg, g);
            return touched;
        }));
        // the answer is held back until the labels are written, so a client that goes on to read
        // after its write sees the labels of what it wrote
        HeldResponse held = new HeldResponse((HttpServletResponse) response);
        chain.doFilter(request, held);
        if (held.getStatus() < 300) {
            Txn.executeWrite(dsg, () -> {
                if (article.isPresent()) {
                    Set<Node> named = new HashSet<>(namedBefore);
                    named.addAll(PreferredLabels.labelledIn(dsg, article.get()));
                    PreferredLabels.refresh(dsg, named);
                    DerivedGraph.Touched touched = toldBefore.get();
                    touched.add(dsg, article.get());
                    DerivedGraph.refresh(dsg, touched);
                } else {
                    PreferredLabels.rebuild(dsg);
                    DerivedGraph.rebuild(dsg);
                }
            });
        }
        held.release();
    }

    /** A response whose body (small for a write: a status line, a count) is sent on {@link #release}. */
    private static final class HeldResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                body.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("a held response is written synchronously");
            }
        };
        private PrintWriter writer;

        HeldResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return out;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(body, java.nio.charset.Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // held: sent on release
        }

        void release() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (body.size() > 0 && !getResponse().isCommitted()) {
                getResponse().getOutputStream().write(body.toByteArray());
            }
            getResponse().flushBuffer();
        }
    }

    /**
     * The GSP {@code graph} parameter, read from the query string only: reading request
     * parameters would consume a form-encoded body before Fuseki sees it.
     */
    static Optional<Node> graphParameter(String queryString) {
        if (queryString == null) {
            return Optional.empty();
        }
        for (String pair : queryString.split("&")) {
            if (pair.startsWith("graph=")) {
                String iri = URLDecoder.decode(pair.substring("graph=".length()), StandardCharsets.UTF_8);
                return iri.isEmpty() ? Optional.empty() : Optional.of(NodeFactory.createURI(iri));
            }
        }
        return Optional.empty();
    }
}
