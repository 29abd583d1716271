package org.diplomacykg.serve;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the Fuseki UI (from {@code jena-fuseki-ui}, installed by {@code FMod_UI}) at {@code /ui/},
 * since {@code /} is the landing page, fitted to this server by {@link FusekiUi} (the project's
 * prefixes, the saved queries as examples, no upload or edit on a read-only server). This servlet
 * answers {@code /ui/} with the UI's page and {@code /ui/static/…} with its files (so the page's
 * scripts load the fitted query editor), and sends every other {@code /ui/X} to {@code /X} with a
 * 307, which keeps the method and body, so the UI's API calls ({@code /ui/$/server},
 * {@code /ui/kg/query}) reach the real server paths.
 */
public final class UiServlet extends HttpServlet {
    private final transient FusekiUi ui;
    /** The UI's files as served: read (and fitted) once, they do not change while the server runs. */
    private final transient Map<String, Optional<byte[]>> files = new ConcurrentHashMap<>();

    public UiServlet(SiteContext site) {
        this.ui = new FusekiUi(site.queries(), !site.config().update());
    }

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
            Optional<byte[]> index = files.computeIfAbsent("index.html", k -> ui.index());
            if (index.isEmpty())
                Responses.text(resp, 404, "The Fuseki UI (jena-fuseki-ui) is not on the classpath.");
            else
                Responses.send(resp, 200, "text/html; charset=utf-8", index.get());
            return;
        }
        if (rest.startsWith("static/") && "GET".equals(req.getMethod())) {
            String name = rest.substring("static/".length());
            Optional<byte[]> file = files.computeIfAbsent(name, ui::staticFile);
            if (file.isEmpty()) {
                Responses.text(resp, 404, "No such file of the Fuseki UI: " + name);
                return;
            }
            resp.setHeader("Cache-Control", "max-age=3600");
            Responses.send(resp, 200, contentType(name), file.get());
            return;
        }
        String query = req.getQueryString();
        resp.setStatus(307);
        resp.setHeader("Location", ctx + "/" + rest + (query == null ? "" : "?" + query));
    }

    private static String contentType(String name) {
        if (name.endsWith(".js"))
            return "text/javascript; charset=utf-8";
        if (name.endsWith(".css"))
            return "text/css; charset=utf-8";
        if (name.endsWith(".svg"))
            return "image/svg+xml";
        if (name.endsWith(".woff2"))
            return "font/woff2";
        return "application/octet-stream";
    }
}
