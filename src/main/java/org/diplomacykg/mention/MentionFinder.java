package org.diplomacykg.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.diplomacykg.document.Document;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.mention.rules.AcronymRule;
import org.diplomacykg.mention.rules.DocumentScan;
import org.diplomacykg.mention.rules.Found;
import org.diplomacykg.mention.rules.GazetteerNameRule;
import org.diplomacykg.mention.rules.NamedEntityRule;
import org.diplomacykg.mention.rules.OrganisationPatternRule;
import org.diplomacykg.mention.rules.PlacePatternRule;
import org.diplomacykg.mention.rules.ShortReferenceResolver;
import org.diplomacykg.mention.rules.TitledPersonRule;

/**
 * Finds the actors and places of a document and every place each is mentioned. The façade
 * over the rules in {@code mention.rules}, run in this order: known names
 * ({@link GazetteerNameRule}), organisations by pattern, acronym definitions, places by
 * pattern, acronym uses, titled persons, names the entity tagger finds, then short references.
 *
 * <pre>
 * Gazetteer gazetteer = GazetteerLoader.fromOntology();       // org.diplomacykg.rdf
 * DocumentMentions m = new MentionFinder(gazetteer).find(document);
 * for (Mention x : m.in(sentence.index())) { ... x.ref() ... }
 * m.entities();                                               // each entity once, all spellings
 * </pre>
 * The same document always gives equal mentions.
 */
public final class MentionFinder {
    private final Gazetteer gazetteer;

    public MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public DocumentMentions find(Document document) {
        DocumentScan doc = new DocumentScan(document, gazetteer);
        datelinePlace(doc);
        new GazetteerNameRule().apply(doc);
        new OrganisationPatternRule().apply(doc);
        AcronymRule acronyms = new AcronymRule();
        acronyms.definitions(doc);
        new PlacePatternRule().apply(doc);
        acronyms.uses(doc);
        TitledPersonRule persons = new TitledPersonRule();
        persons.apply(doc);
        new NamedEntityRule().apply(doc);
        new ShortReferenceResolver().apply(doc, persons.pending());
        return assemble(doc);
    }

    /** The dateline, as a place of the article ({@code Hà Nội} for {@code HÀ NỘI}). */
    private void datelinePlace(DocumentScan doc) {
        String dateline = doc.document().article().metadata().dateline();
        if (dateline == null) {
            return;
        }
        EntityRef ref = gazetteer.named(dateline)
                .filter(e -> e.ref().kind() == EntityKind.PLACE)
                .map(e -> doc.table().known(e, dateline))
                .orElseGet(() -> doc.table().unknown(EntityKind.PLACE, dateline, null));
        doc.datelinePlace(ref);
    }

    private static DocumentMentions assemble(DocumentScan doc) {
        List<Found> all = doc.allFound();
        all.sort(Comparator.comparingInt(Found::sentence).thenComparingInt(Found::start)
                .thenComparing(Comparator.comparingInt(Found::length).reversed()));
        List<Mention> outer = new ArrayList<>();
        List<Found> kept = new ArrayList<>();
        Set<EntityRef> named = new HashSet<>();
        if (doc.datelinePlace() != null) {
            named.add(doc.datelinePlace());
        }
        for (Found f : all) {
            boolean crossed = kept.stream().anyMatch(k -> k.sentence() == f.sentence() && k.crosses(f));
            if (crossed) {
                continue;
            }
            boolean inside = kept.stream().anyMatch(k -> k.sentence() == f.sentence() && k.contains(f));
            // a body named inside another's name (the Vietnam Fatherland Front in "Central
            // Committee of the Vietnam Fatherland Front") is part of that name, not a mention
            // and so is a person in a place's name (Hồ Chí Minh in "Hồ Chí Minh Mausoleum"), and a
            // place in a person's (Huế in "Vuong Dinh Hue")
            boolean partOfName = kept.stream().anyMatch(k -> k.sentence() == f.sentence() && k.contains(f)
                    && ((k.ref().kind() == EntityKind.ORGANIZATION || k.ref().kind() == EntityKind.PLACE)
                    && (f.ref().kind() == EntityKind.ORGANIZATION || f.ref().kind() == EntityKind.PERSON)
                    || k.ref().kind() == EntityKind.PERSON && f.ref().kind() == EntityKind.PLACE));
            kept.add(f);
            if (!partOfName) {
                named.add(f.ref());
            }
            if (!inside) {
                outer.add(new Mention(f.ref(), f.sentence(), f.start(), f.end(), f.surface()));
            }
        }
        for (TitledName n : doc.titledNames()) {
            named.add(n.person());
        }
        return new DocumentMentions(outer, doc.table().entities(named), doc.homeCountry(), doc.datelinePlace());
    }
}
