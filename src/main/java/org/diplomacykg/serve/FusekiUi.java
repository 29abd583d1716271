package org.diplomacykg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplomacykg.query.QueryUsageException;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;
import org.diplomacykg.store.Prefixes;

/**
 * The Fuseki UI (jena-fuseki-ui 5.6.0) fitted to this server, changed as it is served, never in
 * the jar it comes from:
 * <ul>
 * <li>the query editor's prefix buttons are the project's prefixes ({@code dip:}, {@code id:},
 *     {@code article:}…), and a new editor starts with them declared;</li>
 * <li>its "Example Queries" are the saved queries, each under its name and summary;</li>
 * <li>on a read-only server (no {@code --update}) the "add data" and "edit" tabs and buttons,
 *     and "new dataset", are hidden, and their routes lead to the query editor.</li>
 * </ul>
 * The editor's examples and prefixes are literals in the UI's {@code Query-*.js} chunk; they are
 * replaced when that file is served. If a later UI no longer holds those literals, the chunk is
 * served unchanged (and {@code FusekiUiTest} fails), rather than serving a broken UI.
 *
 * <p>Example: {@code new FusekiUi(queries, false).staticFile("Query-Dz-zoSFH.js")}.
 */
final class FusekiUi {
    static final String WEBAPP = "webapp/";
    private static final Pattern EXAMPLES = Pattern.compile(
            "queries:\\[\\{value:SELECT_TRIPLES_QUERY,text:\"Selection of triples\"\\},\\{value:SELECT_CLASSES_QUERY,text:\"Selection of classes\"\\}\\]");
    private static final Pattern PREFIXES = Pattern.compile(
            "prefixes:\\[\\{uri:\"http://www\\.w3\\.org/1999/02/22-rdf-syntax-ns#\",text:\"rdf\"\\}[^\\]]*\\]");
    private static final String EDITOR = "se.yasqe=new Yasqe(document.getElementById(\"yasqe\"),{";
    /** What a read-only server hides: routes and buttons that write or create. */
    static final String READ_ONLY_CSS = "a.nav-link[href$=\"/upload\"],a.nav-link[href$=\"/edit\"],a.nav-link[href=\"#/manage/new\"],"
            + "button:has(> svg[data-icon=\"upload\"]),button:has(> svg[data-icon=\"pen-to-square\"]){display:none!important}";
    private static final String READ_ONLY_SCRIPT = "(function(){function away(){var m=location.hash.match(/^#\\/dataset\\/([^/?]+)\\/(upload|edit)\\b/);"
            + "if(m)location.replace('#/dataset/'+m[1]+'/query');else if(/^#\\/manage\\/new\\b/.test(location.hash))location.replace('#/manage');}"
            + "away();addEventListener('hashchange',away);})();";

    private final SavedQueries queries;
    private final boolean readOnly;

    FusekiUi(SavedQueries queries, boolean readOnly) {
        this.queries = queries;
        this.readOnly = readOnly;
    }

    /** The UI's page, with the read-only rules when the server is read-only; empty when the UI is not on the classpath. */
    Optional<byte[]> index() {
        return resource("index.html").map(bytes -> {
            String html = new String(bytes, StandardCharsets.UTF_8)
                    .replace("<title>Apache Jena Fuseki UI</title>", "<title>SPARQL · Diplomacy KG (Apache Jena Fuseki UI)</title>");
            if (readOnly)
                html = html.replace("</head>", "<style>" + READ_ONLY_CSS + "</style><script>" + READ_ONLY_SCRIPT + "</script></head>");
            return html.getBytes(StandardCharsets.UTF_8);
        });
    }

    /** A file of the UI's {@code static/} folder; the query editor's chunk with our examples and prefixes. */
    Optional<byte[]> staticFile(String name) {
        if (name.contains("..") || name.contains("/"))
            return Optional.empty();
        Optional<byte[]> file = resource("static/" + name);
        if (file.isEmpty() || !name.startsWith("Query-") || !name.endsWith(".js"))
            return file;
        return Optional.of(fitQueryEditor(new String(file.get(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    /** The editor chunk with the saved queries as examples, the project's prefixes, and a first query that declares them. */
    String fitQueryEditor(String js) {
        Matcher examples = EXAMPLES.matcher(js);
        Matcher prefixes = PREFIXES.matcher(js);
        if (!examples.find() || !prefixes.find() || !js.contains(EDITOR))
            return js;
        String out = js.substring(0, examples.start()) + "queries:" + examplesArray() + js.substring(examples.end());
        prefixes = PREFIXES.matcher(out);
        prefixes.find();
        out = out.substring(0, prefixes.start()) + "prefixes:" + prefixesArray() + out.substring(prefixes.end());
        return out.replace(EDITOR, EDITOR + "value:" + jsString(firstQuery()) + ",");
    }

    private String examplesArray() {
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (String name : queries.names()) {
            try {
                SavedQuery q = queries.get(name);
                String text = queries.text(name).orElse(q.query().serialize());
                items.add("{value:" + jsString(text) + ",text:" + jsString(name + (q.summary().isEmpty() ? "" : " — " + q.summary())) + "}");
            } catch (QueryUsageException e) {
                // a file that does not parse is no example; its /queries/NAME page says why
            }
        }
        return items.toString();
    }

    private static String prefixesArray() {
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (Map.Entry<String, String> p : Prefixes.STANDARD.entrySet())
            items.add("{uri:" + jsString(p.getValue()) + ",text:" + jsString(p.getKey()) + "}");
        return items.toString();
    }

    /** The query a new editor starts with: the project's prefixes and the events with their dates. */
    static String firstQuery() {
        StringBuilder q = new StringBuilder();
        Prefixes.STANDARD.forEach((p, ns) -> q.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        q.append("\n# Events and their dates (the saved queries are under \"Example Queries\")\n")
         .append("SELECT ?event ?label ?date WHERE {\n")
         .append("  ?event a/rdfs:subClassOf* dip:Event ;\n")
         .append("         skos:prefLabel ?label .\n")
         .append("  OPTIONAL { ?event dip:date ?date }\n")
         .append("}\nORDER BY ?date\nLIMIT 25\n");
        return q.toString();
    }

    /** A JavaScript string literal (JSON's rules, plus the two line separators JSON allows and JS did not). */
    static String jsString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> {
                    if (c < 0x20)
                        b.append(String.format("\\u%04x", (int) c));
                    else
                        b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    private static Optional<byte[]> resource(String path) {
        try (InputStream in = FusekiUi.class.getClassLoader().getResourceAsStream(WEBAPP + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
