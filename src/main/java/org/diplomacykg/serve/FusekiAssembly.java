package org.diplomacykg.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.prometheus.FMod_Prometheus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Builds the embedded Fuseki server from a {@link ServeConfig}:
 * <ul>
 * <li>dataset {@code /kg}: SPARQL query at {@code /kg}, {@code /kg/sparql}, {@code /kg/query};
 *     Graph Store Protocol read at {@code /kg}, {@code /kg/get}, {@code /kg/data};</li>
 * <li>with {@code update}: {@code /kg/update} (SPARQL Update) and {@code /kg/data} (GSP
 *     read-write); their writes for users of the password file only (HTTP Basic, {@link WriteAuthFilter}),
 *     their reads public;</li>
 * <li>queries parsed and sized within the timeout before Fuseki plans them ({@link BoundedQueryProcessor});</li>
 * <li>query timeout {@code arq:queryTimeout} on the dataset's context, and the union of the
 *     article graphs as the default graph of queries ({@code tdb2:unionDefaultGraph});</li>
 * <li>modules: admin (needed by the UI), UI, Prometheus; ping and metrics on;</li>
 * <li>filters on every request: {@link RequestLogFilter} (one line each), {@link RequestLimitFilter}
 *     (413 above {@link ServeConfig#maxRequestBytes()}), {@link CrossSiteWriteFilter}, our
 *     {@link CorsFilter} instead of Fuseki's; {@link AdminAccessFilter} on {@code /$/*};
 *     {@link PageCache} (rendered pages kept until a write);</li>
 * <li>the linked-data and page servlets.</li>
 * </ul>
 * Fuseki's admin area goes to {@link ServeConfig#effectiveAdminArea()} (set through the
 * {@code FUSEKI_BASE} system property, which Fuseki reads before the environment).
 */
final class FusekiAssembly {
    static final String REALM = "diplomacy-kg";

    private FusekiAssembly() {}

    static FusekiServer build(DatasetGraph dsg, ServeConfig cfg) {
        Path admin = cfg.effectiveAdminArea().toAbsolutePath();
        try {
            Files.createDirectories(admin);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Fuseki admin area " + admin, e);
        }
        System.setProperty("FUSEKI_BASE", admin.toString());
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(cfg.timeout().toMillis()));
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);

        if ((cfg.update() || cfg.admin()) && !Files.isReadable(cfg.passwordFile()))
            throw new IllegalArgumentException("Password file not readable: " + cfg.passwordFile());
        SiteContext site = SiteContext.of(dsg, cfg);
        FusekiServer.Builder b = FusekiServer.create()
                .port(cfg.port())
                .add("/" + ServeConfig.DATASET, dataService(dsg, cfg))
                .registerOperation(Operation.Query, new BoundedQueryProcessor(cfg.timeout(), QueryShapeCheck.MAX_PARTS))
                .enableCors(false)
                .enablePing(true)
                .enableStats(true)
                // /$/metrics comes from FMod_Prometheus (enableMetrics too would map it twice)
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create(), FMod_Prometheus.create()))
                .addFilter("/*", new RequestLogFilter())
                .addFilter("/*", new RequestLimitFilter(cfg.maxRequestBytes()))
                .addFilter("/*", new CrossSiteWriteFilter())
                .addFilter("/*", new CorsFilter())
                .addFilter("/$/*", cfg.admin() ? new AdminAccessFilter(cfg.passwordFile()) : new AdminAccessFilter())
                .addFilter("/*", new PageCache(PageCache.DEFAULT_MAX_BYTES))
                .addServlet("", new LandingServlet(site))
                .addServlet("/id/*", new ResourceServlet(site))
                .addServlet("/article/*", new ResourceServlet(site))
                .addServlet("/graph/*", new ResourceServlet(site))
                // "/ontology/*" covers /ontology itself and gives /ontology/nope the project's 404 page
                .addServlet("/ontology/*", new ResourceServlet(site))
                .addServlet("/browse/*", new BrowseServlet(site))
                .addServlet("/queries/*", new SavedQueryServlet(site))
                .addServlet("/api/*", new QueryApiServlet(site))
                .addServlet("/timeline", new ViewsServlet(site, ViewsServlet.View.TIMELINE))
                .addServlet("/network", new ViewsServlet(site, ViewsServlet.View.NETWORK))
                .addServlet("/.well-known/void", new VoidServlet(site))
                .addServlet("/dump/*", new DumpServlet(site))
                .addServlet("/ui/*", new UiServlet(site));
        if (cfg.update()) {
            b.addFilter("/" + ServeConfig.DATASET + "/*", new WriteAuthFilter(PasswordFile.read(cfg.passwordFile())));
            // after the auth filter: only writes that were let through can change labels
            b.addFilter("/" + ServeConfig.DATASET + "/*", new LabelRefreshFilter(dsg));
        }
        FusekiServer server = b.build();
        bindHost(server, cfg.host());
        return server;
    }

    static DataService dataService(DatasetGraph dsg, ServeConfig cfg) {
        DataService.Builder svc = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        if (cfg.update())
            // guarded by WriteAuthFilter: a Fuseki policy here would also close GET /kg/data to anonymous readers
            svc.addEndpoint(Operation.Update, "update")
               .addEndpoint(Operation.GSP_RW, "data");
        else
            svc.addEndpoint(Operation.GSP_R, "data");
        return svc.build();
    }

    /** Listen on one interface ("0.0.0.0" or "*" for all). */
    private static void bindHost(FusekiServer server, String host) {
        boolean all = host.equals("0.0.0.0") || host.equals("*") || host.equals("::");
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(all ? null : host);
    }
}
