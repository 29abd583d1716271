package org.diplomacykg.document.corenlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paragraph as the parser is given it: where a stored page lost the space after a full stop
 * ("… at the meeting.Lao Prime Minister …", "… in Jakarta.The three leaders …") a space is put
 * back, so that the sentence splitter sees two sentences. Offsets into the spaced text map back
 * to the paragraph's own, so every quote stays exactly the file's text.
 */
final class SpacedText {
    /** A full stop between a lower-case word of two or more letters and a capitalised word. */
    private static final Pattern RUN_TOGETHER = Pattern.compile("(?<=\\p{Ll}\\p{Ll})\\.(?=\\p{Lu}\\p{Ll})");

    private final String text;
    /** For each char of the spaced text (and one past its end), the char of the original it stands for. */
    private final int[] original;

    private SpacedText(String text, int[] original) {
        this.text = text;
        this.original = original;
    }

    static SpacedText of(String paragraph) {
        Matcher m = RUN_TOGETHER.matcher(paragraph);
        StringBuilder b = new StringBuilder(paragraph.length() + 8);
        int[] map = new int[paragraph.length() * 2 + 2];
        int from = 0;
        while (m.find()) {
            for (int i = from; i <= m.start(); i++) {
                map[b.length()] = i;
                b.append(paragraph.charAt(i));
            }
            map[b.length()] = m.start() + 1; // the inserted space stands where the next word begins
            b.append(' ');
            from = m.start() + 1;
        }
        for (int i = from; i < paragraph.length(); i++) {
            map[b.length()] = i;
            b.append(paragraph.charAt(i));
        }
        map[b.length()] = paragraph.length();
        int[] exact = new int[b.length() + 1];
        System.arraycopy(map, 0, exact, 0, exact.length);
        return new SpacedText(b.toString(), exact);
    }

    String text() {
        return text;
    }

    /** The offset in the original paragraph of offset {@code i} of the spaced text. */
    int original(int i) {
        return original[i];
    }
}
