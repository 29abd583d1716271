package org.diplomacykg.rdf;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplomacykg.article.Article;
import org.diplomacykg.article.ArticleMetadata;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.CommitmentFact;
import org.diplomacykg.facts.Entity;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.EventFact;
import org.diplomacykg.facts.Evidence;
import org.diplomacykg.facts.PartialDate;
import org.diplomacykg.facts.Participation;
import org.diplomacykg.facts.ProjectFact;
import org.diplomacykg.facts.RoleFact;
import org.diplomacykg.facts.Slugs;
import org.diplomacykg.facts.TargetFact;
import org.diplomacykg.rdf.vocab.DIP;
import org.diplomacykg.rdf.vocab.KG;

/**
 * The one place where extracted records become triples. Given an article's facts it builds
 * the article's self-contained named graph: the article, every entity it mentions (type and
 * labels), and each role, event, commitment and project with its evidence. IRIs are minted
 * from names and offsets only, so the same input always gives the same graph.
 *
 * <pre>
 * Graph g = new ArticleGraphWriter().write(new ArticleExtractor(gazetteer).extract(doc));
 * </pre>
 */
public final class ArticleGraphWriter {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:–—-]+$");

    public Graph write(ArticleFacts facts) {
        return new GraphBuild(facts).build();
    }

    /** The IRI of an entity: {@code id/person/to-lam}. */
    public static Node iri(EntityRef ref) {
        return id(ref.kind().path(), ref.slug());
    }

    /** One write: the graph under construction and the article it belongs to. */
    private static final class GraphBuild {
        private final ArticleFacts facts;
        private final Article article;
        private final Node articleIri;
        private final Graph g = new WrittenOrderGraph();
        private final Set<Node> written = new HashSet<>();
        private final Map<EntityRef, String> labels = new HashMap<>();

        GraphBuild(ArticleFacts facts) {
            this.facts = facts;
            this.article = facts.document().article();
            this.articleIri = KG.article(article.file().stem()).asNode();
            facts.entities().forEach(e -> labels.put(e.ref(), e.label()));
        }

        private String labelOf(EntityRef ref) {
            return labels.getOrDefault(ref, ref.slug());
        }

        Graph build() {
            writeArticle();
            facts.entities().forEach(this::writeEntity);
            facts.roles().forEach(this::writeRole);
            facts.projects().forEach(this::writeProject);
            // events in the order the article first tells them (merging and settling reorder them)
            facts.events().stream()
                    .sorted(Comparator.comparingInt((EventFact e) -> e.evidence().stream().mapToInt(Evidence::begin).min().orElse(Integer.MAX_VALUE)))
                    .forEach(this::writeEvent);
            facts.commitments().forEach(this::writeCommitment);
            return g;
        }

        private void writeArticle() {
            ArticleMetadata meta = article.metadata();
            add(articleIri, RDF.type, DIP.Article);
            add(articleIri, RDFS.label, text(articleLabel()));
            add(articleIri, DIP.sourceFile, text(article.file().fileName()));
            add(articleIri, DIP.contentHash, text(article.file().sha256()));
            add(articleIri, DIP.text, text(article.file().text()));
            add(articleIri, DCTerms.date, date(PartialDate.of(meta.published())));
            if (meta.publisher() != null) {
                add(articleIri, DCTerms.publisher, text(meta.publisher()));
            }
            if (meta.sourceUrl() != null) {
                add(articleIri, DCTerms.source, NodeFactory.createURI(meta.sourceUrl()));
            }
            if (meta.headline() != null) {
                add(articleIri, DIP.headline, text(meta.headline()));
            }
            if (meta.dateline() != null) {
                add(articleIri, DIP.dateline, id(EntityKind.PLACE.path(), Slugs.slug(meta.dateline())));
            }
        }

        /**
         * What a reader calls the article: its headline when the page has one, else its first
         * sentence (agency copy has no headline; cut after {@value #LABEL_WORDS} words), else
         * (no text at all) the file name. Never the file's hash-like name when there is text.
         */
        private String articleLabel() {
            String headline = article.metadata().headline();
            if (headline != null && !headline.isBlank()) {
                return headline.strip();
            }
            return facts.document().sentences().stream()
                    .filter(sentence -> !sentence.heading())
                    .map(sentence -> shortened(sentence.text()))
                    .filter(first -> !first.isEmpty())
                    .findFirst()
                    .orElse(article.file().fileName());
        }

        private void writeEntity(Entity e) {
            // rdfs:label only: which of the names the articles give is preferred (skos:prefLabel)
            // is decided across articles, in the store's labels graph
            Node s = iri(e.ref());
            add(s, RDF.type, classOf(e.ref().kind()));
            add(s, RDFS.label, text(e.label()));
            String folded = Slugs.fold(e.label());
            if (!folded.equals(e.label())) {
                add(s, SKOS.altLabel, text(folded));
            }
            for (String alt : e.altLabels()) {
                add(s, SKOS.altLabel, text(alt));
            }
            if (e.country() != null) {
                add(s, DIP.country, iri(e.country()));
            }
            add(articleIri, DIP.mentions, s);
        }

        private void writeRole(RoleFact r) {
            Node role = id("role", r.roleSlug());
            add(role, RDF.type, DIP.Role);
            add(role, RDF.type, SKOS.Concept);
            add(role, RDFS.label, text(r.roleLabel()));
            String where = r.roleIn() == null ? "unstated" : r.roleIn().slug();
            Node s = id("role-assignment", Slugs.slug(String.join("-", r.holder().slug(), r.roleSlug(), where, r.asOf().toString())));
            add(s, RDF.type, DIP.RoleAssignment);
            // the date tells apart the same title as stated on different days ("…, General Secretary of … (2025-12-01)")
            add(s, RDFS.label, text(labelOf(r.holder()) + ", " + r.roleLabel()
                    + (r.roleIn() == null ? "" : " of " + labelOf(r.roleIn())) + " (" + r.asOf() + ")"));
            add(s, DIP.holder, iri(r.holder()));
            add(s, DIP.role, role);
            if (r.roleIn() != null) {
                add(s, DIP.roleIn, iri(r.roleIn()));
            }
            add(s, DIP.date, date(r.asOf()));
            evidence(s, r.evidence());
        }

        private void writeProject(ProjectFact p) {
            Node s = id("project", p.slug());
            add(s, RDF.type, DIP.Project);
            add(s, RDFS.label, text(p.label()));
            for (String alt : p.altLabels()) {
                add(s, SKOS.altLabel, text(alt));
            }
            add(s, DIP.projectType, DIP.term(p.projectType()).asNode());
            if (p.location() != null) {
                add(s, DIP.location, iri(p.location()));
            }
            if (p.status() != null) {
                add(s, DIP.status, DIP.term(p.status().localName()));
            }
            add(articleIri, DIP.mentions, s);
            evidence(s, p.evidence());
        }

        private void writeEvent(EventFact e) {
            Node s = id("event", e.slug());
            add(s, RDF.type, DIP.term(e.type().localName()));
            add(s, RDFS.label, text(e.label()));
            optionalDate(s, DIP.date, e.date());
            optionalDate(s, DIP.startDate, e.start());
            optionalDate(s, DIP.endDate, e.end());
            if (e.place() != null) {
                add(s, DIP.place, iri(e.place()));
            }
            for (Participation p : e.participants()) {
                Node actor = iri(p.actor());
                add(s, DIP.participant, actor);
                switch (p.role()) {
                    case HOST -> add(s, DIP.host, actor);
                    case GUEST -> add(s, DIP.guest, actor);
                    case COMPANION -> add(s, DIP.companion, actor);
                    case RECIPIENT -> add(s, DIP.awardedTo, actor);
                    case CONFERRER -> add(s, DIP.awardedBy, actor);
                    case PARTICIPANT -> { }
                }
            }
            if (e.partOf() != null) {
                add(s, DIP.partOf, id("event", e.partOf()));
            }
            if (e.planned()) {
                add(s, DIP.planned, NodeFactory.createLiteralByValue(true, XSDDatatype.XSDboolean));
            }
            if (e.documentCount() != null) {
                add(s, DIP.documentCount, integer(e.documentCount()));
            }
            if (e.award() != null) {
                Node award = id("award", Slugs.slug(e.award()));
                add(award, RDF.type, DIP.Award);
                add(award, RDFS.label, text(e.award()));
                add(s, DIP.award, award);
            }
            e.evidence().forEach(ev -> evidence(s, ev));
        }

        private void writeCommitment(CommitmentFact c) {
            Node s = id("commitment", c.slug());
            add(s, RDF.type, DIP.Commitment);
            add(s, RDFS.label, text(CommitmentLabel.of(c, this::labelOf)));
            add(s, DIP.modality, DIP.term(c.modality().localName()));
            add(s, DIP.area, DIP.term(c.area().localName()));
            for (EntityRef party : c.parties()) {
                add(s, DIP.committedBy, iri(party));
            }
            List<TargetFact> targets = c.targets();
            for (int i = 0; i < targets.size(); i++) {
                TargetFact t = targets.get(i);
                Node target = id("target", c.slug() + "-" + (i + 1));
                add(target, RDF.type, DIP.Target);
                add(target, RDFS.label, text(CommitmentLabel.target(t)));
                // canonical xsd:decimal: 10000000000, not 10000000000.0
                add(target, DIP.amount, NodeFactory.createLiteral(t.amount().stripTrailingZeros().toPlainString(),
                        XSDDatatype.XSDdecimal));
                if (t.currency() != null) {
                    add(target, DIP.currency, text(t.currency()));
                }
                if (t.metric() != null) {
                    add(target, DIP.metric, text(t.metric()));
                }
                add(s, DIP.target, target);
            }
            optionalDate(s, DIP.deadline, c.deadline());
            for (String project : c.projects()) {
                add(s, DIP.concerns, id("project", project));
            }
            if (c.madeAt() != null) {
                add(s, DIP.madeAt, id("event", c.madeAt()));
            }
            evidence(s, c.evidence());
        }

        /** Evidence IRIs live in the article's own namespace, so a click lands on the article. */
        private void evidence(Node subject, Evidence ev) {
            Node s = NodeFactory.createURI(articleIri.getURI() + "#quote-" + ev.begin() + "-" + ev.end());
            add(subject, DIP.evidence, s);
            if (!written.add(s)) {
                return;
            }
            add(s, RDF.type, DIP.Evidence);
            add(s, DIP.quote, text(ev.quote()));
            add(s, DIP.beginIndex, integer(ev.begin()));
            add(s, DIP.endIndex, integer(ev.end()));
            add(s, DIP.sentenceIndex, integer(ev.sentence()));
            add(s, DIP.inArticle, articleIri);
        }

        private void optionalDate(Node s, Property p, PartialDate d) {
            if (d != null) {
                add(s, p, date(d));
            }
        }

        private void add(Node s, Property p, Resource o) {
            add(s, p, o.asNode());
        }

        private void add(Node s, Property p, Node o) {
            g.add(Triple.create(s, p.asNode(), o));
        }
    }

    /** Words of a generated label; a longer text is cut at a word and ends with "…". */
    static final int LABEL_WORDS = 25;

    /** {@code text} on one line, cut after {@link #LABEL_WORDS} words. */
    static String shortened(String text) {
        return shortened(text, LABEL_WORDS);
    }

    /** {@code text} on one line, cut after {@code max} words. */
    static String shortened(String text, int max) {
        String[] words = WHITESPACE.split(text.strip());
        if (words.length <= max) {
            return String.join(" ", words);
        }
        String cut = String.join(" ", Arrays.copyOf(words, max));
        // no dangling comma or dash before the ellipsis
        return TRAILING_PUNCTUATION.matcher(cut).replaceAll("") + " …";
    }

    static Node classOf(EntityKind kind) {
        return switch (kind) {
            case PERSON -> DIP.Person.asNode();
            case ORGANIZATION -> DIP.Organization.asNode();
            case COUNTRY -> DIP.Country.asNode();
            case PLACE -> DIP.Place.asNode();
        };
    }

    /** {@code id/{kind}/{slug}}; the slug must already be in slug form. */
    static Node id(String kind, String slug) {
        return KG.entity(kind, slug).asNode();
    }

    static Node text(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node integer(int i) {
        return NodeFactory.createLiteral(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    /** A date at its precision: {@code xsd:date}, {@code xsd:gYearMonth} or {@code xsd:gYear}. */
    static Node date(PartialDate d) {
        XSDDatatype type = d.month() == null ? XSDDatatype.XSDgYear
                : d.day() == null ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
        return NodeFactory.createLiteral(d.toString(), type);
    }
}
