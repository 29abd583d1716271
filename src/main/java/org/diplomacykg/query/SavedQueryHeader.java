package org.diplomacykg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code #+} header of a saved query, in grlc's decorator style: the leading comment lines
 * that start with {@code #+} form a small YAML document.
 *
 * <pre>
 * #+ summary: Timeline of events between two countries
 * #+ description: >
 * #+   Every event in which both countries take part, oldest first.
 * #+ tags: [events, timeline]
 * #+ params:
 * #+   - name: country1
 * #+     type: iri
 * #+     description: One of the two countries.
 * #+     example: https://w3id.org/diplomacy-kg/id/country/viet-nam
 * #+     default: https://w3id.org/diplomacy-kg/id/country/viet-nam
 * </pre>
 *
 * Only the YAML this needs is read: {@code key: value}, folded ({@code >}) and literal ({@code |})
 * blocks, block lists of scalars or of {@code key: value} maps, and inline lists {@code [a, b]}.
 * Keys grlc knows and this tool does not (endpoint, method, pagination…) are kept and ignored.
 *
 * @param summary     one line for {@code dkg query --list}; null when missing
 * @param description what the query answers and how to read its columns; null when missing
 * @param tags        topics, for grouping
 * @param params      the declared parameters in header order; null when there is no {@code params:} key
 * @param other       every other key, raw
 */
public record SavedQueryHeader(String summary, String description, List<String> tags, List<Param> params,
                               Map<String, Object> other) {

    /** A parameter as the header declares it; types and variables are checked by {@link SavedQuery}. */
    public record Param(String name, String type, String description, String example, String defaultValue, int line) {
    }

    /** A header problem at a line of the file. */
    public static final class HeaderException extends Exception {
        private final int line;

        HeaderException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** The header of a query text; an empty header when the text has no {@code #+} lines. */
    public static SavedQueryHeader parse(String queryText) throws HeaderException {
        List<Line> lines = new ArrayList<>();
        String[] all = queryText.split("\r?\n", -1);
        for (int i = 0; i < all.length; i++) {
            String raw = all[i].strip();
            if (raw.startsWith("#+")) {
                String body = all[i].substring(all[i].indexOf("#+") + 2);
                lines.add(new Line(i + 1, body.startsWith(" ") ? body.substring(1) : body));
            } else if (!raw.isEmpty() && !raw.startsWith("#")) {
                break; // the header ends where the query starts
            }
        }
        Map<String, Node> doc = new MiniYaml(lines).document();
        Map<String, Object> other = new LinkedHashMap<>();
        doc.forEach((k, v) -> other.put(k, v.value));
        String summary = scalar(doc.remove("summary"), "summary");
        String description = scalar(doc.remove("description"), "description");
        List<String> tags = strings(doc.remove("tags"), "tags");
        Node paramsNode = doc.remove("params");
        List<Param> params = paramsNode == null ? null : params(paramsNode);
        other.keySet().retainAll(doc.keySet());
        return new SavedQueryHeader(summary, description, tags, params, other);
    }

    private static String scalar(Node n, String key) throws HeaderException {
        if (n == null) {
            return null;
        }
        if (!(n.value instanceof String s)) {
            throw new HeaderException(n.line, key + ": expected text");
        }
        return s;
    }

    private static List<String> strings(Node n, String key) throws HeaderException {
        if (n == null) {
            return List.of();
        }
        if (n.value instanceof String s) {
            return s.isBlank() ? List.of() : List.of(s);
        }
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) n.value) {
            if (!(o instanceof String s)) {
                throw new HeaderException(n.line, key + ": expected a list of words");
            }
            out.add(s);
        }
        return out;
    }

    private static List<Param> params(Node n) throws HeaderException {
        if (n.value instanceof String s && s.isBlank()) {
            return List.of();
        }
        if (!(n.value instanceof List<?> items)) {
            throw new HeaderException(n.line, "params: expected a list of parameters (- name: …)");
        }
        List<Param> out = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof ParamMap pm)) {
                throw new HeaderException(n.line, "params: each item must be a map with name, type, description, example");
            }
            Map<String, String> m = pm.fields;
            if (m.get("name") == null) {
                throw new HeaderException(pm.line, "params: item without a name");
            }
            out.add(new Param(m.get("name"), m.get("type"), m.get("description"), m.get("example"), m.get("default"),
                    pm.line));
        }
        return out;
    }

    private record Line(int number, String text) {
        int indent() {
            int i = 0;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            return i;
        }

        boolean blank() {
            return text.isBlank();
        }
    }

    /** A value (String, List of String or ParamMap) and the line it starts on. */
    private record Node(Object value, int line) {
    }

    private record ParamMap(Map<String, String> fields, int line) {
    }

    /** The YAML subset described on the class. */
    private static final class MiniYaml {
        private final List<Line> lines;
        private int pos;

        MiniYaml(List<Line> lines) {
            this.lines = lines;
        }

        Map<String, Node> document() throws HeaderException {
            Map<String, Node> doc = new LinkedHashMap<>();
            while (pos < lines.size()) {
                Line line = lines.get(pos);
                if (line.blank()) {
                    pos++;
                    continue;
                }
                if (line.indent() != 0) {
                    throw new HeaderException(line.number(), "unexpected indentation in the #+ header");
                }
                int colon = keyColon(line.text());
                if (colon < 0) {
                    throw new HeaderException(line.number(), "expected 'key: value' in the #+ header");
                }
                String key = line.text().substring(0, colon).strip();
                String rest = line.text().substring(colon + 1).strip();
                pos++;
                if (doc.containsKey(key)) {
                    throw new HeaderException(line.number(), "key '" + key + "' given twice in the #+ header");
                }
                doc.put(key, new Node(value(rest, 0, line.number()), line.number()));
            }
            return doc;
        }

        /** The value after {@code key:}, reading the indented lines that follow when it continues there. */
        private Object value(String rest, int indent, int lineNo) throws HeaderException {
            if (rest.equals(">") || rest.equals(">-") || rest.equals("|") || rest.equals("|-")) {
                return block(indent, rest.startsWith(">"));
            }
            if (!rest.isEmpty()) {
                return inline(rest, lineNo);
            }
            if (pos < lines.size() && !lines.get(pos).blank() && lines.get(pos).indent() > indent
                    && lines.get(pos).text().strip().startsWith("-")) {
                return list(lines.get(pos).indent());
            }
            return "";
        }

        private String block(int indent, boolean folded) {
            StringBuilder sb = new StringBuilder();
            while (pos < lines.size() && (lines.get(pos).blank() || lines.get(pos).indent() > indent)) {
                String t = lines.get(pos).text().strip();
                if (!sb.isEmpty()) {
                    sb.append(folded && !t.isEmpty() ? " " : "\n");
                }
                sb.append(t);
                pos++;
            }
            return sb.toString().strip();
        }

        private List<Object> list(int indent) throws HeaderException {
            List<Object> items = new ArrayList<>();
            while (pos < lines.size()) {
                Line line = lines.get(pos);
                if (line.blank()) {
                    pos++;
                    continue;
                }
                if (line.indent() != indent || !line.text().strip().startsWith("-")) {
                    if (line.indent() > indent) {
                        throw new HeaderException(line.number(), "unexpected indentation in the #+ header");
                    }
                    break;
                }
                String item = line.text().strip().substring(1).strip();
                pos++;
                int colon = keyColon(item);
                if (colon < 0) {
                    items.add(unquote(item));
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                int fieldIndent = indent + 2;
                putField(fields, item, colon, fieldIndent, line.number());
                while (pos < lines.size() && !lines.get(pos).blank() && lines.get(pos).indent() == fieldIndent) {
                    Line f = lines.get(pos);
                    int c = keyColon(f.text().strip());
                    if (c < 0) {
                        throw new HeaderException(f.number(), "expected 'key: value' in the #+ header");
                    }
                    pos++;
                    putField(fields, f.text().strip(), c, fieldIndent, f.number());
                }
                items.add(new ParamMap(fields, line.number()));
            }
            return items;
        }

        private void putField(Map<String, String> fields, String text, int colon, int indent, int lineNo)
                throws HeaderException {
            String key = text.substring(0, colon).strip();
            Object v = value(text.substring(colon + 1).strip(), indent, lineNo);
            if (!(v instanceof String s)) {
                throw new HeaderException(lineNo, key + ": expected text");
            }
            if (fields.put(key, s) != null) {
                throw new HeaderException(lineNo, "key '" + key + "' given twice");
            }
        }

        private Object inline(String rest, int lineNo) throws HeaderException {
            if (rest.startsWith("[")) {
                if (!rest.endsWith("]")) {
                    throw new HeaderException(lineNo, "unclosed [ in the #+ header");
                }
                List<Object> items = new ArrayList<>();
                for (String part : rest.substring(1, rest.length() - 1).split(",")) {
                    if (!part.isBlank()) {
                        items.add(unquote(part.strip()));
                    }
                }
                return items;
            }
            return unquote(rest);
        }

        /** The colon ending a key: followed by a space or the end, before any quote. */
        private static int keyColon(String text) {
            if (text.startsWith("\"") || text.startsWith("'")) {
                return -1;
            }
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                    return i;
                }
                if (text.charAt(i) == ' ' && i + 1 < text.length() && text.charAt(i + 1) == '#') {
                    return -1;
                }
            }
            return -1;
        }

        private static String unquote(String s) {
            if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
                String inner = s.substring(1, s.length() - 1);
                return s.startsWith("'") ? inner.replace("''", "'") : inner.replace("\\\"", "\"").replace("\\\\", "\\");
            }
            return s;
        }
    }
}
