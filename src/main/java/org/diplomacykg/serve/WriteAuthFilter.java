package org.diplomacykg.serve;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * With {@code --update}: writes need a user of the password file, reads stay public. Fuseki's
 * own endpoint policy guards a path for every method, so an anonymous {@code GET /kg/data}
 * would be refused too; this filter guards by method instead:
 * {@code /kg/update} for everything but {@code OPTIONS}, {@code /kg/data} for everything but
 * {@code GET}, {@code HEAD}, {@code OPTIONS}. (The other dataset paths offer no write at all.)
 */
public final class WriteAuthFilter implements Filter {
    private final PasswordFile users;

    WriteAuthFilter(PasswordFile users) {
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        String decoded = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        boolean write = isWrite(req.getMethod(), Links.pathOf(req)) || isWrite(req.getMethod(), decoded);
        if (!write || users.accepts(req.getHeader("Authorization"))) {
            chain.doFilter(request, response);
            return;
        }
        PasswordFile.challenge(req, (HttpServletResponse) response, "Writes need a user of the password file.");
    }

    static boolean isWrite(String method, String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
        String dataset = "/" + ServeConfig.DATASET;
        return p.equals(dataset + "/update") && !method.equals("OPTIONS") || p.equals(dataset + "/data") && !read;
    }
}
