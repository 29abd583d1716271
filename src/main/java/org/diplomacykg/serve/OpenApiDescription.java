package org.diplomacykg.serve;

import java.net.URI;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.query.Query;
import org.diplomacykg.query.ParamType;
import org.diplomacykg.query.QueryParam;
import org.diplomacykg.query.QueryUsageException;
import org.diplomacykg.query.ResultPage;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;

/**
 * The OpenAPI 3 description of the saved-query API, as grlc makes one from a repository of
 * queries: one {@code GET /{name}} operation per saved query, its {@code #+} header giving the
 * summary, description, tags and one query-string parameter per query parameter (type, whether
 * required, default, example), plus {@code format}. A file that does not parse is left out.
 *
 * <p>Example: {@code OpenApiDescription.of(queries, URI.create("http://127.0.0.1:3030/"))} has
 * {@code servers[0].url = "http://127.0.0.1:3030/api"} and {@code paths["/timeline"].get}.
 */
final class OpenApiDescription {
    static final String VERSION = "3.0.3";

    private OpenApiDescription() {}

    static JsonObject of(SavedQueries queries, URI publicBase) {
        JsonObject doc = new JsonObject();
        doc.put("openapi", VERSION);
        JsonObject info = new JsonObject();
        info.put("title", "Diplomacy knowledge graph: saved queries");
        info.put("version", "1");
        info.put("description", "Each saved SPARQL query of the knowledge graph as one GET operation. Parameters go in "
                + "the query string and are bound as RDF terms (IRIs or typed literals), exactly as `dkg query --param` "
                + "binds them; IRIs may be prefixed names such as id:person/to-lam. The answer's format follows "
                + "`?format=` or the Accept header.");
        JsonObject license = new JsonObject();
        license.put("name", "GPL-3.0-or-later");
        info.put("license", license);
        doc.put("info", info);
        JsonArray servers = new JsonArray();
        JsonObject server = new JsonObject();
        server.put("url", publicBase.resolve(QueryApiServlet.PATH).toString());
        servers.add(server);
        doc.put("servers", servers);
        JsonObject paths = new JsonObject();
        for (String name : queries.names()) {
            SavedQuery q;
            try {
                q = queries.get(name);
            } catch (QueryUsageException e) {
                continue;   // its /queries/NAME page says why
            }
            JsonObject item = new JsonObject();
            item.put("get", operation(q));
            paths.put("/" + name, item);
        }
        doc.put("paths", paths);
        return doc;
    }

    private static JsonObject operation(SavedQuery q) {
        JsonObject op = new JsonObject();
        op.put("operationId", q.name());
        op.put("summary", q.summary());
        if (q.header().description() != null)
            op.put("description", q.header().description().strip());
        JsonArray tags = new JsonArray();
        q.header().tags().forEach(tags::add);
        op.put("tags", tags);
        JsonArray params = new JsonArray();
        for (QueryParam p : q.params())
            params.add(parameter(p));
        params.add(formatParameter(q.query()));
        if (q.pageSize() > 0) {
            params.add(pageParameter(ResultPage.LIMIT, "Rows on the page (default " + q.pageSize() + ", at most "
                    + ResultPage.MAX_LIMIT + "). The Link header names the next page (rel=\"next\") while pages are full.",
                    q.pageSize(), 1, ResultPage.MAX_LIMIT));
            params.add(pageParameter(ResultPage.OFFSET, "Rows skipped before the page (default 0): offset=" + q.pageSize()
                    + " is the second page.", 0, 0, null));
        }
        op.put("parameters", params);
        JsonObject responses = new JsonObject();
        JsonObject ok = new JsonObject();
        ok.put("description", "The answer, in the format asked for");
        JsonObject content = new JsonObject();
        for (ApiResultFormat f : ApiResultFormat.offeredFor(q.query())) {
            JsonObject media = new JsonObject();
            JsonObject schema = new JsonObject();
            schema.put("type", "string");
            media.put("schema", schema);
            content.put(f.mediaType(), media);
        }
        ok.put("content", content);
        responses.put("200", ok);
        responses.put("400", plainText("A parameter value that does not fit its type, an unknown parameter, one given twice, "
                + "a missing required parameter or a format that cannot hold the answer (one line saying which)"));
        responses.put("404", plainText("No saved query of that name"));
        responses.put("406", plainText("The Accept header names no format this query can be answered in"));
        responses.put("503", plainText("The query took longer than the server's time limit"));
        op.put("responses", responses);
        return op;
    }

    private static JsonObject pageParameter(String name, String description, long dflt, long min, Long max) {
        JsonObject o = new JsonObject();
        o.put("name", name);
        o.put("in", "query");
        o.put("required", false);
        o.put("description", description);
        JsonObject schema = new JsonObject();
        schema.put("type", "integer");
        schema.put("default", dflt);
        schema.put("minimum", min);
        if (max != null)
            schema.put("maximum", max);
        o.put("schema", schema);
        return o;
    }

    private static JsonObject parameter(QueryParam p) {
        JsonObject o = new JsonObject();
        o.put("name", p.name());
        o.put("in", "query");
        o.put("required", p.mustBeGiven());
        if (p.description() != null)
            o.put("description", p.description()
                    + (p.optional() ? " Optional: left out, the query does not restrict on it." : ""));
        JsonObject schema = new JsonObject();
        schema.put("type", p.type() == ParamType.INTEGER ? "integer"
                : p.type() == ParamType.DECIMAL ? "number" : p.type() == ParamType.BOOLEAN ? "boolean" : "string");
        String format = switch (p.type()) {
            case IRI -> "iri";
            case DATE -> "date";
            case YEAR -> "year";
            default -> null;
        };
        if (format != null)
            schema.put("format", format);
        if (p.defaultValue() != null)
            schema.put("default", p.defaultValue());
        o.put("schema", schema);
        if (p.example() != null)
            o.put("example", p.example());
        return o;
    }

    private static JsonObject formatParameter(Query query) {
        JsonObject o = new JsonObject();
        o.put("name", QueryApiServlet.FORMAT);
        o.put("in", "query");
        o.put("required", false);
        o.put("description", "The answer's format; takes precedence over the Accept header.");
        JsonObject schema = new JsonObject();
        schema.put("type", "string");
        JsonArray names = new JsonArray();
        ApiResultFormat.offeredFor(query).forEach(f -> names.add(new JsonString(f.shortName())));
        schema.put("enum", names);
        schema.put("default", ApiResultFormat.offeredFor(query).get(0).shortName());
        o.put("schema", schema);
        return o;
    }

    private static JsonObject plainText(String description) {
        JsonObject r = new JsonObject();
        r.put("description", description);
        JsonObject content = new JsonObject();
        JsonObject media = new JsonObject();
        JsonObject schema = new JsonObject();
        schema.put("type", "string");
        media.put("schema", schema);
        content.put("text/plain", media);
        r.put("content", content);
        return r;
    }
}
