package org.diplomacykg.mention;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.diplomacykg.article.ArticleFile;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.article.RejectedInputException;
import org.diplomacykg.document.Document;
import org.diplomacykg.facts.ArticleExtractor;
import org.diplomacykg.facts.ArticleFacts;
import org.diplomacykg.facts.Entity;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.RoleFact;
import org.diplomacykg.rdf.GazetteerLoader;

/** Shared test helpers: the shipped gazetteer, and documents made from a few sentences. */
public final class Fixtures {
    private static Gazetteer gazetteer;

    private Fixtures() {
    }

    public static synchronized Gazetteer gazetteer() {
        if (gazetteer == null) {
            gazetteer = GazetteerLoader.fromOntology();
        }
        return gazetteer;
    }

    /** An agency-style article filed from Hà Nội by VNA on 1 December 2025. */
    public static Document doc(String body) {
        return doc("2025-12-01", "HÀ NỘI", body, "VNA");
    }

    public static Document doc(String date, String dateline, String body, String agency) {
        String text = " date " + date + " " + dateline + " — " + body + " — " + agency;
        try {
            return Document.of(new ArticleReader().read(new ArticleFile(Path.of("case.txt"), "case.txt", text, "0")));
        } catch (RejectedInputException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static ArticleFacts facts(Document doc) {
        return new ArticleExtractor(gazetteer()).extract(doc);
    }

    /** {@code Kind label} of every entity, sorted: {@code "PERSON Tô Lâm"}. */
    public static List<String> entities(ArticleFacts facts) {
        return facts.entities().stream().map(e -> e.ref().kind() + " " + e.label()).sorted().toList();
    }

    /** {@code holder / role / where} of every role, sorted. */
    public static List<String> roles(ArticleFacts facts) {
        return facts.roles().stream().map(r -> label(facts, r.holder()) + " / " + r.roleLabel() + " / "
                + (r.roleIn() == null ? "-" : label(facts, r.roleIn()))).sorted().toList();
    }

    public static String label(ArticleFacts facts, EntityRef ref) {
        return facts.entities().stream().filter(e -> e.ref().equals(ref)).map(Entity::label).findFirst()
                .orElse("?" + ref.slug());
    }

    public static String joined(List<String> items) {
        return items.stream().collect(Collectors.joining("; "));
    }

    /** The role facts' evidence quotes. */
    public static List<String> roleQuotes(ArticleFacts facts) {
        return facts.roles().stream().map(RoleFact::evidence).map(e -> e.quote()).distinct().sorted().toList();
    }
}
