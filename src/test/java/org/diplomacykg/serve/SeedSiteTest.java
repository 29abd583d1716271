package org.diplomacykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.facts.ArticleExtractor;
import org.diplomacykg.pipeline.ArticleGraphBuilder;
import org.diplomacykg.rdf.GazetteerLoader;
import org.diplomacykg.pipeline.ArticleLoader;
import org.diplomacykg.pipeline.Progress;
import org.diplomacykg.query.ParameterBinder;
import org.diplomacykg.query.QueryResult;
import org.diplomacykg.query.QueryRunner;
import org.diplomacykg.query.ResultRows;
import org.diplomacykg.query.SavedQueries;
import org.diplomacykg.query.SavedQuery;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site a reader meets after the README's first command ({@code dkg load seeds/ && dkg serve}):
 * the store built from {@code seeds/}, served with the saved queries of {@code queries/}. Every IRI
 * the documentation offers must answer, pages must name things as the queries do, and the landing
 * page, the dataset description and SPARQL must give the same counts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedSiteTest {
    /** Full IRIs of the project, and prefixed names with the queries' id: and dip: prefixes. */
    private static final Pattern OUR_IRI = Pattern.compile("https://w3id\\.org/diplomacy-kg/[^\\s)`\"'<>,;|]*");
    private static final Pattern PREFIXED = Pattern.compile("(?<![\\w/:.])(id|dip):([A-Za-z][\\w-]*(?:/[a-z0-9][\\w-]*)?)");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"#]*)(?:#[^\"]*)?\"");
    private static final Pattern H1 = Pattern.compile("<h1>(.*?)</h1>");

    private KgStore store;
    private KgServer server;
    private String base;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void serveTheSeeds(@TempDir Path dir) throws Exception {
        store = KgStore.open(dir.resolve("store"));
        // the per-article budget guards against pathological files, not seeds: on a busy shared
        // machine the first article, which also waits for the parser's models, can pass 20 s
        ArticleGraphBuilder builder = new ArticleGraphBuilder(new ArticleFileReader(),
                new ArticleExtractor(GazetteerLoader.fromOntology()), Duration.ofMinutes(5));
        new ArticleLoader(builder, r -> {
            throw new IllegalStateException("seed rejected: " + r.userMessage());
        }, Progress.NONE).load(List.of(Path.of("seeds")), store);
        server = KgServer.start(store.dataset(), ServeConfig.builder().port(0).timeout(Duration.ofSeconds(60))
                .articleDirs(List.of(Path.of("seeds"))).queriesDir(Path.of("queries")).build());
        base = server.url().toString();
    }

    @AfterAll
    void stop() {
        server.close();
        store.close();
    }

    // ---- item 2: examples that exist

    @Test
    void everyIriInTheQueriesAndTheReadmeDereferences() throws Exception {
        Map<String, String> iris = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("queries"), "*.rq")) {
            for (Path f : files) {
                collectIris(Files.readString(f, StandardCharsets.UTF_8), f.toString(), iris);
            }
        }
        collectIris(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8), "README.md", iris);
        collectIris(Files.readString(Path.of("queries/README.md"), StandardCharsets.UTF_8), "queries/README.md", iris);
        assertTrue(iris.keySet().stream().anyMatch(i -> i.contains("/id/event/")), "no event IRI found among " + iris.keySet());
        assertTrue(iris.keySet().stream().anyMatch(i -> i.contains("/id/country/cambodia")), "the README's Cambodia example");
        String ontologyPage = get("ontology").body();
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, String> e : iris.entrySet()) {
            String iri = e.getKey();
            int hash = iri.indexOf('#');
            if (hash >= 0) {
                // an ontology term: the ontology page must have its section
                String term = iri.substring(hash + 1);
                if (!ontologyPage.contains("id=\"" + term + "\"")) {
                    broken.add(iri + " (no section on the ontology page; named in " + e.getValue() + ")");
                }
                continue;
            }
            int status = get(iri.substring(KG.BASE.length())).statusCode();
            if (status != 200) {
                broken.add(iri + " → " + status + " (named in " + e.getValue() + ")");
            }
        }
        assertEquals(List.of(), broken, "IRIs in the documentation that name nothing on the seed store");
        assertTrue(iris.size() >= 10, "only " + iris.size() + " IRIs found: " + iris.keySet());
    }

    @Test
    void everyLinkOnTheLandingBrowseAndQueryPagesAnswers() throws Exception {
        Set<String> pages = new LinkedHashSet<>(List.of(""));
        for (String href : links("")) {
            if (href.startsWith("browse/") || href.startsWith("queries/")) {
                pages.add(href);
            }
        }
        assertTrue(pages.stream().filter(p -> p.startsWith("queries/")).count() >= 14, pages.toString());
        Set<String> targets = new LinkedHashSet<>();
        for (String page : pages) {
            for (String href : links(page)) {
                targets.add(resolve(page, href));
            }
        }
        List<String> broken = new ArrayList<>();
        for (String target : targets) {
            if (target.startsWith("ui/") || target.startsWith("dump/")) {
                continue; // the Fuseki UI's own files and the dump are tested elsewhere
            }
            // as a browser follows a link: HTML preferred, anything else accepted (the API answers CSV then)
            int status = get(target, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").statusCode();
            if (status != 200) {
                broken.add(target + " → " + status);
            }
        }
        assertTrue(targets.size() > 100, "only " + targets.size() + " links");
        assertEquals(List.of(), broken, "links on the served pages that do not answer 200");
    }

    // ---- item 1: one name per thing, the same on pages and in queries

    @Test
    void anEventPageIsNamedAsTheTimelineNamesIt() throws Exception {
        List<Map<String, String>> rows = rows("timeline", Map.of());
        assertEquals(16, rows.size(), rows.toString());
        for (Map<String, String> r : rows) {
            String page = get(r.get("event").substring(KG.BASE.length())).body();
            assertEquals(r.get("event_label"), h1(page), r.get("event"));
        }
    }

    // ---- item 4: articles named by headline or first sentence, metadata first, text once

    @Test
    void articlesAreNamedByHeadlineOrFirstSentence() throws Exception {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map<String, String> r : rows("articles", Map.of())) {
            String page = get(r.get("article").substring(KG.BASE.length())).body();
            names.put(r.get("file"), h1(page));
        }
        assertEquals(5, names.size(), names.toString());
        // 003 is a web page with a headline; the others are agency copy: their first sentence
        assertEquals("Vietnam - Laos relations are a priceless common asset of the two peoples.",
                names.get("003_7c6cb5a3442207ed.txt"));
        assertEquals("Party General Secretary Tô Lâm had a meeting with Lao Prime Minister Sonexay Siphandone in "
                + "Vientiane on December 1.", names.get("001_355fb81d80dc29d6.txt"));
        assertTrue(names.get("000_dc28ce060877cb66.txt").startsWith("Party General Secretary Tô Lâm’s recently concluded "
                + "state visit to Laos marked a historic milestone"), names.toString());
        assertTrue(names.get("000_dc28ce060877cb66.txt").endsWith(" …"), "a long first sentence is cut: " + names);
        names.forEach((file, name) -> assertFalse(name.contains(file.replace(".txt", "")), file + " named by its file: " + name));
    }

    @Test
    void anArticlePageShowsItsMetadataFirstAndItsTextOnce() throws Exception {
        String page = get("article/004_12d21b6b6f823ac9").body();
        int about = page.indexOf("<h2>About this article</h2>");
        int text = page.indexOf("<h2>Text</h2>");
        assertTrue(about > 0 && text > about, "metadata, then the text");
        assertTrue(page.indexOf("2026-01-26") < text, "the publication date is among the metadata");
        // a sentence of the body, once: in the marked text (read without its marks)
        String sentence = "following a formal welcoming ceremony at the headquarters of the Communist Party of Việt Nam";
        assertEquals(1, count(page.replaceAll("<[^>]*>", ""), sentence), "the article's text is shown once");
        assertFalse(page.contains(DIP.text.getURI()), "the text is not repeated as a property");
    }

    // ---- item 5: labels that read well

    @Test
    void aPersonPageReadsLinksBackwardsAndCommitmentsBySentence() throws Exception {
        String page = get("id/person/to-lam").body();
        assertTrue(page.contains(">commits to</a>"), "committed by, read backwards");
        assertTrue(page.contains(">takes part in</a>"), "participant, read backwards");
        assertFalse(page.contains(" of</a></th>"), "no property label with 'of' stuck on");
        assertTrue(page.contains("Tô Lâm encouraged large businesses of Việt Nam to keep expanding investments in his country"),
                "a commitment named by its party, cue and object");
        String commitments = get("browse/commitments").body();
        assertFalse(Pattern.compile(">(Agreed|Pledged|Affirmed|Proposed|Urged|Welcomed|Planned): ").matcher(commitments).find(),
                "no commitment named 'Agreed: …'");
        // the step is conjoined to "The countries should …", so its modality is the modal's (proposed), named by its targets
        assertTrue(commitments.contains("on targets of US$5 billion of bilateral trade and "
                + "US$10 billion of bilateral trade"), "the commitment that was 'Agreed: $10 billion, he said'");
    }

    // ---- item 9: the landing page, VoID and SPARQL count alike

    @Test
    void landingCountsAgreeWithVoidAndSparql() throws Exception {
        String landing = get("").body();
        assertTrue(landing.contains("Counted: the distinct things the articles mention"), "the page says what it counts");
        assertTrue(landing.contains("that no article mentions"), "and what the gazetteer adds");
        Graph voidGraph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(get(".well-known/void", "text/turtle").body(), Lang.TURTLE).parse(voidGraph);
        Node subset = Node.ANY;
        for (Triple t : voidGraph.find(Node.ANY, uri(VoidDescription.VOID + "subset"), Node.ANY).toList()) {
            subset = t.getObject();
        }
        assertTrue(subset.isURI() && subset.getURI().endsWith(VoidDescription.ARTICLES_SUBSET), "VoID names the articles subset");
        Node dataset = uri(base + ".well-known/void#dataset");
        Map<String, String> cards = Map.of("People", DIP.Person.getURI(), "Organisations", DIP.Organization.getURI(),
                "Countries", DIP.Country.getURI(), "Places", DIP.Place.getURI(), "Events (timeline)", DIP.Event.getURI(),
                "Commitments", DIP.Commitment.getURI(), "Projects", DIP.Project.getURI(), "Articles", DIP.Article.getURI());
        for (Map.Entry<String, String> card : cards.entrySet()) {
            long onLanding = landingCount(landing, card.getKey());
            long inSubset = entities(voidGraph, subset, card.getValue());
            long bySparql = sparqlCount("""
                    SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {
                      GRAPH ?g { ?g a <%s> . ?s a ?type }
                      ?type <http://www.w3.org/2000/01/rdf-schema#subClassOf>* <%s>
                    }""".formatted(DIP.Article.getURI(), card.getValue()));
            assertEquals(onLanding, inSubset, card.getKey() + ": landing page and VoID subset");
            assertEquals(onLanding, bySparql, card.getKey() + ": landing page and SPARQL");
            assertTrue(onLanding > 0, card.getKey() + " counts nothing");
        }
        // the whole dataset's partition of people is what the articles mention plus the gazetteer's others
        long gazetteerPeople = Long.parseLong(find(landing, "names (\\d+) people"));
        assertEquals(landingCount(landing, "People") + gazetteerPeople, entities(voidGraph, dataset, DIP.Person.getURI()));
        assertEquals(entities(voidGraph, dataset, DIP.Person.getURI()),
                sparqlCount("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + DIP.Person.getURI() + "> }"));
    }

    // ---- helpers

    private void collectIris(String text, String where, Map<String, String> out) {
        Matcher m = OUR_IRI.matcher(text);
        while (m.find()) {
            String iri = m.group().replaceAll("[.:]+$", "");
            if (iri.endsWith("/") || iri.endsWith("#") || iri.contains("…") || iri.contains("*") || iri.contains("{")) {
                continue; // a namespace, an elided or a pattern IRI
            }
            out.putIfAbsent(iri, where);
        }
        Matcher p = PREFIXED.matcher(text);
        while (p.find()) {
            String local = p.group(2);
            if (p.group(1).equals("id") && local.contains("/")) {
                out.putIfAbsent(KG.BASE + "id/" + local, where);
            } else if (p.group(1).equals("dip") && !local.contains("/")) {
                out.putIfAbsent(DIP.NS + local, where);
            }
        }
    }

    private List<String> links(String page) throws Exception {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(get(page).body());
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (!href.isEmpty() && !href.startsWith("http:") && !href.startsWith("https:") && !href.startsWith("mailto:")) {
                out.add(href);
            }
        }
        return out;
    }

    /** A relative link on {@code page} as a path below the server's base. */
    private String resolve(String page, String href) {
        URI resolved = URI.create(base + page).resolve(href);
        return resolved.toString().substring(base.length());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "text/html");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", accept).GET().build();
        return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private List<Map<String, String>> rows(String name, Map<String, String> params) {
        SavedQuery q = SavedQueries.fromDirectory(Path.of("queries")).get(name);
        QueryResult r = QueryRunner.local(store.dataset(), Duration.ofSeconds(60))
                .run(ParameterBinder.apply(q.query(), ParameterBinder.bind(q, params)));
        return ResultRows.of(r);
    }

    private long sparqlCount(String query) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60)).GET().build();
        String csv = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        return Long.parseLong(csv.lines().skip(1).findFirst().orElseThrow().strip());
    }

    private static long entities(Graph voidGraph, Node dataset, String cls) {
        for (Triple part : voidGraph.find(dataset, uri(VoidDescription.VOID + "classPartition"), Node.ANY).toList()) {
            if (voidGraph.contains(part.getObject(), uri(VoidDescription.VOID + "class"), uri(cls))) {
                Triple n = voidGraph.find(part.getObject(), uri(VoidDescription.VOID + "entities"), Node.ANY).next();
                return Long.parseLong(n.getObject().getLiteralLexicalForm());
            }
        }
        return 0;
    }

    private static long landingCount(String landing, String card) {
        return Long.parseLong(find(landing, "<span class=\"n\">(\\d+)</span><a [^>]*>" + Pattern.quote(card) + "</a>"));
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no " + regex);
        return m.group(1);
    }

    private static String h1(String page) {
        return find(page, H1.pattern()).replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    private static Node uri(String s) {
        return org.apache.jena.graph.NodeFactory.createURI(s);
    }
}
