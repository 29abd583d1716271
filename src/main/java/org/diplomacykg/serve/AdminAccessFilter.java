package org.diplomacykg.serve;

import java.io.IOException;
import java.nio.file.Path;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards Fuseki's admin functions ({@code /$/…}). Where the request comes from proves nothing
 * (behind a reverse proxy on the same host every request is "localhost"), so the rule is:
 * <ul>
 * <li>open to anyone: liveness and monitoring ({@code /$/ping}, {@code /$/metrics}, {@code GET /$/stats})
 *     and the read-only descriptions the query UI needs ({@code GET /$/server}, {@code GET /$/datasets});</li>
 * <li>never: creating or deleting a dataset ({@code POST}/{@code DELETE} on {@code /$/datasets}) — the
 *     server serves the one store it was started on, and Fuseki would keep a created dataset, open to
 *     anonymous updates, across restarts;</li>
 * <li>everything else (backup, compact, tasks, …): only with {@code dkg serve --admin}, and then only
 *     with HTTP Basic credentials from the password file; otherwise 403.</li>
 * </ul>
 */
public final class AdminAccessFilter implements Filter {
    private final PasswordFile users;

    /** No admin: only the open paths answer. */
    public AdminAccessFilter() {
        this.users = null;
    }

    /** Admin for the users of {@code passwordFile} (Jetty realm format, {@code user: password[, role…]}). */
    public AdminAccessFilter(Path passwordFile) {
        this.users = PasswordFile.read(passwordFile);
    }

    enum Access { OPEN, NEVER, ADMIN }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        switch (access(req.getMethod(), Links.pathOf(req))) {
            case OPEN -> chain.doFilter(request, response);
            case NEVER -> Responses.text(resp, HttpServletResponse.SC_FORBIDDEN,
                    "Datasets are not created or deleted over HTTP: this server serves the store it was started on.");
            case ADMIN -> {
                if (users == null) {
                    Responses.text(resp, HttpServletResponse.SC_FORBIDDEN,
                            "Admin functions are off (start dkg serve with --admin --password-file FILE).");
                } else if (users.accepts(req.getHeader("Authorization"))) {
                    chain.doFilter(request, response);
                } else {
                    PasswordFile.challenge(req, resp, "Admin functions need a user of the password file.");
                }
            }
        }
    }

    /** The access rule for a request to {@code path} made by {@code method}. */
    static Access access(String method, String path) {
        boolean read = method.equals("GET") || method.equals("HEAD");
        if (path.equals("/$/ping") || path.equals("/$/metrics"))
            return Access.OPEN;
        boolean datasets = path.equals("/$/datasets") || path.startsWith("/$/datasets/");
        if (read && (path.equals("/$/server") || datasets || path.equals("/$/stats") || path.startsWith("/$/stats/")))
            return Access.OPEN;
        if (datasets)
            return Access.NEVER;
        return Access.ADMIN;
    }

}
