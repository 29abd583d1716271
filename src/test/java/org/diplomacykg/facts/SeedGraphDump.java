package org.diplomacykg.facts;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.NodeFactory;
import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.document.Document;
import org.diplomacykg.rdf.ArticleGraphWriter;
import org.diplomacykg.rdf.vocab.KG;

/** Scratch harness: seeds → N-Quads with the fixture mentions, for the scorer. Args: seedsDir ontology.ttl out.nq */
public final class SeedGraphDump {
    public static void main(String[] args) throws Exception {
        DatasetGraph ds = DatasetGraphFactory.create();
        ArticleExtractor extractor = new ArticleExtractor(SeedMentions::of);
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            for (Path p : files.sorted().toList()) {
                var article = new ArticleReader().read(new ArticleFileReader().read(p));
                Graph g = new ArticleGraphWriter().write(extractor.extract(Document.of(article)));
                var report = new org.diplomacykg.rdf.ArticleGraphValidator().validate(g);
                report.getEntries().forEach(e -> System.out.println(p.getFileName() + " SHACL " + e.severity().level().getLocalName() + " " + e.focusNode() + " " + e.resultPath() + " " + e.message()));
                ds.addGraph(KG.article(article.file().stem()).asNode(), g);
            }
        }
        Graph ont = org.diplomacykg.rdf.OntologyFiles.ontologyGraph();
        ds.addGraph(NodeFactory.createURI(KG.ONTOLOGY), ont);
        try (OutputStream out = Files.newOutputStream(Path.of(args[2]))) {
            RDFDataMgr.write(out, ds, Lang.NQUADS);
        }
    }
}
