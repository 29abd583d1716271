package org.diplomacykg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import org.diplomacykg.store.PreferredLabels;

/**
 * With {@code --update}: keeps the labels graph (one {@code skos:prefLabel} per resource, see
 * {@link PreferredLabels}) true to the article graphs after each successful write through the
 * server, as {@code dkg load} does for a local store. A Graph Store Protocol write of one
 * article graph ({@code PUT|POST|DELETE /kg/data?graph=ARTICLE}, what {@code dkg load --endpoint}
 * sends) recomputes the labels of what that graph named before and names now; any other write
 * (a SPARQL Update, a write of another graph) recomputes the whole labels graph. The labels are
 * written in a write transaction of their own right after the request's, so for that moment a
 * reader may see the new article with the labels of before.
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
        chain.doFilter(request, response);
        if (((HttpServletResponse) response).getStatus() >= 300) {
            return;
        }
        Txn.executeWrite(dsg, () -> {
            if (article.isPresent()) {
                Set<Node> named = new HashSet<>(namedBefore);
                named.addAll(PreferredLabels.labelledIn(dsg, article.get()));
                PreferredLabels.refresh(dsg, named);
            } else {
                PreferredLabels.rebuild(dsg);
            }
        });
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
