package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.diplomacykg.rdf.vocab.KG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every evidence link of the seed store ({@code article/…#quote-BEGIN-END}, what every fact's page
 * links to) reaches an anchor on its article's page as Chromium renders it, and the anchored text
 * starts with the quote, also where quotes overlap or nest.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceAnchorsBrowserTest {
    HeadlessChromium chromium;
    KgServer server;

    @BeforeAll
    void start(@TempDir Path tmp) {
        chromium = HeadlessChromium.findOrSkip(tmp);
        server = KgServer.start(SeedSite.store().dataset(), SeedSite.config(tmp.resolve("fuseki")).build());
    }

    @AfterAll
    void stop() {
        if (server != null)
            server.close();
    }

    /** Evidence IRI → its quote, for every {@code fact dip:evidence ev} in the store, by article. */
    static Map<String, Map<String, String>> evidenceLinksByArticle(DatasetGraph dsg) {
        Map<String, Map<String, String>> out = new TreeMap<>();
        Txn.executeRead(dsg, () -> dsg.find(Node.ANY, Node.ANY, KgTerms.EVIDENCE, Node.ANY).forEachRemaining(q -> {
            String ev = q.getObject().getURI();
            String quote = dsg.find(Node.ANY, q.getObject(), KgTerms.QUOTE, Node.ANY).next().getObject().getLiteralLexicalForm();
            out.computeIfAbsent(ev.substring(0, ev.indexOf('#')), a -> new TreeMap<>()).put(ev, quote);
        }));
        return out;
    }

    @Test
    void everyEvidenceLinkOfTheSeedStoreReachesItsQuote() throws Exception {
        Map<String, Map<String, String>> links = evidenceLinksByArticle(SeedSite.store().dataset());
        int total = 0;
        List<String> missing = new ArrayList<>();
        for (var article : links.entrySet()) {
            URI page = server.url().resolve(article.getKey().substring(KG.BASE.length()));
            String dom = chromium.dumpDom(page);
            for (var ev : article.getValue().entrySet()) {
                total++;
                String id = ev.getKey().substring(ev.getKey().indexOf('#') + 1);
                int at = dom.indexOf(" id=\"" + id + "\"");
                if (at < 0) {
                    missing.add(id + " (no anchor on " + page + ")");
                    continue;
                }
                String after = visibleText(dom.substring(dom.indexOf('>', at) + 1));
                String quote = ev.getValue().replaceAll("\\s+", " ");
                String start = quote.substring(0, Math.min(40, quote.length()));
                if (!after.startsWith(start))
                    missing.add(id + " (anchor text starts '" + after.substring(0, Math.min(40, after.length()))
                            + "', quote '" + start + "')");
            }
        }
        assertTrue(total > 100, "the seed store's evidence links: " + total);
        System.out.println("evidence links followed in Chromium: " + total + ", unanchored: " + missing.size());
        assertEquals(List.of(), missing, missing.size() + " of " + total + " evidence links land nowhere");
        String first = links.keySet().iterator().next().substring(KG.BASE.length());
        chromium.screenshot(server.url().resolve(first), HeadlessChromium.SCREENSHOTS.resolve("article-quotes.png"), "1200,1600");
    }

    /** Text as read: tags dropped, the entities Chromium writes in text decoded, white space folded. */
    static String visibleText(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")
                .replace("&amp;", "&").replaceAll("\\s+", " ");
    }
}
