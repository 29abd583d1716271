package org.diplomacykg.mention;

/**
 * A word of a sentence: a maximal run of letters, marks and digits, with its Java
 * {@code char} offsets in the sentence text, {@code [start, end)}.
 */
public record Token(int index, int start, int end, String text) {

    /** Starts with a capital letter or a digit: {@code Lâm}, {@code LPRP}, {@code 48th}. */
    public boolean capitalised() {
        char c = text.charAt(0);
        return Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    /** Every letter a capital and at least two of them: {@code CPV}, {@code ASEAN}. */
    public boolean acronym() {
        return text.length() >= 2 && text.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                && text.chars().anyMatch(Character::isLetter);
    }

    public String key() {
        return NameKeys.key(text);
    }
}
