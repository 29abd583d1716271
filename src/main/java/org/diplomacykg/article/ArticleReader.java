package org.diplomacykg.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an {@link ArticleFile} into an {@link Article}: metadata plus body paragraphs, without
 * page furniture. Two shapes of file are read:
 * <ul>
 *   <li>agency copy: {@code " date 2025-12-03 HÀ NỘI — Party General Secretary ... — VNA/VNS"}:
 *       date and dateline open the first paragraph, the agency closes the last one;</li>
 *   <li>web page copy: site banner, headline, standfirst, then a line with the outlet and the
 *       date ({@code "Báo Thanh niênBáo Thanh niên01/12/2025"}), the story with photo labels,
 *       captions and credits, a {@code "Source: https://…"} line and a tail of comment box and
 *       link lists.</li>
 * </ul>
 * The result depends on the text alone, so the same file always reads the same.
 */
public final class ArticleReader {
    private static final Pattern OUTLET_WORD = Pattern.compile("^(?:Báo|Tạp chí)\\s+");
    private static final Pattern ENDS_LIKE_A_SENTENCE = Pattern.compile(".*[.!?:;\"”’)]$");

    private static final Pattern AGENCY_OPENING = Pattern.compile(
            "^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+(?:(\\p{Lu}[\\p{Lu}\\p{M} .,'’]*?)\\s+[—–-]\\s+)?");
    private static final Pattern AGENCY_CLOSING = Pattern.compile(
            "(?<=[.!?”\"'’)])\\s*(?:[—–-]\\s*)?(\\p{Lu}{2,}(?:/\\p{Lu}{2,})*)\\s*$");
    /** A caption with its credit at the head of the lead: "Illustrative image (Photo: VNA) – ". */
    private static final Pattern LEAD_CAPTION = Pattern.compile(
            "^[^()\\n]{0,160}?\\((?:Photo|Source|Image)\\s*:\\s*(\\p{Lu}[\\p{L}/]{1,15})\\)\\s*[—–-]+\\s*");
    /** A whole line that is a caption with its credit: "Prime Minister A (R) and B (Photo: VNA)". */
    private static final Pattern CAPTION_LINE = Pattern.compile(
            "^.{0,300}\\((?:Photo|Source|Image)\\s*:\\s*(\\p{Lu}[\\p{L}/]{1,15})\\)\\s*$");
    /** A caption's credit at the end of its paragraph: "(AP Photo/Hau Dinh)", "(Photo: VNA)", "ANTARA FOTO/…". */
    private static final Pattern CREDITED_CAPTION = Pattern.compile(
            "(?:\\((?:[\\p{Lu}][\\p{L}.]*\\s)?(?:Photo|PHOTO|Foto|FOTO|Image|Source)\\b[^()]{0,80}\\)|\\b(?:ANTARA|AP|AFP|REUTERS) (?:FOTO|PHOTO)/[^\\n]{0,80})\\s*$");
    /** A dateline that names the wire: "Hanoi (VNA) – ", "JAKARTA, May 5 (Reuters) - ". */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\p{M} .'’]{1,40}?)(?:,\\s*\\p{Lu}\\p{Ll}{2,8}\\.?\\s+\\d{1,2})?\\s*\\((\\p{Lu}[\\p{L}/]{1,15})\\)\\s*[—–-]+\\s*");
    private static final Pattern DAY_FIRST_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_NAME_DATE = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "\\s+(\\d{1,2}),\\s*(\\d{4})\\b");
    private static final Pattern SOURCE_LINE = Pattern.compile("^\\s*Source\\s*:\\s*(https?://\\S+)\\s*$");
    private static final Pattern PHOTO_CREDIT = Pattern.compile("^\\s*(?:PHOTO|Photo|photo|Ảnh|ẢNH|Video|VIDEO)\\s*:.{0,60}$");
    private static final Pattern PHOTO_LABEL = Pattern.compile("(?:[-–—]\\s*)?(?:Ảnh|Photo|Hình)\\s*\\d+\\.?\\s*$");
    private static final Pattern TAIL_MARKER = Pattern.compile(
            "^\\s*(?:Comment \\(\\d+\\)|Comments?|Same tag|Same category|Same author|Related news|Read more"
                    + "|Please leave a comment.*)\\s*$");
    private static final Pattern SITE_NAME = Pattern.compile("\\b[\\w-]+\\.(?:vn|com|net|org|info|la|kh|cn)\\b");
    private static final Pattern LEAD_PLACE = Pattern.compile(
            "^(?:On [^,.]{3,60}, )?in (?:the (?:capital|city|province) (?:city )?(?:of )?)?"
                    + "(\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}),");

    public Article read(ArticleFile file) throws RejectedInputException {
        List<Line> lines = Line.split(file.text());
        Matcher opening = lines.isEmpty() ? null : AGENCY_OPENING.matcher(lines.get(0).text);
        if (opening != null && opening.find()) {
            return readAgencyCopy(file, lines, opening);
        }
        return readWebCopy(file, lines);
    }

    private Article readAgencyCopy(ArticleFile file, List<Line> lines, Matcher opening) throws RejectedInputException {
        LocalDate date = parseIso(file, opening.group(1));
        String dateline = opening.group(2) == null ? null : properCase(opening.group(2).trim());
        List<Line> body = new ArrayList<>(lines);
        Line lead = lines.get(0).from(opening.end());
        String publisher = null;
        // wire copy as pages store it: a photo caption run into the lead ("At the meeting (Source: VNA) – …")
        // and a dateline naming the agency ("Hanoi (VNA) – …", "VIENTIANE, Oct 10 (Reuters) - …")
        int leadLine = 0;
        Matcher caption = LEAD_CAPTION.matcher(lead.text);
        Matcher captionLine = CAPTION_LINE.matcher(lead.text);
        int next = 1;
        while (next < lines.size() && lines.get(next).text.isBlank()) {
            next++;
        }
        if (captionLine.matches() && next < lines.size()) {
            publisher = captionLine.group(1);
            body.set(0, lead.from(lead.text.length()));
            leadLine = next;
            lead = lines.get(next);
        } else if (caption.lookingAt()) {
            publisher = caption.group(1);
            lead = lead.from(caption.end());
        }
        Matcher wire = WIRE_DATELINE.matcher(lead.text);
        if (wire.lookingAt()) {
            if (dateline == null) {
                dateline = properCase(wire.group(1).trim());
            }
            publisher = wire.group(2);
            lead = lead.from(wire.end());
        }
        body.set(leadLine, lead);
        int last = body.size() - 1;
        Matcher closing = AGENCY_CLOSING.matcher(body.get(last).text);
        if (closing.find()) {
            publisher = publisher == null ? closing.group(1) : publisher;
            body.set(last, body.get(last).upTo(closing.start()));
        }
        Body kept = Body.of(body).withoutCreditedCaptions();
        return new Article(file, new ArticleMetadata(date, dateline, publisher, null, null), kept.blocks(file.text()));
    }

    private Article readWebCopy(ArticleFile file, List<Line> lines) throws RejectedInputException {
        int dateLine = -1;
        LocalDate date = null;
        String publisher = null;
        // The outlet-and-date line sits in the page header, before the story starts.
        for (int i = 0; i < Math.min(lines.size(), 12) && date == null; i++) {
            Optional<DateAt> found = findDate(lines.get(i).text);
            if (found.isPresent()) {
                date = found.get().date;
                dateLine = i;
                publisher = outletName(lines.get(i).text.substring(0, found.get().start));
            }
        }
        if (date == null) {
            throw new RejectedInputException(file.path().toString(),
                    "no recognisable publication date (expected ' date YYYY-MM-DD' or an outlet line with a date)");
        }
        List<Line> header = lines.subList(0, dateLine);
        int first = 0;
        if (header.size() >= 2 && looksLikeSiteBanner(header.get(0).text)) {
            first = 1;
        }
        String headline = header.size() > first ? header.get(first).text.strip() : null;
        List<Line> body = new ArrayList<>(header.subList(Math.min(first + 1, header.size()), header.size()));
        String sourceUrl = null;
        for (Line line : lines.subList(dateLine + 1, lines.size())) {
            Matcher source = SOURCE_LINE.matcher(line.text);
            if (source.matches()) {
                sourceUrl = source.group(1);
                break;
            }
            if (TAIL_MARKER.matcher(line.text).matches()) {
                break;
            }
            body.add(line);
        }
        Body kept = Body.of(body).withoutPhotoFurniture();
        // A web copy has no dateline; the story's lead says where it happened ("…, in the capital Vientiane,").
        String dateline = lines.size() > dateLine + 1 ? leadPlace(lines.get(dateLine + 1).text.strip()) : null;
        List<TextBlock> blocks = kept.blocks(file.text());
        return new Article(file, new ArticleMetadata(date, dateline, publisher, sourceUrl, headline), blocks);
    }

    private static Optional<DateAt> findDate(String line) {
        Matcher m = DAY_FIRST_DATE.matcher(line);
        if (m.find()) {
            return dateAt(m.start(), m.group(3), m.group(2), m.group(1));
        }
        m = ISO_DATE.matcher(line);
        if (m.find()) {
            return dateAt(m.start(), m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_NAME_DATE.matcher(line);
        if (m.find() && line.length() < 120) {
            LocalDate d = LocalDate.parse(m.group(1) + " " + m.group(2) + " " + m.group(3),
                    DateTimeFormatter.ofPattern("MMMM d yyyy", Locale.ENGLISH));
            return Optional.of(new DateAt(d, m.start()));
        }
        return Optional.empty();
    }

    private static Optional<DateAt> dateAt(int start, String year, String month, String day) {
        try {
            return Optional.of(new DateAt(
                    LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)), start));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate parseIso(ArticleFile file, String iso) throws RejectedInputException {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeException e) {
            throw new RejectedInputException(file.path().toString(), "no recognisable publication date ('" + iso + "' is not a date)");
        }
    }

    /** "Báo Thanh niênBáo Thanh niên" → "Thanh Niên": pages repeat the outlet's name, Báo means newspaper. */
    static String outletName(String raw) {
        String s = raw.strip();
        if (s.length() % 2 == 0 && !s.isEmpty() && s.substring(0, s.length() / 2).equals(s.substring(s.length() / 2))) {
            s = s.substring(0, s.length() / 2);
        }
        s = OUTLET_WORD.matcher(s).replaceFirst("").strip();
        return s.isEmpty() ? null : properCase(s);
    }

    private static boolean looksLikeSiteBanner(String line) {
        return SITE_NAME.matcher(line).find();
    }

    private static String leadPlace(String paragraph) {
        Matcher m = LEAD_PLACE.matcher(paragraph);
        return m.find() ? m.group(1) : null;
    }

    /** "HÀ NỘI" → "Hà Nội", "PHNOM PENH" → "Phnom Penh"; mixed-case input is kept word by word. */
    static String properCase(String s) {
        StringBuilder out = new StringBuilder();
        for (String word : s.split(" ", -1)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (word.isEmpty()) {
                continue;
            }
            boolean allUpper = word.equals(word.toUpperCase(Locale.ROOT));
            String rest = word.substring(1);
            out.append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(allUpper ? rest.toLowerCase(Locale.ROOT) : rest);
        }
        return out.toString();
    }

    private record DateAt(LocalDate date, int start) {
    }

    /** One line of the file with its char offset; the unit the reader keeps or drops. */
    static final class Line {
        final int start;
        final String text;

        Line(int start, String text) {
            this.start = start;
            this.text = text;
        }

        static List<Line> split(String text) {
            List<Line> out = new ArrayList<>();
            int i = 0;
            while (i <= text.length()) {
                int nl = text.indexOf('\n', i);
                int end = nl < 0 ? text.length() : nl;
                String content = text.substring(i, end);
                if (content.endsWith("\r")) {
                    content = content.substring(0, content.length() - 1);
                }
                if (!content.isBlank()) {
                    out.add(new Line(i, content));
                }
                if (nl < 0) {
                    break;
                }
                i = nl + 1;
            }
            return out;
        }

        Line from(int offset) {
            return new Line(start + offset, text.substring(offset));
        }

        Line upTo(int offset) {
            return new Line(start, text.substring(0, offset));
        }
    }

    /** The lines kept as article text, and the rules that drop photo furniture from them. */
    private record Body(List<Line> lines) {
        static Body of(List<Line> lines) {
            return new Body(lines);
        }

        /**
         * Drops photo labels (Vietnamese "… - Ảnh 1." lines), credits ("PHOTO: VNA") and the
         * caption between a label and its credit, which describes a picture, not the story.
         */
        /** Drops paragraphs that are photo captions: they end with a credit ("(AP Photo/Hau Dinh)", "(Photo: VNA)"). */
        Body withoutCreditedCaptions() {
            List<Line> kept = new ArrayList<>();
            for (Line line : lines) {
                if (!CREDITED_CAPTION.matcher(line.text).find()) {
                    kept.add(line);
                }
            }
            return new Body(kept);
        }

        Body withoutPhotoFurniture() {
            List<Line> kept = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String t = lines.get(i).text;
                boolean credit = PHOTO_CREDIT.matcher(t).matches();
                boolean label = PHOTO_LABEL.matcher(t).find() || isForeignLabel(t);
                boolean captionBeforeCredit = i + 1 < lines.size() && PHOTO_CREDIT.matcher(lines.get(i + 1).text).matches()
                        && i > 0 && (PHOTO_LABEL.matcher(lines.get(i - 1).text).find() || isForeignLabel(lines.get(i - 1).text));
                if (!credit && !label && !captionBeforeCredit) {
                    kept.add(lines.get(i));
                }
            }
            return new Body(kept);
        }

        /** A line written in Vietnamese inside an English story only labels a photo. */
        private static boolean isForeignLabel(String t) {
            int letters = 0;
            int vietnamese = 0;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (c > 0x7F) {
                        vietnamese++;
                    }
                }
            }
            return letters > 0 && vietnamese * 5 >= letters;
        }

        List<TextBlock> blocks(String text) {
            List<TextBlock> out = new ArrayList<>();
            for (Line line : lines) {
                int lead = 0;
                while (lead < line.text.length() && Character.isWhitespace(line.text.charAt(lead))) {
                    lead++;
                }
                String content = line.text.substring(lead).stripTrailing();
                if (content.isEmpty()) {
                    continue;
                }
                int charBegin = line.start + lead;
                int begin = text.codePointCount(0, charBegin);
                int end = begin + content.codePointCount(0, content.length());
                out.add(new TextBlock(begin, end, content, isHeading(content)));
            }
            return out;
        }

        private static boolean isHeading(String content) {
            return content.length() < 90 && !ENDS_LIKE_A_SENTENCE.matcher(content).matches();
        }
    }
}
