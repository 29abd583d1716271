package org.diplomacykg.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.system.Txn;

/**
 * Serves {@code /dump/diplomacy-kg.nq.gz}: the whole dataset as gzipped N-Quads (one graph per
 * article, plus the ontology graph), streamed from one read transaction, so it is a consistent
 * snapshot even while articles are being loaded.
 */
public final class DumpServlet extends HttpServlet {
    private final transient SiteContext site;

    public DumpServlet(SiteContext site) {
        this.site = site;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Links.pathOf(req).equals("/" + VoidDescription.DUMP_PATH)) {
            ResourceServlet.notFound(resp, RdfFormat.HTML, Links.forRequest(req, site.baseUrl()), Links.pathOf(req), null);
            return;
        }
        resp.setStatus(200);
        resp.setContentType("application/gzip");
        resp.setHeader("Content-Disposition", "attachment; filename=\"diplomacy-kg.nq.gz\"");
        try (OutputStream out = new GZIPOutputStream(resp.getOutputStream(), 1 << 16)) {
            Txn.executeRead(site.dsg(), () -> {
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, Lang.NQUADS);
                stream.start();
                StreamRDFOps.sendDatasetToStream(site.dsg(), stream);
                stream.finish();
            });
        }
    }
}
