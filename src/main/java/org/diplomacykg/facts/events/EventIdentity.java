package org.diplomacykg.facts.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.facts.EventType;
import org.diplomacykg.facts.PartialDate;
import org.diplomacykg.facts.Slugs;

/**
 * The cross-article identity of an event: a slug that two articles telling the same event
 * compute alike, and that different events do not share. Month precision is deliberate:
 * articles about one visit date its talks to the day, to the visit's span, or not at all.
 *
 * <pre>
 * state visit  → {guest}-state-visit-to-{host country}-{yyyy-mm}   to-lam-state-visit-to-laos-2025-12
 * numbered     → {n}-{committee|party}-{session|congress}           48-viet-nam-laos-inter-governmental-committee-session
 * award        → {yyyy-mm}-award-conferral-{recipient}
 * inauguration → {yyyy-mm}-inauguration-{what}                       (words of the name, sorted)
 * occasion     → {yyyy-mm}-ceremony-{occasion}
 * otherwise    → {yyyy-mm}-{type}-{sorted main participants}         2025-12-talks-thongloun-sisoulith-to-lam
 * </pre>
 * The month is the event's own when the text dates it, else the publication month.
 */
public final class EventIdentity {
    private static final Pattern CAMEL_CASE_STEP = Pattern.compile("([a-z])([A-Z])");
    private static final Pattern VIET_NAM = Pattern.compile("\\bviet\\s+nam\\b");
    private static final Pattern INTER_GOVERN = Pattern.compile("inter-govern");
    private static final Pattern NOT_ALNUM_RUN = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> NAME_NOISE = Set.of("the", "of", "a", "an", "and", "in", "to", "for", "on", "at");

    /** Adjectives that name a country in a project's name ("Lao–Việt Nam Friendship Park"). */
    private static final java.util.Map<String, String> DEMONYMS = java.util.Map.ofEntries(
            java.util.Map.entry("lao", "laos"), java.util.Map.entry("vietnamese", "vietnam"),
            java.util.Map.entry("cambodian", "cambodia"), java.util.Map.entry("thai", "thailand"),
            java.util.Map.entry("chinese", "china"), java.util.Map.entry("japanese", "japan"),
            java.util.Map.entry("korean", "korea"), java.util.Map.entry("indian", "india"),
            java.util.Map.entry("russian", "russia"), java.util.Map.entry("american", "us"),
            java.util.Map.entry("french", "france"), java.util.Map.entry("german", "germany"),
            java.util.Map.entry("indonesian", "indonesia"), java.util.Map.entry("malaysian", "malaysia"),
            java.util.Map.entry("singaporean", "singapore"), java.util.Map.entry("philippine", "philippines"),
            java.util.Map.entry("myanmar", "myanmar"), java.util.Map.entry("australian", "australia"));

    private EventIdentity() {
    }

    /**
     * The slug, or null when the words do not identify the event (nobody and nothing named).
     * The parts are joined and then made a slug, so an empty part ("meeting 2 between …")
     * never leaves a double hyphen in an IRI.
     */
    static String slug(EventDraft d, PartialDate fallbackMonth) {
        String key = key(d, fallbackMonth);
        return key == null ? null : Slugs.slug(key);
    }

    /** A visit whose host the article never names: {guest}-{type}-{yyyy-mm}, for the article's one visit of that guest. */
    static String hostlessVisitSlug(EventDraft d, PartialDate fallbackMonth) {
        PartialDate when = d.firstDate() != null && d.firstDate().month() != null ? d.firstDate() : fallbackMonth;
        String ym = when.month() == null ? String.valueOf(when.year()) : String.format("%04d-%02d", when.year(), when.month());
        return Slugs.slug(d.guest.slug() + "-" + typeSlug(d.type) + "-" + ym);
    }

    private static String key(EventDraft d, PartialDate fallbackMonth) {
        PartialDate when = d.firstDate() != null && d.firstDate().month() != null ? d.firstDate() : fallbackMonth;
        String ym = when.month() == null ? String.valueOf(when.year()) : String.format("%04d-%02d", when.year(), when.month());
        String type = typeSlug(d.type);
        if (d.planned && d.firstDate() == null) {
            ym = "planned-" + ym;
        }
        switch (d.type) {
            case STATE_VISIT, OFFICIAL_VISIT -> {
                if (d.guest == null || d.hostCountry == null) {
                    return null;
                }
                return d.guest.slug() + "-" + type + "-to-" + d.hostCountry.slug() + "-" + ym;
            }
            case COMMITTEE_SESSION, CONGRESS -> {
                String body = mainSlugs(d);
                if (d.trigger.ordinal() != null && !body.isEmpty()) {
                    return d.trigger.ordinal() + "-" + body + "-" + (d.type == EventType.CONGRESS ? "congress" : "session");
                }
                if (d.type == EventType.CONGRESS) {
                    return null;
                }
                return body.isEmpty() ? null : ym + "-" + type + "-" + body;
            }
            case AWARD_CONFERRAL -> {
                return d.guest == null ? null : ym + "-" + type + "-" + d.guest.slug();
            }
            case INAUGURATION, DOCUMENT_SIGNING, CEREMONY -> {
                if (d.objectKey != null) {
                    return ym + "-" + type + "-" + d.objectKey;
                }
            }
            default -> {
            }
        }
        String who = mainSlugs(d);
        if (d.type == EventType.MEETING && d.trigger.ordinal() != null) {
            who = d.trigger.ordinal() + "-" + who;
        }
        if (who.isEmpty() && d.objectKey == null) {
            return null;
        }
        String day = d.date != null && d.date.day() != null && (d.type == EventType.DOCUMENT_SIGNING || d.type == EventType.CEREMONY)
                ? d.date.toString() : ym;
        return day + "-" + type + (who.isEmpty() ? "" : "-" + who) + (d.objectKey == null ? "" : "-" + d.objectKey);
    }

    static String typeSlug(EventType t) {
        return CAMEL_CASE_STEP.matcher(t.localName()).replaceAll("$1-$2").toLowerCase(Locale.ROOT);
    }

    private static String mainSlugs(EventDraft d) {
        return d.main.stream().map(EntityRef::slug).sorted().distinct().collect(Collectors.joining("-"));
    }

    /**
     * A key for a name that survives the ways articles write it: diacritics folded, hyphens and
     * dashes dropped, demonyms folded into country words, words sorted.
     * {@code "Lao–Việt Nam Friendship Park"} and {@code "Laos–Vietnam Friendship Park"} give one key.
     */
    public static String nameKey(String name) {
        String folded = INTER_GOVERN.matcher(VIET_NAM.matcher(Slugs.fold(name).toLowerCase(Locale.ROOT))
                .replaceAll("vietnam")).replaceAll("intergovern");
        TreeSet<String> words = new TreeSet<>();
        for (String w : NOT_ALNUM_RUN.split(folded)) {
            if (!w.isEmpty() && !NAME_NOISE.contains(w)) {
                words.add(DEMONYMS.getOrDefault(w, w));
            }
        }
        return String.join("-", words);
    }

    /** Slugs of a list of refs, sorted: what "main participants" keys are made of. */
    static String join(List<EntityRef> refs) {
        return refs.stream().map(EntityRef::slug).sorted().distinct().collect(Collectors.joining("-"));
    }
}
