package org.diplomacykg.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.diplomacykg.query.OutputFormat;
import org.diplomacykg.query.ParameterBinder;
import org.diplomacykg.query.QueryFailedException;
import org.diplomacykg.query.QueryListing;
import org.diplomacykg.query.QueryResult;
import org.diplomacykg.query.QueryRunner;
import org.diplomacykg.query.QueryUsageException;
import org.diplomacykg.query.ResultPage;
import org.diplomacykg.query.ResultPrinter;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;
import org.diplomacykg.store.KgStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dkg query}: run a saved query (or any .rq file) on the store or a SPARQL endpoint. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a saved query from queries/ by name, or any .rq file, on the local store or a SPARQL endpoint.",
                "Parameters are bound as RDF terms (IRIs or typed literals), never pasted into the query text."},
        footer = {"", "Examples:", "  dkg query --list",
                "  dkg query timeline --param country2=id:country/cambodia",
                "  dkg query find-entity --param name='vung ang' --format csv",
                "  dkg query targets --endpoint http://localhost:3030/kg",
                "", "Exit codes: 0 ok, 1 query failed (endpoint unreachable, HTTP error, timeout), 2 usage "
                + "(unknown query or parameter, bad value, syntax error in a .rq file), 3 store unusable."})
public class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    VerboseOption verboseOption;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME|FILE",
            description = "A saved query name (file name without .rq) or a path to a .rq file.")
    String queryName;

    @Option(names = "--list", description = "List the saved queries with their summaries and parameters.")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter value; repeat for several. IRIs may be written with the query's prefixes (dip:Energy).")
    List<String> params;

    @Option(names = {"-f", "--format", "--results"}, paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES}. Default: table on a terminal, tsv otherwise; turtle for CONSTRUCT/DESCRIBE.")
    OutputFormat format;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target = new Target();

    static class Target {
        @Option(names = {"-s", "--store", "--loc"}, paramLabel = "DIR", description = "TDB2 store directory (--loc as in Jena's tdb2 commands). Default: data/store")
        Path store;
        @Option(names = "--endpoint", paramLabel = "URL",
                description = "SPARQL query endpoint instead of the local store, e.g. http://localhost:3030/kg")
        String endpoint;
    }

    @Option(names = "--limit", paramLabel = "N",
            description = "Rows on the page (a listing's default page is in its header), or at most N rows of a query without a page.")
    Long limit;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N rows: --offset 100 with a page of 100 is the second page.")
    Long offset;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Give up after this many seconds. Default: ${DEFAULT-VALUE}")
    int timeoutSeconds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            SavedQueries catalogue = SavedQueries.load();
            if (list) {
                return QueryListing.print(catalogue, out, err).isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
            }
            if (queryName == null) {
                throw new QueryUsageException("name a saved query or a .rq file (dkg query --list shows the saved queries)");
            }
            if (limit != null && limit < 0 || offset != null && offset < 0 || timeoutSeconds <= 0) {
                throw new QueryUsageException("--limit and --offset must be 0 or more, --timeout more than 0");
            }
            SavedQuery saved = catalogue.resolve(queryName);
            Map<String, String> given = ParameterBinder.parseAssignments(params);
            Map<Var, Node> bindings = ParameterBinder.bind(saved, given);
            Query query;
            if (saved.pageSize() > 0 && (limit == null || limit > 0)) {
                // a listing: the page is set where the query chooses its rows (ResultPage), not on the outside
                query = saved.bound(bindings, new ResultPage(limit != null ? limit : saved.pageSize(),
                        offset != null ? offset : 0));
            } else {
                query = ParameterBinder.apply(saved.query(), bindings);
                if (limit != null) {
                    query.setLimit(query.hasLimit() ? Math.min(query.getLimit(), limit) : limit);
                }
                if (offset != null) {
                    query.setOffset(offset);
                }
            }
            OutputFormat fmt = format != null ? format : OutputFormat.defaultFor(query, System.console() != null);
            if (!fmt.fits(query)) {
                boolean graph = query.isConstructType() || query.isDescribeType();
                throw new QueryUsageException("--format " + fmt + " does not fit " + saved.name() + ", a "
                        + query.queryType() + " query (use " + (graph ? "turtle or jsonld" : "table, csv, tsv, json or xml") + ")");
            }
            if (verboseOption.verbose) {
                err.println(query);
                err.flush();
            }
            QueryRunner runner = runner();
            QueryResult result = runner.run(query);
            new ResultPrinter(saved.query().getPrefixMapping()).print(result, fmt, out);
            out.flush();
            if (result instanceof QueryResult.Rows rows && rows.size() == 0) {
                reportIrisThatMatchNothing(runner, saved, given.keySet(), bindings, err);
            }
            return ExitCodes.OK;
        } catch (QueryUsageException e) {
            throw new DkgException(ExitCodes.USAGE, e.getMessage(), e);
        } catch (QueryFailedException e) {
            throw new DkgException(ExitCodes.FAILURE, e.getMessage(), e);
        }
    }

    /** The query used to tell an IRI the store has never heard of (parsed once, the IRI bound as a term). */
    private static final Query IRI_IS_KNOWN = QueryFactory.create("ASK { { ?iri ?p ?o } UNION { ?s ?p ?iri } }");

    /**
     * An empty answer because an IRI parameter names nothing in the store (a typo, an IRI minted
     * differently) looks like an honest "no results"; say so on standard error, keeping exit code 0.
     */
    private static void reportIrisThatMatchNothing(QueryRunner runner, SavedQuery saved, Set<String> given,
                                                   Map<Var, Node> bindings, PrintWriter err) {
        for (String name : given) {
            Node value = bindings.get(Var.alloc(saved.param(name).variable()));
            if (value == null || !value.isURI()) {
                continue;
            }
            Query ask = ParameterBinder.apply(IRI_IS_KNOWN, Map.of(Var.alloc("iri"), value));
            if (runner.run(ask) instanceof QueryResult.Bool known && !known.value()) {
                err.println("dkg: --param " + name + ": " + value.getURI()
                        + " matches nothing in the store (no triple has it as subject or object)");
            }
        }
        err.flush();
    }

    private QueryRunner runner() {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        if (target.endpoint != null) {
            return QueryRunner.remote(checkEndpoint(target.endpoint), timeout);
        }
        Path dir = target.store != null ? target.store : Path.of("data/store");
        if (!Files.isDirectory(dir)) {
            throw new DkgException(ExitCodes.INPUT_REJECTED, dir + ": no store here (load articles first: dkg load --store "
                    + dir + " FILE...), or query a server with --endpoint URL");
        }
        StoreOptions options = new StoreOptions();
        options.store = dir;
        KgStore store = options.open();
        // the store stays open until the JVM exits, like every TDB2 database it caches
        return QueryRunner.local(store.dataset(), timeout);
    }

    private static String checkEndpoint(String url) {
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new QueryUsageException("--endpoint: not an http(s) URL: " + url);
    }
}
