package org.diplomacykg.serve;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the Fuseki UI (from {@code jena-fuseki-ui}, installed by {@code FMod_UI}) at {@code /ui/},
 * since {@code /} is the landing page. The UI builds its API calls from the page's own path
 * ({@code /ui/$/server}, {@code /ui/kg/query}); this servlet answers {@code /ui/} with the UI's
 * {@code index.html} and sends every other {@code /ui/X} to {@code /X} with a 307, which keeps
 * the method and body, so the UI's static files and calls reach the real server paths.
 */
public final class UiServlet extends HttpServlet {
    private static final String INDEX = "webapp/index.html";

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Links.pathOf(req);
        String ctx = req.getContextPath();
        if (path.equals("/ui")) {
            resp.setStatus(HttpServletResponse.SC_FOUND);
            resp.setHeader("Location", ctx + "/ui/");
            return;
        }
        String rest = path.substring("/ui/".length());
        if (rest.isEmpty() || rest.equals("index.html")) {
            try (InputStream in = UiServlet.class.getClassLoader().getResourceAsStream(INDEX)) {
                if (in == null) {
                    Responses.text(resp, 404, "The Fuseki UI (jena-fuseki-ui) is not on the classpath.");
                    return;
                }
                Responses.send(resp, 200, "text/html; charset=utf-8", in.readAllBytes());
            }
            return;
        }
        String query = req.getQueryString();
        resp.setStatus(307);
        resp.setHeader("Location", ctx + "/" + rest + (query == null ? "" : "?" + query));
    }
}
