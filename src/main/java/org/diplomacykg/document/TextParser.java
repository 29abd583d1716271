package org.diplomacykg.document;

import java.time.LocalDate;
import java.util.List;
import org.diplomacykg.article.TextBlock;

/**
 * Cuts paragraphs into sentences and words and reads their syntax. One parser is built per
 * process (its models take seconds to load) and shared by every article and thread.
 */
public interface TextParser {

    /**
     * The sentences of the paragraphs, in order, with offsets into the file's text.
     *
     * @param published the publication date that relative dates ("on Tuesday") are read against;
     *                  may be null
     * @throws TextTooLongException when the text is over the parser's {@link TextLimits}, found
     *         in time linear in the text
     */
    List<Sentence> parse(List<TextBlock> paragraphs, LocalDate published);
}
