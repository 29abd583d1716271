package org.diplomacykg.facts.projects;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.mention.ProjectTypeTerm;

/**
 * The head nouns of the project-type scheme ({@code railway}, {@code power transmission line},
 * {@code border gate}…), matched on the words of a parsed sentence: every word but the last as
 * written, the last by its lemma so that plurals are found too.
 */
final class ProjectNouns {
    /** A project noun found in a sentence: words {@code first..last}, and the type it names. */
    record Found(int first, int last, String type) {
    }

    private record Noun(List<String> words, String type) {
    }

    private final List<Noun> nouns = new ArrayList<>();

    ProjectNouns(List<ProjectTypeTerm> types) {
        for (ProjectTypeTerm t : types) {
            for (String noun : t.nouns()) {
                if (!noun.equals("other project")) { // the scheme's catch-all label is no head noun
                    nouns.add(new Noun(Arrays.asList(noun.toLowerCase(Locale.ROOT).split("\\s+")), t.localName()));
                }
            }
        }
        nouns.sort(Comparator.comparingInt((Noun n) -> n.words().size()).reversed());
    }

    /** The longest project noun whose last word is word {@code last}. */
    Optional<Found> endingAt(Sentence s, int last) {
        for (Noun n : nouns) {
            int size = n.words().size();
            int first = last - size + 1;
            if (first < 0) {
                continue;
            }
            boolean fits = true;
            for (int k = 0; k < size && fits; k++) {
                Word w = s.words().get(first + k);
                String want = n.words().get(k);
                fits = w.text().toLowerCase(Locale.ROOT).equals(want)
                        || k == size - 1 && w.lemma().toLowerCase(Locale.ROOT).equals(want);
            }
            if (fits) {
                return Optional.of(new Found(first, last, n.type()));
            }
        }
        return Optional.empty();
    }
}
