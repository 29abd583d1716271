package org.diplomacykg.document.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link CoreNlpParser} runs CoreNLP's dependency parser itself and makes only the two graphs the
 * rules read; they must be the very graphs CoreNLP's own depparse annotator makes.
 */
class ParserGraphsTest {

    @Test
    void basicAndEnhancedGraphsAreThoseOfCoreNlpsDepparseAnnotator() throws IOException {
        Properties p = new Properties();
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep,ptb3Escaping=false");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        Properties tagging = new Properties();
        tagging.putAll(p);
        tagging.setProperty("annotators", "tokenize,ssplit,pos");
        StanfordCoreNLP tagger = new StanfordCoreNLP(tagging);
        Properties parsing = new Properties();
        parsing.putAll(p);
        parsing.setProperty("annotators", "depparse");
        StanfordCoreNLP annotator = new StanfordCoreNLP(parsing, false);
        CoreNlpParser ours = CoreNlpParser.shared();

        int sentences = 0;
        for (String paragraph : seedParagraphs()) {
            Annotation reference = new Annotation(paragraph);
            tagger.annotate(reference);
            annotator.annotate(reference);
            Annotation fast = new Annotation(paragraph);
            tagger.annotate(fast);
            List<CoreMap> expected = reference.get(CoreAnnotations.SentencesAnnotation.class);
            List<CoreMap> actual = fast.get(CoreAnnotations.SentencesAnnotation.class);
            assertEquals(expected.size(), actual.size(), paragraph);
            for (int i = 0; i < expected.size(); i++) {
                ours.parseSentence(actual.get(i));
                for (var graph : List.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                        SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)) {
                    assertEquals(edges(expected.get(i).get(graph)), edges(actual.get(i).get(graph)),
                            graph.getSimpleName() + " of: " + expected.get(i));
                }
                sentences++;
            }
        }
        assertTrue(sentences > 100, "seed sentences compared: " + sentences);
    }

    private static List<String> edges(SemanticGraph g) {
        List<String> out = new ArrayList<>();
        g.getRoots().forEach(r -> out.add("root -> " + r.index()));
        g.edgeListSorted().forEach(e -> out.add(e.getGovernor().index() + " -" + e.getRelation() + "-> " + e.getDependent().index()));
        return out;
    }

    /** The seeds' paragraphs (blank-line separated), the article text the loader annotates. */
    private static List<String> seedParagraphs() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                for (String para : Files.readString(f).split("\\n\\s*\\n")) {
                    if (!para.isBlank())
                        out.add(para.strip());
                }
            }
        }
        return out;
    }
}
