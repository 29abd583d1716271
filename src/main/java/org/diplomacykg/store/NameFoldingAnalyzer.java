package org.diplomacykg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How names are cut into words and folded, for the labels and for what a user searches alike:
 * Unicode word boundaries (so dashes, brackets and other punctuation separate words), then every
 * Latin letter folded to its plain ASCII form ("Việt" and "VIỆT" become "viet", "Đà" becomes
 * "da") and lower case. The text is first composed (NFC), so a name typed in decomposed form,
 * a letter followed by combining marks, folds like its precomposed spelling: the folding filter
 * maps precomposed letters, not stray combining marks.
 *
 * <p>This is jena-text's {@code ConfigurableAnalyzer} with StandardTokenizer, ASCIIFoldingFilter
 * and LowerCaseFilter, written in Java so that the same analyzer also normalizes the prefix
 * terms of a query ({@link #normalize}), which Lucene's query parser does not analyze.
 */
final class NameFoldingAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new StandardTokenizer();
        TokenStream folded = new LowerCaseFilter(new ASCIIFoldingFilter(words));
        return new TokenStreamComponents(words, folded);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(new ASCIIFoldingFilter(in));
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return composed(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return composed(reader);
    }

    /** Names are short: reading one whole is cheaper than a streaming normalizer. */
    private static Reader composed(Reader reader) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[256];
            for (int n; (n = reader.read(buffer)) > 0; ) {
                text.append(buffer, 0, n);
            }
            return new StringReader(Normalizer.normalize(text, Normalizer.Form.NFC));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
