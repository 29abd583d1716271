package org.diplomacykg.article;

import java.nio.file.Path;

/**
 * An article file as it was read from disk: its name, its text decoded as UTF-8 and the
 * SHA-256 of its bytes. Offsets everywhere in the project count Unicode code points of
 * {@link #text()}, exactly as a reader of the file sees it (a byte-order mark, if any, is kept).
 *
 * @param path     where the file was read from
 * @param fileName the file's name without folders, e.g. {@code 000_dc28ce060877cb66.txt}
 * @param text     the whole file decoded as UTF-8
 * @param sha256   hex SHA-256 of the file's bytes, used to tell a changed file from an unchanged one
 */
public record ArticleFile(Path path, String fileName, String text, String sha256) {

    /** The file name without its extension: {@code 000_dc28ce060877cb66}. */
    public String stem() {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
