package org.diplomacykg.rdf.vocab;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.diplomacykg.facts.Slugs;

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

    /** Named graph recording when each article graph was last written (times live only here): {@value}. */
    public static final String LOADS_GRAPH = BASE + "graph/loads";

    /**
     * Named graph of preferred labels across articles: one {@code skos:prefLabel} per labelled
     * resource and its other labels as {@code skos:altLabel}, derived by the loader from the
     * article graphs (which each state only their own {@code rdfs:label}): {@value}.
     */
    public static final String LABELS_GRAPH = BASE + "graph/labels";

    /**
     * Named graph of what listings sort or count, derived by the loader from the article graphs
     * and kept in step with them ({@code store/DerivedGraph}): per article its counts, per event
     * the projects its quotes name, per pair of actors the events they share: {@value}.
     */
    public static final String DERIVED_GRAPH = BASE + "graph/derived";

    /** Prefix of the actor pairs of the derived graph, followed by a digest of the two actors' IRIs: {@value}. */
    public static final String ACTOR_PAIR = ID + "actor-pair/";

    /** Prefix of the target statements of the derived graph, followed by a digest of measure, amount and currency: {@value}. */
    public static final String TARGET_STATEMENT = ID + "target-statement/";

    /** The SKOS concept scheme of role titles: {@value}. */
    public static final String ROLE_SCHEME = DIP.NS + "RoleScheme";

    private static final Pattern KIND = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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

    /** The ontology's named graph. */
    public static Node ontologyGraph() {
        return NodeFactory.createURI(ONTOLOGY);
    }

    /** The named graph of load times. */
    public static Node loadsGraph() {
        return NodeFactory.createURI(LOADS_GRAPH);
    }

    /** The named graph of preferred labels, derived from the article graphs. */
    public static Node labelsGraph() {
        return NodeFactory.createURI(LABELS_GRAPH);
    }

    /** The named graph of what listings sort or count, derived from the article graphs. */
    public static Node derivedGraph() {
        return NodeFactory.createURI(DERIVED_GRAPH);
    }

    /** True for the graphs that hold articles (not the ontology or load records). */
    public static boolean isArticleGraph(Node graphName) {
        return graphName.isURI() && graphName.getURI().startsWith(ARTICLE);
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
        return Slugs.slug(name);
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
