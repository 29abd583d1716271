package org.diplomacykg.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads one article file and refuses what is not a usable text article: a missing or empty
 * file, a file larger than the limit (checked before reading, so a 50 MB file costs nothing),
 * binary content, or bytes that are not UTF-8.
 *
 * <pre>
 * ArticleFile f = new ArticleFileReader().read(Path.of("seeds/000_dc28ce060877cb66.txt"));
 * </pre>
 */
public final class ArticleFileReader {
    /** News articles are a few kilobytes; anything above this is not an article. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    private final long maxBytes;

    public ArticleFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleFileReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public ArticleFile read(Path path) throws RejectedInputException {
        String name = path.toString();
        if (!Files.exists(path)) {
            throw new RejectedInputException(name, "no such file or directory");
        }
        if (!Files.isRegularFile(path)) {
            throw new RejectedInputException(name, "not a regular file");
        }
        byte[] bytes;
        try {
            refuseSize(name, Files.size(path));
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new RejectedInputException(name, "cannot be read: " + e.getMessage());
        }
        return fromBytes(path, bytes);
    }

    /**
     * Refuses an empty file or one over the limit, from its size alone, so that a reader of any
     * file system (a Hadoop one, for the Spark engine) can check before it reads.
     */
    public void refuseSize(String name, long size) throws RejectedInputException {
        if (size == 0) {
            throw new RejectedInputException(name, "empty file");
        }
        if (size > maxBytes) {
            throw new RejectedInputException(name, String.format(
                    "file too large for an article (%s; the limit is %s)", megabytes(size), megabytes(maxBytes)));
        }
    }

    /**
     * The article in {@code bytes}, read from wherever {@code path} names (a local file, or a
     * file of another file system read by its caller), with the same refusals as {@link #read}.
     */
    public ArticleFile fromBytes(Path path, byte[] bytes) throws RejectedInputException {
        String name = path.toString();
        refuseSize(name, bytes.length);
        String utf16 = utf16Name(bytes);
        if (utf16 != null) {
            throw new RejectedInputException(name, "encoded as " + utf16 + ", not UTF-8 (convert it, e.g. iconv -f "
                    + utf16 + " -t UTF-8)");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new RejectedInputException(name, "binary file, not text (NUL byte at byte " + i + ")");
            }
        }
        String text = decodeUtf8(name, bytes);
        if (text.isBlank()) {
            throw new RejectedInputException(name, "empty file (white space only)");
        }
        Path fileName = path.getFileName();
        return new ArticleFile(path, fileName == null ? name : fileName.toString(), text, sha256(bytes));
    }

    /**
     * Names UTF-16 text: by its byte-order mark, or, without one, by the NUL byte beside every
     * ASCII character in the first bytes (Latin text in UTF-16 is half NULs, all on one side).
     */
    static String utf16Name(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
            return "UTF-16LE";
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
            return "UTF-16BE";
        int pairs = Math.min(bytes.length / 2, 256);
        if (pairs < 2)
            return null;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        if (oddNul * 10 >= pairs * 9 && evenNul == 0)
            return "UTF-16LE";
        if (evenNul * 10 >= pairs * 9 && oddNul == 0)
            return "UTF-16BE";
        return null;
    }

    /** Strict UTF-8; a leading byte-order mark (EF BB BF) is not text, so offsets count from after it. */
    private static String decodeUtf8(String name, byte[] bytes) throws RejectedInputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new RejectedInputException(name, "not UTF-8 text (invalid byte sequence at byte " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new RejectedInputException(name, "not UTF-8 text (" + e.getMessage() + ")");
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
