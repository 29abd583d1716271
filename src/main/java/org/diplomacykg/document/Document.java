package org.diplomacykg.document;

import java.util.List;
import org.diplomacykg.article.Article;

/**
 * An article split into sentences, the unit extraction works on.
 *
 * <pre>
 * Document doc = Document.of(new ArticleReader().read(file));
 * for (Sentence s : doc.sentences()) { ... s.quote(m.start(), m.end()) ... }
 * </pre>
 */
public record Document(Article article, List<Sentence> sentences) {
    public Document {
        sentences = List.copyOf(sentences);
    }

    public static Document of(Article article) {
        return new Document(article, new SentenceSplitter().split(article.body()));
    }

    /** The text of the file between two code-point offsets. */
    public String slice(int begin, int end) {
        String text = article.file().text();
        return text.substring(text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end));
    }
}
