package org.diplomacykg.serve.pages;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.diplomacykg.serve.KgTerms;

/**
 * The kinds of things a person browses, each with its page {@code /browse/{slug}} and the
 * classes whose instances it lists. Events include every subclass of {@code dip:Event}.
 *
 * <p>Example: {@code Category.bySlug("people")} is {@link #PEOPLE}, listing {@code dip:Person}.
 */
public enum Category {
    PEOPLE("people", "People", KgTerms.PERSON),
    ORGANISATIONS("organisations", "Organisations", KgTerms.ORGANIZATION),
    COUNTRIES("countries", "Countries", KgTerms.COUNTRY),
    PLACES("places", "Places", KgTerms.PLACE),
    EVENTS("events", "Events", KgTerms.EVENT),
    COMMITMENTS("commitments", "Commitments", KgTerms.COMMITMENT),
    PROJECTS("projects", "Projects", KgTerms.PROJECT),
    ARTICLES("articles", "Articles", KgTerms.ARTICLE);

    private final String slug;
    private final String title;
    private final Node mainClass;

    Category(String slug, String title, Node mainClass) {
        this.slug = slug;
        this.title = title;
        this.mainClass = mainClass;
    }

    public String slug() { return slug; }
    public String title() { return title; }

    /** The classes whose instances belong here. */
    public Set<Node> classes(KgView view) {
        return this == EVENTS ? view.eventClasses() : Set.of(mainClass);
    }

    /** Instances in the store, sorted by label (events: by date, then label). */
    public List<Node> members(KgView view) {
        List<Node> out = view.instancesOf(classes(view));
        Labels labels = view.labels();
        if (this == EVENTS)
            out.sort((a, b) -> {
                int c = view.dateOf(a).compareTo(view.dateOf(b));
                return c != 0 ? c : labels.of(a).compareToIgnoreCase(labels.of(b));
            });
        else
            out.sort((a, b) -> labels.of(a).compareToIgnoreCase(labels.of(b)));
        return out;
    }

    /** The category of a resource with these types, if any. */
    public static Optional<Category> of(KgView view, List<Node> types) {
        return Arrays.stream(values()).filter(c -> types.stream().anyMatch(c.classes(view)::contains)).findFirst();
    }

    public static Optional<Category> bySlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
    }
}
