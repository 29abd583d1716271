package org.diplomacykg.rdf.vocab;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The IRIs of the knowledge graph's own resources: articles, entities, the ontology document,
 * and the slugs that make entity IRIs deterministic.
 *
 * <pre>{@code
 * KG.slug("Tô Lâm")                          // "to-lam"
 * KG.entity("person", KG.slug("Tô Lâm"))     // <https://w3id.org/diplomacy-kg/id/person/to-lam>
 * KG.article("000_dc28ce060877cb66")         // <https://w3id.org/diplomacy-kg/article/000_dc28ce060877cb66>
 * KG.role("prime-minister")                  // <https://w3id.org/diplomacy-kg/id/role/prime-minister>
 * }</pre>
 *
 * <p>The same name always gives the same IRI, so the same real-world entity named in several
 * articles, with or without diacritics, gets one IRI.
 */
public final class KG {

    /** Base of every IRI the project mints: {@value}. */
    public static final String BASE = "https://w3id.org/diplomacy-kg/";

    /** Prefix of article IRIs, which also name the article graphs: {@value}. */
    public static final String ARTICLE = BASE + "article/";

    /** Prefix of entity IRIs, followed by {@code {kind}/{slug}}: {@value}. */
    public static final String ID = BASE + "id/";

    /** Prefix of role concept IRIs, followed by the slug of the preferred label: {@value}. */
    public static final String ROLE = ID + "role/";

    /** The ontology document, also the name of the graph holding the ontology: {@value}. */
    public static final String ONTOLOGY = BASE + "ontology";

    /** The SKOS concept scheme of role titles: {@value}. */
    public static final String ROLE_SCHEME = DIP.NS + "RoleScheme";

    private static final Pattern KIND = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc`\u00b4]");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private KG() {}

    /**
     * The IRI of an article, from its file name without extension.
     * Characters outside the IRI "unreserved" set are percent-encoded as UTF-8, so any file
     * name gives a valid IRI; ordinary names ({@code 000_dc28ce060877cb66}) are unchanged.
     *
     * @param fileStem the file name without folders and without extension
     * @return {@code https://w3id.org/diplomacy-kg/article/{fileStem}}
     * @throws IllegalArgumentException if the stem is empty or contains a path separator
     */
    public static Resource article(String fileStem) {
        Objects.requireNonNull(fileStem, "fileStem");
        if (fileStem.isEmpty() || fileStem.indexOf('/') >= 0 || fileStem.indexOf('\\') >= 0) {
            throw new IllegalArgumentException("not a file stem: \"" + fileStem + "\"");
        }
        return ResourceFactory.createResource(ARTICLE + percentEncode(fileStem));
    }

    /**
     * The IRI of an entity: {@code https://w3id.org/diplomacy-kg/id/{kind}/{slug}}.
     *
     * @param kind lowercase kind such as {@code person}, {@code organization}, {@code country},
     *             {@code place}, {@code project}, {@code event}, {@code award}
     * @param slug a slug as made by {@link #slug(String)}
     * @throws IllegalArgumentException if kind or slug is not in slug form
     */
    public static Resource entity(String kind, String slug) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slug, "slug");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("not an entity kind: \"" + kind + "\"");
        }
        if (!SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("not a slug: \"" + slug + "\" (use KG.slug(name))");
        }
        return ResourceFactory.createResource(ID + kind + "/" + slug);
    }

    /**
     * The IRI of a role concept of {@code dip:RoleScheme}, such as
     * {@code role("general-secretary")}.
     *
     * @param slug the slug of the role's preferred label
     */
    public static Resource role(String slug) {
        return entity("role", slug);
    }

    /**
     * Turns a name into the slug used in entity IRIs: diacritics folded ({@code đ} to {@code d}
     * too), lowercased, apostrophes dropped, every run of other characters that are not ASCII
     * letters or digits turned into one hyphen, and hyphens trimmed from both ends.
     *
     * <pre>{@code
     * slug("Tô Lâm")                                      // "to-lam"
     * slug("Việt Nam–Laos Inter-Governmental Committee")  // "viet-nam-laos-inter-governmental-committee"
     * slug("Lao People's Revolutionary Party")            // "lao-peoples-revolutionary-party"
     * slug("Đà Nẵng")                                     // "da-nang"
     * }</pre>
     *
     * @throws IllegalArgumentException if the name has no letter or digit left after folding
     */
    public static String slug(String name) {
        Objects.requireNonNull(name, "name");
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(foldLetters(name), Normalizer.Form.NFKD))
                .replaceAll("");
        String lower = APOSTROPHES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("");
        String slug = NOT_ALNUM.matcher(lower).replaceAll("-");
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        if (start == end) {
            throw new IllegalArgumentException("no letters or digits to make a slug from: \"" + name + "\"");
        }
        return slug.substring(start, end);
    }

    /** Letters that Unicode decomposition does not reduce to a base letter plus marks. */
    private static String foldLetters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'đ', 'ð' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'ı' -> out.append('i');
                case 'ß' -> out.append("ss");
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("OE");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String percentEncode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
