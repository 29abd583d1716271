package org.diplomacykg.pipeline;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleFile;
import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.RejectedInputException;
import org.diplomacykg.document.Document;
import org.diplomacykg.facts.ArticleExtractor;
import org.diplomacykg.facts.FactExtractor;
import org.diplomacykg.rdf.ArticleGraphValidator;
import org.diplomacykg.rdf.ArticleGraphWriter;
import org.diplomacykg.rdf.GazetteerLoader;
import org.diplomacykg.rdf.vocab.KG;
import org.diplomacykg.store.ArticleGraph;

/**
 * The whole path from one file to a stored-ready graph: read, parse, extract, write RDF,
 * validate. Anything wrong with the file comes out as a {@link RejectedInputException} before
 * the store is touched.
 */
public final class ArticleGraphBuilder {
    private final ArticleFileReader fileReader;
    private final ArticleReader articleReader = new ArticleReader();
    private final FactExtractor extractor;
    private final ArticleGraphWriter writer = new ArticleGraphWriter();
    private final ArticleGraphValidator validator = new ArticleGraphValidator();
    private StageTimes times = new StageTimes();

    public ArticleGraphBuilder() {
        this(new ArticleFileReader(), new ArticleExtractor(GazetteerLoader.fromOntology()));
    }

    public ArticleGraphBuilder(ArticleFileReader fileReader, FactExtractor extractor) {
        this.fileReader = fileReader;
        this.extractor = extractor;
    }

    /**
     * Sums the time of each step into {@code shared} (several builders, one per worker, may share
     * one); returns this builder.
     */
    public ArticleGraphBuilder timedInto(StageTimes shared) {
        this.times = shared;
        return this;
    }

    /** Reads the file only (cheap), to compare its hash with the stored one. */
    public ArticleFile readFile(Path path) throws RejectedInputException {
        long t0 = System.nanoTime();
        ArticleFile file = fileReader.read(path);
        times.addRead(System.nanoTime() - t0);
        return file;
    }

    public ArticleGraph build(ArticleFile file) throws RejectedInputException {
        long t0 = System.nanoTime();
        Article article = articleReader.read(file);
        Graph graph;
        try {
            long t1 = System.nanoTime();
            times.addRead(t1 - t0);
            Document document = Document.of(article);
            long t2 = System.nanoTime();
            times.addDocument(t2 - t1);
            var facts = extractor.extract(document);
            long t3 = System.nanoTime();
            times.addExtract(t3 - t2);
            graph = writer.write(facts);
            times.addRdf(System.nanoTime() - t3);
        } catch (RuntimeException e) {
            // A fault in a rule must cost one article, not the whole load: the file is reported
            // and skipped like bad input, and nothing of it is stored.
            throw new RejectedInputException(file.path().toString(),
                    "extraction failed (" + e + "); the file was skipped, please report it");
        }
        long t4 = System.nanoTime();
        ValidationReport report = validator.validate(graph);
        times.addValidate(System.nanoTime() - t4);
        if (ArticleGraphValidator.hasViolations(report)) {
            String first = report.getEntries().stream().filter(e -> e.severity().level().getLocalName().equals("Violation"))
                    .findFirst().map(ArticleGraphValidator::describe).orElse("");
            throw new RejectedInputException(file.path().toString(),
                    "its graph breaks the shapes (" + report.getEntries().size() + " results; first: " + first + ")");
        }
        return new ArticleGraph(KG.article(file.stem()).asNode(), file.sha256(), graph, file.path().toString());
    }
}
