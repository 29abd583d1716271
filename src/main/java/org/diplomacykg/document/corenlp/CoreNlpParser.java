package org.diplomacykg.document.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.diplomacykg.article.TextBlock;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.TextLimits;
import org.diplomacykg.document.TextParser;
import org.diplomacykg.document.TextTooLongException;
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
 *
 * <p>The cost stays linear in the text ({@link TextLimits}): every paragraph is first only cut
 * into sentences and words (cheap), and a text over the word or sentence limits is refused then;
 * the tagger and the entity classifiers skip sentences over the annotated length
 * ({@code pos.maxlen}, {@code ner.maxlen}), and the parser is given only the sentences within it.
 * An interrupted thread stops between paragraphs.
 */
public final class CoreNlpParser implements TextParser {
    /** What the rules use; each annotator must pay for itself in measured F1 (see README). */
    public static final List<String> STANDARD_ANNOTATORS = List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse");
    /**
     * SUTime inside the entity classifiers ("ner" must be asked for too): dates and times
     * normalised against the publication date ({@link Sentence#times()}). Not standard: no rule
     * reads the values yet, and it took 40 % of a load's processor time; without it the numeric
     * classifiers still tag sums, numbers and percentages, and the graphs of the seeds and
     * corpus/dev are the same.
     */
    public static final String TIME_NORMALISATION = "sutime";
    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");

    private static volatile CoreNlpParser shared;

    private static final Set<String> SPLITTING = Set.of("tokenize", "ssplit");
    private static final String PARSING = "depparse";
    private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /**
     * Hidden-layer slices the parser keeps for words outside its precomputed ones. At CoreNLP's
     * default of 5,000 most lookups missed (12 % of a load's processor time); each slice is 200
     * floats, so this is about 90 MB at most. A hit gives the very value a miss computes.
     */
    private static final int PARSER_CACHED_SLICES = 100_000;

    /** tokenize, ssplit: cheap, run first over the whole text to check the limits. */
    private final StanfordCoreNLP splitter;
    /** pos, lemma, ner (those asked for), on the split text; null when none is. */
    private final StanfordCoreNLP annotators;
    /**
     * depparse's parser, on the sentences within the annotated length; null when not asked for.
     * Called directly rather than through CoreNLP's annotator, which makes five graphs of every
     * parse where two are read (the basic tree and the enhanced++ graph): the other three took
     * 10 % of a load's processor time once SUTime was off.
     */
    private final DependencyParser parser;
    private final TextLimits limits;

    public CoreNlpParser(List<String> annotators) {
        this(annotators, TextLimits.STANDARD);
    }

    public CoreNlpParser(List<String> annotators, TextLimits limits) {
        RedwoodConfiguration.current().clear().apply(); // CoreNLP's own progress chatter is not ours to print
        this.limits = limits;
        Properties p = new Properties();
        // keep every character: offsets must map back to the file exactly
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep,ptb3Escaping=false");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", Boolean.toString(annotators.contains(TIME_NORMALISATION)));
        p.setProperty("ner.applyNumericClassifiers", "true");
        p.setProperty("pos.maxlen", Integer.toString(limits.annotatedSentenceWords()));
        p.setProperty("ner.maxlen", Integer.toString(limits.annotatedSentenceWords()));
        this.splitter = stage(p, annotators.stream().filter(SPLITTING::contains).toList(), true);
        this.annotators = stage(p, annotators.stream()
                .filter(a -> !SPLITTING.contains(a) && !a.equals(PARSING) && !a.equals(TIME_NORMALISATION)).toList(), false);
        this.parser = annotators.contains(PARSING) ? dependencyParser() : null;
    }

    /** The parser as CoreNLP's depparse annotator loads it (once per process: CoreNLP keeps it). */
    private static DependencyParser dependencyParser() {
        Properties p = new Properties();
        p.setProperty("model", PARSER_MODEL);
        p.setProperty("numCached", Integer.toString(PARSER_CACHED_SLICES));
        return DependencyParser.loadFromModelFile(PARSER_MODEL, p);
    }

    /** A pipeline of some of the annotators; the later stages run on what the earlier ones made. */
    private static StanfordCoreNLP stage(Properties shared, List<String> names, boolean first) {
        if (names.isEmpty())
            return null;
        Properties p = new Properties();
        p.putAll(shared);
        p.setProperty("annotators", String.join(",", names));
        return new StanfordCoreNLP(p, first);
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
        long chunks = paragraphs.stream().mapToLong(b -> whitespaceSeparated(b.text())).sum();
        if (chunks > limits.articleWords())   // every chunk is at least one word: refused without tokenizing
            throw tooManyWords();
        List<SplitParagraph> split = new ArrayList<>();
        long words = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            TextBlock block = paragraphs.get(p);
            if (block.text().isBlank()) {
                continue;
            }
            stopIfInterrupted();
            SpacedText spaced = SpacedText.of(block.text());
            CoreDocument doc = new CoreDocument(spaced.text());
            if (published != null) {
                doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, published.toString());
            }
            splitter.annotate(doc);
            for (CoreSentence s : doc.sentences()) {
                if (s.tokens().size() > limits.sentenceWords())
                    throw new TextTooLongException("a sentence of " + s.tokens().size() + " words (more than the "
                            + limits.sentenceWords() + " annotated in one sentence); not article text");
            }
            words += doc.tokens().size();
            if (words > limits.articleWords())
                throw tooManyWords();
            split.add(new SplitParagraph(p, block, spaced, doc));
        }
        List<Sentence> out = new ArrayList<>();
        for (SplitParagraph para : split) {
            stopIfInterrupted();
            annotate(para.doc());
            for (CoreSentence s : para.doc().sentences()) {
                out.add(sentence(out.size(), para.index(), para.block(), s, para.spaced()));
            }
        }
        return out;
    }

    private TextTooLongException tooManyWords() {
        return new TextTooLongException("more than " + limits.articleWords() + " words (the most annotated in one article; "
                + "a news article has a few thousand); split it into articles");
    }

    private static long whitespaceSeparated(String text) {
        long n = 0;
        boolean inChunk = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inChunk)
                n++;
            inChunk = !space;
        }
        return n;
    }

    private record SplitParagraph(int index, TextBlock block, SpacedText spaced, CoreDocument doc) {}

    private void annotate(CoreDocument doc) {
        if (annotators != null) {
            annotators.annotate(doc);   // wraps the entity mentions it found into doc
        }
        if (parser != null) {
            for (CoreMap s : doc.annotation().get(CoreAnnotations.SentencesAnnotation.class)) {
                if (s.get(CoreAnnotations.TokensAnnotation.class).size() <= limits.annotatedSentenceWords()) {
                    stopIfInterrupted();
                    parseSentence(s);
                }
            }
        }
    }

    /**
     * What CoreNLP's depparse annotator does for a sentence, less the three graphs nothing reads
     * (collapsed, CC-processed, enhanced). Each graph is made from its own copy of the parse's
     * dependencies, so the two kept are the same either way ({@code CoreNlpParserTest} checks).
     */
    void parseSentence(CoreMap sentence) {
        GrammaticalStructure gs = parser.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.BASIC, GrammaticalStructure.Extras.NONE, null));
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
                        GrammaticalStructure.Extras.NONE, null));
    }

    /** The budget of an article cancels its worker; the annotators themselves do not always look. */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted())
            throw new CancellationException("interrupted");
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
        if (parser != null) {
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
