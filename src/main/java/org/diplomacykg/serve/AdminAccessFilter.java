package org.diplomacykg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps Fuseki's admin functions ({@code /$/…}: creating and deleting datasets, backups,
 * compaction, tasks, statistics) to requests from this machine. From elsewhere only liveness
 * and monitoring ({@code /$/ping}, {@code /$/metrics}) and the read-only server and dataset
 * descriptions the query UI needs ({@code GET /$/server}, {@code GET /$/datasets}) answer;
 * everything else is 403.
 */
public final class AdminAccessFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        if (allowed(req.getMethod(), Links.pathOf(req), isLoopback(req.getRemoteAddr()))) {
            chain.doFilter(request, response);
            return;
        }
        Responses.text((HttpServletResponse) response, HttpServletResponse.SC_FORBIDDEN,
                "Admin functions are available from the server's own machine only.");
    }

    /** The access rule, for a request to {@code path} made by {@code method}. */
    static boolean allowed(String method, String path, boolean fromLoopback) {
        if (fromLoopback)
            return true;
        if (path.equals("/$/ping") || path.equals("/$/metrics"))
            return true;
        boolean read = method.equals("GET") || method.equals("HEAD");
        return read && (path.equals("/$/server") || path.equals("/$/datasets") || path.startsWith("/$/datasets/"));
    }

    static boolean isLoopback(String remoteAddr) {
        try {
            return InetAddress.getByName(remoteAddr).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
