package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplomacykg.query.SavedQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fuseki UI as a visitor sees it in Chromium: the saved queries offered as example queries,
 * the project's prefixes as prefix buttons and declared in a new editor, "run at the endpoint"
 * from a query page opening the editor with that query, and on a read-only server no "add data"
 * or "edit" (hidden by a rule that a server started with --update does not have).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FusekiUiBrowserTest {
    static final SavedQueries CATALOGUE = SavedQueries.fromDirectory(Path.of("queries"));
    HeadlessChromium chromium;
    KgServer readOnly;
    KgServer writable;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        chromium = HeadlessChromium.findOrSkip(tmp);
        readOnly = KgServer.start(SeedSite.store().dataset(), SeedSite.config(tmp.resolve("fuseki")).build());
        Path pw = Files.writeString(tmp.resolve("passwd"), "loader: s3cret\n");
        writable = KgServer.start(SeedSite.store().dataset(), SeedSite.config(tmp.resolve("fuseki2")).update(true)
                .passwordFile(pw).build());
    }

    @AfterAll
    void stop() {
        if (readOnly != null)
            readOnly.close();
        if (writable != null)
            writable.close();
    }

    @Test
    void theEditorOffersTheSavedQueriesAndTheProjectsPrefixes() throws Exception {
        String dom = chromium.dumpDom(readOnly.url().resolve("ui/#/dataset/kg/query"));
        for (String name : CATALOGUE.names())
            assertTrue(dom.contains(">" + name + " — " + CATALOGUE.get(name).summary().substring(0, 10)),
                    "example query " + name + " in " + dom.substring(0, Math.min(dom.length(), 3000)));
        for (String prefix : new String[] {"dip", "id", "article", "dcterms"})
            assertTrue(dom.contains(">" + prefix + "</span>") || dom.contains(">" + prefix + "</button>") || dom.contains(">" + prefix + "<"),
                    "prefix button " + prefix);
        assertTrue(dom.contains("&lt;https://w3id.org/diplomacy-kg/ontology#&gt;"), "a new editor declares dip:");
        chromium.screenshot(readOnly.url().resolve("ui/#/dataset/kg/query"), HeadlessChromium.SCREENSHOTS.resolve("fuseki-ui-examples.png"),
                "1200,1300");
    }

    @Test
    void runAtTheEndpointOpensTheEditorWithTheBoundQuery() throws Exception {
        String page = chromium.dumpDom(readOnly.url().resolve("queries/person-meetings?person=id:person/to-lam"));
        Matcher run = Pattern.compile("href=\"\\.\\./(ui/#/dataset/kg/query\\?query=[^\"]+)\">Run at the SPARQL endpoint").matcher(page);
        assertTrue(run.find(), page);
        String editor = chromium.dumpDom(readOnly.url().resolve(run.group(1).replace("&amp;", "&")));
        assertTrue(editor.contains("https://w3id.org/diplomacy-kg/id/person/to-lam&gt;"), "the bound IRI is in the editor: " + editor);
        assertFalse(editor.contains("?_person_iri"), "bound, not the parameter variable");
    }

    @Test
    void aReadOnlyServerHidesUploadAndEditAWritableOneKeepsThem() throws Exception {
        String dom = chromium.dumpDom(readOnly.url().resolve("ui/#/dataset/kg/query"));
        assertTrue(dom.contains(FusekiUi.READ_ONLY_CSS), "the rule that hides them");
        // the rule's selectors match what the UI draws: tab links ending in /upload and /edit
        assertTrue(dom.contains("class=\"nav-link\" href=\"#/dataset/kg/upload\"") || dom.contains("href=\"#/dataset/kg/upload\" class=\"nav-link\""),
                "the UI still draws the tab the rule hides");
        String upload = chromium.dumpDom(readOnly.url().resolve("ui/#/dataset/kg/upload"));
        assertFalse(upload.contains("Upload files"), "the upload route leads to the query editor");
        chromium.screenshot(readOnly.url().resolve("ui/#/dataset/kg/query"), HeadlessChromium.SCREENSHOTS.resolve("fuseki-ui-read-only.png"),
                "1200,700");

        String withUpdate = chromium.dumpDom(writable.url().resolve("ui/#/dataset/kg/query"));
        assertFalse(withUpdate.contains(FusekiUi.READ_ONLY_CSS), "--update keeps upload and edit");
        assertTrue(withUpdate.contains("href=\"#/dataset/kg/upload\""));
    }
}
