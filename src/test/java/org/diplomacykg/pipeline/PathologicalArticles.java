package org.diplomacykg.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Legal but pathological article texts of a given size in UTF-8 bytes, each after a valid date
 * line (issue 11 item 7): what a careless export or a hostile file can hold under the 2 MB limit.
 */
enum PathologicalArticles {
    /** One line of words and no full stop, question or exclamation mark. */
    NO_FULL_STOP("the two sides agreed to boost trade investment and connectivity between their peoples "),
    /** One line whose only full stops are in numbers and abbreviations: one sentence to a splitter. */
    STOPS_IN_NUMBERS("trade grew 1.5 per cent at No. 3 port as Mr. Lâm and the U.S. side noted "),
    /** Short sentences made of names, in paragraphs of twenty. */
    REPEATED_NAMES("Tô Lâm, Thongloun Sisoulith, Sonexay Siphandone and Lê Hoài Trung met in Vientiane. "),
    /** The body paragraphs of the seed articles, again and again: a very long but ordinary article. */
    SEED_PARAGRAPHS(null);

    static final String DATE_LINE = " date 2025-12-03 HÀ NỘI — ";
    private final String unit;

    PathologicalArticles(String unit) {
        this.unit = unit;
    }

    String label() {
        return name().toLowerCase().replace('_', '-');
    }

    /** The text, cut at a whole unit (sentence, paragraph or phrase) once it reaches {@code bytes}. */
    String text(int bytes) throws IOException {
        List<String> units = units();
        StringBuilder b = new StringBuilder(DATE_LINE);
        int size = DATE_LINE.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; size < bytes; i++) {
            String u = units.get(i % units.size());
            if (this == REPEATED_NAMES && i % 20 == 19)
                u = u.strip() + "\n\n";
            b.append(u);
            size += u.getBytes(StandardCharsets.UTF_8).length;
        }
        return b.toString();
    }

    Path write(Path dir, int bytes) throws IOException {
        return Files.writeString(dir.resolve(label() + "-" + bytes + ".txt"), text(bytes), StandardCharsets.UTF_8);
    }

    private List<String> units() throws IOException {
        if (unit != null)
            return List.of(unit);
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                String text = Files.readString(seed, StandardCharsets.UTF_8);
                if (!text.startsWith(" date"))
                    continue;   // agency copy only: a web page's captions and banners are not story text
                String[] parts = text.split("\n\\s*\n");
                // the first paragraph holds the seed's date line; the rest is story text
                for (int i = 1; i < parts.length; i++)
                    if (parts[i].strip().length() > 80 && !parts[i].contains("Source:"))
                        paragraphs.add(parts[i].strip() + "\n\n");
            }
        }
        return paragraphs;
    }
}
