package org.diplomacykg.document;

/**
 * A word of a sentence as the parser reads it: its place in the sentence text, its lemma and
 * part of speech, the named-entity class the tagger gives it and its head in the dependency
 * parse. Rules read syntax from these records, never from the parser itself.
 *
 * @param index    position in the sentence, from 0
 * @param start    first Java {@code char} of the word in {@link Sentence#text()}
 * @param end      one past its last {@code char}
 * @param text     the word as written
 * @param lemma    its dictionary form ({@code agreed} → {@code agree})
 * @param tag      its Penn Treebank part of speech ({@code NNP}, {@code VBD}, …)
 * @param entity   the named-entity class ({@code PERSON}, {@code ORGANIZATION}, {@code LOCATION},
 *                 {@code DATE}, {@code MONEY}, …) or {@code O}
 * @param head     index of the word it depends on, or -1 for the root of the sentence
 * @param relation its Universal Dependencies relation to the head ({@code nsubj}, {@code obl:with},
 *                 {@code compound}, …; {@code root} for the root)
 */
public record Word(int index, int start, int end, String text, String lemma, String tag, String entity, int head,
                   String relation) {

    public static final String NO_ENTITY = "O";

    public boolean noun() {
        return tag.startsWith("NN");
    }

    public boolean properNoun() {
        return tag.startsWith("NNP");
    }

    public boolean verb() {
        return tag.startsWith("VB");
    }

    public boolean named() {
        return !NO_ENTITY.equals(entity);
    }
}
