package org.diplomacykg.mention.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.diplomacykg.article.ArticleMetadata;
import org.diplomacykg.document.Document;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.mention.Gazetteer;
import org.diplomacykg.mention.GazetteerEntry;
import org.diplomacykg.mention.TitledName;

/**
 * The working state the mention rules share while reading one document: the gazetteer, the
 * entity table, one {@link SentenceScan} per sentence, acronyms the article defines and the
 * title phrases found. Each rule reads it and adds to it; {@code MentionFinder} runs them in order.
 */
public final class DocumentScan {
    private static final Pattern PUBLISHER_SEPARATOR = Pattern.compile("[/,;]");
    private final Document document;
    private final Gazetteer gazetteer;
    private final EntityTable table = new EntityTable();
    private final List<SentenceScan> sentences = new ArrayList<>();
    private final Map<String, EntityRef> acronyms = new HashMap<>();
    private final List<TitledName> titledNames = new ArrayList<>();
    private final EntityRef homeCountry;
    private EntityRef datelinePlace;

    public DocumentScan(Document document, Gazetteer gazetteer) {
        this.document = document;
        this.gazetteer = gazetteer;
        for (Sentence s : document.sentences()) {
            sentences.add(new SentenceScan(s));
        }
        this.homeCountry = homeCountry(document.article().metadata(), gazetteer);
    }

    /**
     * The country an article speaks from: its publisher's (VNA is Vietnamese), else its
     * dateline's. Unqualified titles ({@code Minister of Foreign Affairs Le Hoài Trung}) belong
     * to it when nothing else in the text says otherwise.
     */
    static EntityRef homeCountry(ArticleMetadata meta, Gazetteer gazetteer) {
        if (meta.publisher() != null) {
            for (String part : PUBLISHER_SEPARATOR.split(meta.publisher())) {
                EntityRef c = gazetteer.named(part.strip()).map(GazetteerEntry::country).orElse(null);
                if (c != null) {
                    return c;
                }
            }
        }
        if (meta.dateline() != null) {
            GazetteerEntry e = gazetteer.named(meta.dateline()).orElse(null);
            if (e != null) {
                return e.ref().kind() == EntityKind.COUNTRY ? e.ref() : e.country();
            }
        }
        return null;
    }

    public Document document() {
        return document;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public EntityTable table() {
        return table;
    }

    public List<SentenceScan> sentences() {
        return sentences;
    }

    public Map<String, EntityRef> acronyms() {
        return acronyms;
    }

    public List<TitledName> titledNames() {
        return titledNames;
    }

    /** The article's home country, or null when neither publisher nor dateline tells it. */
    public EntityRef homeCountry() {
        return homeCountry;
    }

    public EntityRef datelinePlace() {
        return datelinePlace;
    }

    public void datelinePlace(EntityRef ref) {
        this.datelinePlace = ref;
    }

    /** Every span found in the document, sentence by sentence. */
    public List<Found> allFound() {
        List<Found> out = new ArrayList<>();
        sentences.forEach(s -> out.addAll(s.found()));
        return out;
    }
}
