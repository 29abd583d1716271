package org.diplomacykg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * N article files made from the seed articles: copy {@code i} is seed {@code i mod seeds} under
 * its own name, with every year moved by {@code (i / seeds) mod 7} (so dates, and the events
 * minted from them, vary), written in a shuffled but fixed order of file names.
 */
public final class SyntheticCorpus {
    private static final Pattern YEAR = Pattern.compile("\\b20[0-9]{2}\\b");

    private SyntheticCorpus() {
    }

    public static List<Path> write(Path seedsDir, int articles, Path outDir) throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(seedsDir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        if (seeds.isEmpty()) {
            throw new IOException(seedsDir + ": no *.txt seed articles");
        }
        Files.createDirectories(outDir);
        List<Path> out = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            int shift = (i / seeds.size()) % 7;
            String text = shiftYears(seeds.get(i % seeds.size()), shift);
            // A multiplicative hash of i spreads neighbouring copies apart in the directory order.
            String name = String.format("bench_%08x_%06d.txt", (i * 0x9E3779B1) >>> 1, i);
            Path file = outDir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            out.add(file);
        }
        return out;
    }

    private static String shiftYears(String text, int shift) {
        if (shift == 0) {
            return text;
        }
        Matcher m = YEAR.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(sb, Integer.toString(Integer.parseInt(m.group()) - shift));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
