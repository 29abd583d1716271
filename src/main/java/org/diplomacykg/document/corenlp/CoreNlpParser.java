package org.diplomacykg.document.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.diplomacykg.article.TextBlock;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.TextParser;
import org.diplomacykg.document.TimeExpression;
import org.diplomacykg.document.Word;

/**
 * The document step on Stanford CoreNLP: tokens and sentences, parts of speech, lemmas, named
 * entities with SUTime dates anchored on the publication date, and Universal Dependencies
 * parses. The only class that sees CoreNLP; everything after it reads {@link Sentence} and
 * {@link Word} records.
 *
 * <p>Each paragraph is annotated on its own, so a sentence never runs across a paragraph
 * break, and CoreNLP's character offsets are turned into the file's code points here.
 */
public final class CoreNlpParser implements TextParser {
    /** What the rules use; each annotator must pay for itself in measured F1 (see README). */
    public static final List<String> STANDARD_ANNOTATORS = List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse");
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private static volatile CoreNlpParser shared;

    private final StanfordCoreNLP pipeline;
    private final boolean parses;

    public CoreNlpParser(List<String> annotators) {
        RedwoodConfiguration.current().clear().apply(); // CoreNLP's own progress chatter is not ours to print
        Properties p = new Properties();
        p.setProperty("annotators", String.join(",", annotators));
        // keep every character: offsets must map back to the file exactly
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep,ptb3Escaping=false");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "true");
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        this.pipeline = new StanfordCoreNLP(p);
        this.parses = annotators.contains("depparse");
    }

    /** The process's parser with {@link #STANDARD_ANNOTATORS}, loaded on first use. */
    public static CoreNlpParser shared() {
        CoreNlpParser p = shared;
        if (p == null) {
            synchronized (CoreNlpParser.class) {
                p = shared;
                if (p == null) {
                    p = new CoreNlpParser(STANDARD_ANNOTATORS);
                    shared = p;
                }
            }
        }
        return p;
    }

    @Override
    public List<Sentence> parse(List<TextBlock> paragraphs, LocalDate published) {
        List<Sentence> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            TextBlock block = paragraphs.get(p);
            if (block.text().isBlank()) {
                continue;
            }
            SpacedText spaced = SpacedText.of(block.text());
            CoreDocument doc = new CoreDocument(spaced.text());
            if (published != null) {
                doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, published.toString());
            }
            pipeline.annotate(doc);
            for (CoreSentence s : doc.sentences()) {
                out.add(sentence(out.size(), p, block, s, spaced));
            }
        }
        return out;
    }

    private Sentence sentence(int index, int paragraph, TextBlock block, CoreSentence s, SpacedText spaced) {
        String para = block.text();
        List<CoreLabel> tokens = s.tokens();
        int charStart = spaced.original(tokens.get(0).beginPosition());
        int charEnd = spaced.original(tokens.get(tokens.size() - 1).endPosition());
        String text = para.substring(charStart, charEnd);
        int begin = block.begin() + para.codePointCount(0, charStart);
        int end = begin + para.codePointCount(charStart, charEnd);

        int[] heads = new int[tokens.size()];
        String[] relations = new String[tokens.size()];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "");
        if (parses) {
            // the tree is the basic parse (one head per word); its relations take the case marker
            // the enhanced parse adds ("obl:with", "nmod:of", "conj:and") where the same arc is there
            SemanticGraph basic = s.coreMap().get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            SemanticGraph enhanced = s.dependencyParse();
            Map<Long, String> refined = new HashMap<>();
            if (enhanced != null) {
                for (SemanticGraphEdge e : enhanced.edgeIterable()) {
                    refined.put(arc(e), e.getRelation().toString());
                }
            }
            if (basic != null) {
                for (SemanticGraphEdge e : basic.edgeIterable()) {
                    int dep = e.getDependent().index() - 1;
                    heads[dep] = e.getGovernor().index() - 1;
                    relations[dep] = refined.getOrDefault(arc(e), e.getRelation().toString());
                }
                for (IndexedWord root : basic.getRoots()) {
                    relations[root.index() - 1] = "root";
                }
            }
        }
        List<Word> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            int ws = spaced.original(t.beginPosition()) - charStart;
            int we = spaced.original(t.endPosition()) - charStart;
            String ner = t.ner() == null ? Word.NO_ENTITY : t.ner();
            words.add(new Word(i, ws, we, text.substring(ws, we), orWord(t.lemma(), t), orWord(t.tag(), t), ner, heads[i],
                    relations[i]));
        }
        List<org.diplomacykg.document.TimeExpression> times = new ArrayList<>();
        List<CoreEntityMention> mentions = s.entityMentions();
        if (mentions != null) {
            for (CoreEntityMention m : mentions) {
                Timex timex = m.coreMap().get(TimeAnnotations.TimexAnnotation.class);
                if (timex != null && TIME_TYPES.contains(m.entityType()) && timex.value() != null) {
                    int ms = spaced.original(m.charOffsets().first()) - charStart;
                    int me = spaced.original(m.charOffsets().second()) - charStart;
                    times.add(new TimeExpression(ms, me, text.substring(ms, me), m.entityType(), timex.value()));
                }
            }
        }
        return new Sentence(index, paragraph, begin, end, text, block.heading(), words, times);
    }

    private static long arc(SemanticGraphEdge e) {
        return (long) e.getGovernor().index() << 32 | e.getDependent().index();
    }

    private static String orWord(String value, CoreLabel t) {
        return value == null ? t.word() : value;
    }
}
