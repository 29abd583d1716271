package org.diplomacykg.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    private static final Path SEEDS = Path.of("seeds");

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of("000_dc28ce060877cb66.txt", "2025-12-03", "Hà Nội", "VNA/VNS",
                        "Party General Secretary Tô Lâm’s recently concluded state visit",
                        "to advance their special relationship in the coming years."),
                Arguments.of("001_355fb81d80dc29d6.txt", "2025-12-02", "Vientiane", "VNA/VNS",
                        "Party General Secretary Tô Lâm had a meeting with Lao Prime Minister",
                        "common voice on strategic regional issues."),
                Arguments.of("002_592a93fc53a43c90.txt", "2025-12-02", "Hà Nội", "VNA/VNS",
                        "Việt Nam and Laos issued a joint statement", "in the region and the world."),
                Arguments.of("003_7c6cb5a3442207ed.txt", "2025-12-01", "Vientiane", "Thanh Niên",
                        "Affirming that the great friendship", "the Central Committee of the Lao Front for National Construction."),
                Arguments.of("004_12d21b6b6f823ac9.txt", "2026-01-26", "Hà Nội", "VNS",
                        "Party General Secretary Tô Lâm affirmed that",
                        "witnessed the signing ceremony of bilateral cooperation documents."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void readsMetadataAndBodyOfEachSeed(String file, String date, String dateline, String publisher,
                                        String bodyStart, String bodyEnd) throws Exception {
        Article a = read(SEEDS.resolve(file));
        assertEquals(LocalDate.parse(date), a.metadata().published());
        assertEquals(dateline, a.metadata().dateline());
        assertEquals(publisher, a.metadata().publisher());
        assertTrue(a.body().get(0).text().startsWith(bodyStart), a.body().get(0).text());
        assertTrue(a.body().get(a.body().size() - 1).text().endsWith(bodyEnd), a.body().get(a.body().size() - 1).text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyParagraphIsExactlyTheFileTextAtItsCodePointOffsets(String file) throws Exception {
        Article a = read(SEEDS.resolve(file));
        int[] codePoints = a.file().text().codePoints().toArray();
        for (TextBlock b : a.body()) {
            assertEquals(b.text(), new String(codePoints, b.begin(), b.end() - b.begin()));
        }
    }

    @Test
    void webCopyKeepsStoryAndDropsPageFurniture() throws Exception {
        Article a = read(SEEDS.resolve("003_7c6cb5a3442207ed.txt"));
        assertEquals("Vietnam - Laos relations are a priceless common asset of the two peoples.", a.metadata().headline());
        assertEquals("https://thanhnien.vn/quan-he-viet-nam-la-tai-san-chung-vo-gia-cua-hai-dan-toc-18525120123424878.htm",
                a.metadata().sourceUrl());
        String body = a.body().stream().map(TextBlock::text).collect(Collectors.joining("\n"));
        for (String furniture : new String[] {"Vietnam.vn", "Nền tảng", "Ảnh 1", "PHOTO: VNA", "Photo: VNA",
                "review the Honor Guard", "presents General Secretary To Lam with the National Gold Medal of the Lao State",
                "delivers a policy speech", "Comment (0)", "Same tag", "Pho 'flying'", "Source:", "Báo Thanh niên"}) {
            assertFalse(body.contains(furniture), "furniture in body: " + furniture);
        }
        assertTrue(body.contains("held talks with General Secretary and President of Laos Thongloun Sisoulith"));
        assertTrue(body.contains("Laos awards General Secretary To Lam the National Gold Medal"));
    }

    @Test
    void agencyCopyHasNoHeadlineAndNoSourceUrl() throws Exception {
        Article a = read(SEEDS.resolve("000_dc28ce060877cb66.txt"));
        assertNull(a.metadata().headline());
        assertNull(a.metadata().sourceUrl());
        assertFalse(a.body().get(0).text().contains("date 2025"));
        assertFalse(a.body().get(a.body().size() - 1).text().contains("VNA/VNS"));
    }

    @Test
    void sameFileAlwaysReadsTheSame() throws Exception {
        Path p = SEEDS.resolve("003_7c6cb5a3442207ed.txt");
        assertEquals(read(p), read(p));
    }

    @Test
    void articleWithoutRecognisableDateIsRejected(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("nodate.txt"), "Some headline\n\nThe two sides agreed to cooperate.\n");
        RejectedInputException e = assertThrows(RejectedInputException.class, () -> read(p));
        assertTrue(e.userMessage().startsWith(p + ": no recognisable publication date"), e.userMessage());
    }

    @Test
    void aByteOrderMarkIsNotTextAndOffsetsCountFromAfterIt(@TempDir Path dir) throws Exception {
        Path seed = SEEDS.resolve("000_dc28ce060877cb66.txt");
        byte[] plain = Files.readAllBytes(seed);
        byte[] withBom = new byte[plain.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withBom, 3, plain.length);
        Path p = Files.write(dir.resolve("bom.txt"), withBom);
        Article marked = read(p);
        Article unmarked = read(seed);
        assertEquals(unmarked.metadata(), marked.metadata(), "the date line is still read");
        assertEquals(unmarked.body(), marked.body(), "same paragraphs at the same offsets");
        assertFalse(marked.file().text().startsWith("\uFEFF"));
    }

    @Test
    void utf16IsNamedAsSuch(@TempDir Path dir) throws Exception {
        String text = Files.readString(SEEDS.resolve("000_dc28ce060877cb66.txt"));
        Path le = Files.write(dir.resolve("le.txt"), text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        Path beBom = Files.write(dir.resolve("be.txt"), text.getBytes(java.nio.charset.StandardCharsets.UTF_16));
        RejectedInputException e1 = assertThrows(RejectedInputException.class, () -> read(le));
        assertTrue(e1.userMessage().contains("UTF-16LE, not UTF-8"), e1.userMessage());
        RejectedInputException e2 = assertThrows(RejectedInputException.class, () -> read(beBom));
        assertTrue(e2.userMessage().contains("UTF-16BE, not UTF-8"), e2.userMessage());
    }

    @Test
    void datelinePlaceKeepsVietnameseLettersInProperCase() {
        assertEquals("Hà Nội", ArticleReader.properCase("HÀ NỘI"));
        assertEquals("Phnom Penh", ArticleReader.properCase("PHNOM PENH"));
        assertEquals("Thanh Niên", ArticleReader.outletName("Báo Thanh niênBáo Thanh niên"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            // a caption run into the lead, as stored pages of wire copy have it
            "' date 2017-03-07 Illustrative image (Photo: VNA)  – Vietnam’s Ministry of Transport met on Tuesday.'|VNA|"
                    + "|Vietnam’s Ministry of Transport met on Tuesday.",
            // a dateline naming the wire
            "' date 2021-11-17 Hanoi (VNA) – The Party Committee of Hanoi met on Wednesday.'|VNA|Hanoi"
                    + "|The Party Committee of Hanoi met on Wednesday.",
            "' date 2023-05-05 JAKARTA, May 5 (Reuters) - Indonesia and Malaysia agreed on Friday.'|Reuters|Jakarta"
                    + "|Indonesia and Malaysia agreed on Friday.",
            // a caption line of its own, then the dateline
            "' date 2019-06-01 Prime Minister A (R) and his counterpart B (Photo: VNA)\n\nHanoi (VNA) – The two leaders met.'|VNA|Hanoi"
                    + "|The two leaders met."})
    void wireCopyLosesCaptionAndDatelineAndKeepsTheAgency(String text, String publisher, String dateline, String firstParagraph,
                                                          @TempDir Path dir) throws Exception {
        Path p = dir.resolve("w.txt");
        java.nio.file.Files.writeString(p, text.replace("\\n", "\n"));
        Article a = read(p);
        assertEquals(publisher, a.metadata().publisher());
        assertEquals(dateline, a.metadata().dateline());
        assertEquals(firstParagraph, a.body().get(0).text());
    }

    @Test
    void aCaptionParagraphWithItsCreditIsNoArticleText(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("c.txt");
        java.nio.file.Files.writeString(p, " date 2023-12-11 Cambodia's leader holds talks in Vietnam\n\n"
                + "Cambodian Prime Minister Hun Manet poses for photo in Hanoi, Vietnam, Monday. (AP Photo/Hau Dinh)\n\n"
                + "HANOI, Vietnam (AP) — Cambodia's new prime minister held talks on Monday.");
        Article a = read(p);
        assertTrue(a.body().stream().noneMatch(b -> b.text().contains("Hau Dinh")), a.body()::toString);
        assertTrue(a.body().stream().anyMatch(b -> b.text().contains("held talks on Monday")));
    }

    private static Article read(Path p) throws RejectedInputException {
        return new ArticleReader().read(new ArticleFileReader().read(p));
    }
}
