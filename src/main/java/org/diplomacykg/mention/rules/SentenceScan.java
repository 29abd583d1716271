package org.diplomacykg.mention.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.diplomacykg.document.Sentence;
import org.diplomacykg.document.Word;
import org.diplomacykg.facts.EntityKind;
import org.diplomacykg.facts.EntityRef;
import org.diplomacykg.mention.Tokens;

/** What the rules have found so far in one sentence: its words, named spans and demonyms. */
public final class SentenceScan {
    private final Sentence sentence;
    private final Tokens tokens;
    private final List<Found> found = new ArrayList<>();
    private final Map<Integer, EntityRef> demonyms = new HashMap<>();

    public SentenceScan(Sentence sentence) {
        this.sentence = sentence;
        this.tokens = Tokens.of(sentence.text());
    }

    public Sentence sentence() {
        return sentence;
    }

    public Tokens tokens() {
        return tokens;
    }

    public List<Found> found() {
        return found;
    }

    /**
     * The parser's word that holds token {@code i} (a token is a run of letters and digits; the
     * parser may cut differently, "Nam–Laos" or "Lâm’s"), for its tag, entity class and head.
     */
    public Optional<Word> word(int i) {
        int at = tokens.get(i).start();
        for (Word w : sentence.words()) {
            if (w.start() <= at && at < w.end()) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** Adds a span of tokens {@code [first, end)} naming {@code ref}. */
    public Found add(int first, int end, EntityRef ref, Found.How how) {
        int start = tokens.get(first).start();
        int stop = tokens.get(end - 1).end();
        Found f = new Found(sentence.index(), first, end, start, stop, sentence.text().substring(start, stop), ref, how);
        if (found.stream().noneMatch(o -> o.start() == f.start() && o.end() == f.end())) {
            found.add(f);
        }
        return f;
    }

    /** The longest span that starts at token {@code i}. */
    public Optional<Found> startingAt(int i) {
        return found.stream().filter(f -> f.firstToken() == i)
                .max((a, b) -> Integer.compare(a.endToken(), b.endToken()));
    }

    /** The longest span starting at token {@code i} that names an entity of one of the kinds. */
    public Optional<Found> startingAt(int i, EntityKind... kinds) {
        return found.stream().filter(f -> f.firstToken() == i && List.of(kinds).contains(f.ref().kind()))
                .max((a, b) -> Integer.compare(a.endToken(), b.endToken()));
    }

    /** True when some span covers token {@code i}. */
    public boolean covered(int i) {
        return found.stream().anyMatch(f -> f.firstToken() <= i && i < f.endToken());
    }

    public void demonym(int token, EntityRef country) {
        demonyms.put(token, country);
    }

    /** The country whose demonym token {@code i} is ({@code Lao} → Laos), if it is one. */
    public Optional<EntityRef> demonymAt(int i) {
        return Optional.ofNullable(demonyms.get(i));
    }
}
