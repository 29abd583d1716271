package org.diplomacykg.document;

import java.util.List;
import org.diplomacykg.article.Article;
import org.diplomacykg.document.corenlp.CoreNlpParser;

/**
 * An article split into sentences, the unit extraction works on.
 *
 * <pre>
 * Document doc = Document.of(new ArticleReader().read(file));
 * for (Sentence s : doc.sentences()) { ... s.words() ... s.quote(m.start(), m.end()) ... }
 * </pre>
 */
public record Document(Article article, List<Sentence> sentences) {
    public Document {
        sentences = List.copyOf(sentences);
    }

    /** The article parsed by the process's shared parser (loaded on first use). */
    public static Document of(Article article) {
        return of(article, CoreNlpParser.shared());
    }

    /**
     * Loads the shared parser now, if it is not loaded yet (its models take seconds, many more on
     * a busy machine), so that a caller timing each article does not charge that to one.
     */
    public static void loadParser() {
        CoreNlpParser.shared();
    }

    public static Document of(Article article, TextParser parser) {
        return new Document(article, parser.parse(article.body(), article.metadata().published()));
    }

    /** The text of the file between two code-point offsets. */
    public String slice(int begin, int end) {
        String text = article.file().text();
        return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
    }
}
