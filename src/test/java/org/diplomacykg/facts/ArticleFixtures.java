package org.diplomacykg.facts;

import java.nio.file.Files;
import java.nio.file.Path;
import org.diplomacykg.article.ArticleFileReader;
import org.diplomacykg.article.ArticleReader;
import org.diplomacykg.document.Document;
import org.diplomacykg.mention.FixedMentions;
import org.diplomacykg.mention.Mentions;

/** Test fixture: small made-up agency articles and the names they use. */
public final class ArticleFixtures {
    private ArticleFixtures() {
    }

    /** Writes {@code " date {published} {DATELINE} — {body}"} to {@code dir/name} and reads it. */
    public static Document document(Path dir, String name, String published, String dateline, String body) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, " date " + published + " " + dateline + " — " + body);
        return Document.of(new ArticleReader().read(new ArticleFileReader().read(file)));
    }

    /** The people, countries and places of the made-up Norland–Sudland articles. */
    public static Mentions mentions(Document document) {
        return FixedMentions.builder()
                .person("Anna Berg", "Berg")
                .person("Olav Lind", "Lind", "the Sudland leader")
                .person("Eva Holm", "Holm")
                .person("Karl Berg")
                .country("Norland", "Norlandic")
                .country("Sudland")
                .org("Norland People's Party", "NPP")
                .org("Sudland Labour Party", "SLP")
                .org("Norland–Sudland Joint Committee")
                .org("National University of Sudland")
                .place("Sudstad", "Sudland")
                .place("Nordby", "Norland")
                .place("Presidential Palace", "Sudland")
                .build(document);
    }
}
