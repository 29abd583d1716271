package org.diplomacykg.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.diplomacykg.query.ResultPage;

/**
 * Maps the graph's IRIs onto this server and back. A minted IRI
 * {@code https://w3id.org/diplomacy-kg/id/person/to-lam} is served at {@code /id/person/to-lam};
 * links in pages are written <em>relative</em> to the page ({@code ../../id/person/to-lam}), so
 * they work on the server's own address and behind a proxy that serves it under a prefix.
 *
 * <pre>{@code
 * Links l = Links.forPath("/id/event/x", null);
 * l.href(NodeFactory.createURI(KgTerms.BASE + "article/a1"))   // "../../article/a1"
 * }</pre>
 */
public final class Links {
    private final String toRoot;
    private final URI publicBase;

    private Links(String toRoot, URI publicBase) {
        this.toRoot = toRoot;
        this.publicBase = publicBase;
    }

    /**
     * Links for a page at {@code path} (the path inside the server, starting with "/").
     * {@code publicBase} is where the server is published (ends in "/"), or null for unknown.
     */
    public static Links forPath(String path, URI publicBase) {
        int depth = 0;
        for (int i = 1; i < path.length(); i++)
            if (path.charAt(i) == '/')
                depth++;
        return new Links("../".repeat(depth), publicBase);
    }

    /** Links for the current request, published at {@code baseUrl} or, when null, at the request's own address. */
    public static Links forRequest(HttpServletRequest req, URI baseUrl) {
        return forPath(pathOf(req), publicBase(req, baseUrl));
    }

    /**
     * The same request on another page of its listing, relative to the request's own path
     * ({@code timeline?country2=…&limit=100&offset=200}): every other value as sent, then the page.
     */
    public static String withPage(HttpServletRequest req, ResultPage page) {
        String path = pathOf(req);
        StringBuilder sb = new StringBuilder(path.substring(path.lastIndexOf('/') + 1)).append('?');
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (e.getKey().equals(ResultPage.LIMIT) || e.getKey().equals(ResultPage.OFFSET))
                continue;
            for (String v : e.getValue())
                sb.append(encode(e.getKey())).append('=').append(encode(v)).append('&');
        }
        return sb.append(ResultPage.LIMIT).append('=').append(page.limit())
                .append('&').append(ResultPage.OFFSET).append('=').append(page.offset()).toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The request's path inside the server ("/" for the root). */
    public static String pathOf(HttpServletRequest req) {
        String p = req.getRequestURI().substring(req.getContextPath().length());
        return p.isEmpty() ? "/" : p;
    }

    /** Where the server is published: {@code baseUrl}, or the scheme, host and port the request used. */
    public static URI publicBase(HttpServletRequest req, URI baseUrl) {
        if (baseUrl != null) {
            String s = baseUrl.toString();
            return URI.create(s.endsWith("/") ? s : s + "/");
        }
        String ctx = req.getContextPath();
        return URI.create(req.getScheme() + "://" + hostPort(req) + ctx + "/");
    }

    private static String hostPort(HttpServletRequest req) {
        String host = req.getServerName();
        if (host.contains(":") && !host.startsWith("["))
            host = "[" + host + "]";
        return host + ":" + req.getServerPort();
    }

    /** The minted IRI that a server path names, e.g. "/id/person/to-lam". */
    public static Node iriForPath(String path) {
        String rest = path.startsWith("/") ? path.substring(1) : path;
        return NodeFactory.createURI(KgTerms.BASE + rest);
    }

    /** The server path of a minted IRI (fragment dropped), if it is one. */
    public static Optional<String> pathFor(Node iri) {
        if (!iri.isURI() || !iri.getURI().startsWith(KgTerms.BASE))
            return Optional.empty();
        String rest = iri.getURI().substring(KgTerms.BASE.length());
        int hash = rest.indexOf('#');
        return Optional.of("/" + (hash >= 0 ? rest.substring(0, hash) : rest));
    }

    /** A link to a resource: relative for minted IRIs, the IRI itself for anything else. */
    public String href(Node iri) {
        if (!iri.isURI())
            return "#";
        String uri = iri.getURI();
        if (!uri.startsWith(KgTerms.BASE))
            return uri;
        return local(uri.substring(KgTerms.BASE.length()));
    }

    /** A link to a server path without its leading "/", e.g. {@code local("browse/people")}. */
    public String local(String pathNoSlash) {
        String h = toRoot + pathNoSlash;
        return h.isEmpty() ? "./" : (h.startsWith("#") ? "./" + h : h);
    }

    /** An absolute URL on the published server for a path without leading "/". */
    public String absolute(String pathNoSlash) {
        return (publicBase == null ? "/" : publicBase.toString()) + pathNoSlash;
    }
}
