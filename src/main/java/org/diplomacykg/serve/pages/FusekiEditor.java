package org.diplomacykg.serve.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.diplomacykg.serve.Links;

/**
 * Links into the Fuseki UI's query editor ({@code /ui/}) with a query already in it: the UI's
 * query view reads its {@code ?query=} route parameter into the editor (jena-fuseki-ui 5.6.0,
 * {@code Query.vue}), so "run at the endpoint" shows the query to read, edit and run instead of
 * a raw results document.
 *
 * <p>Example: {@code FusekiEditor.href(links, "SELECT * { ?s ?p ?o } LIMIT 10")} is
 * {@code ui/#/dataset/kg/query?query=SELECT%20*%20%7B…} (relative to the page).
 */
public final class FusekiEditor {
    private FusekiEditor() {}

    public static String href(Links links, String queryText) {
        // %20, not '+': the UI's router reads the part after '#' itself
        return links.local("ui/#/dataset/kg/query") + "?query="
                + URLEncoder.encode(queryText, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
