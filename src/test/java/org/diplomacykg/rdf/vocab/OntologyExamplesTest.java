package org.diplomacykg.rdf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The worked example in ontology/examples/ quotes its seed article exactly. */
class OntologyExamplesTest {

    @Test
    void everyQuoteIsTheSeedTextAtItsCodePointOffsets() throws IOException {
        Model m = OntologyFiles.model(OntologyFiles.EXAMPLE);
        Resource article = KG.article("001_355fb81d80dc29d6");
        String fileName = m.getRequiredProperty(article, DIP.sourceFile).getString();
        String text = Files.readString(OntologyFiles.SEEDS.resolve(fileName), StandardCharsets.UTF_8);
        int[] codePoints = text.codePoints().toArray();

        List<Resource> evidence = m.listSubjectsWithProperty(RDF.type, DIP.Evidence).toList();
        assertFalse(evidence.isEmpty());
        for (Resource ev : evidence) {
            int begin = m.getRequiredProperty(ev, DIP.beginIndex).getInt();
            int end = m.getRequiredProperty(ev, DIP.endIndex).getInt();
            String quote = m.getRequiredProperty(ev, DIP.quote).getString();
            assertEquals(quote, new String(codePoints, begin, end - begin), ev.getURI());
            assertEquals(article, m.getRequiredProperty(ev, DIP.inArticle).getResource(), ev.getURI());
        }
    }

    @Test
    void contentHashIsTheSha256OfTheFile() throws IOException, NoSuchAlgorithmException {
        Model m = OntologyFiles.model(OntologyFiles.EXAMPLE);
        Resource article = KG.article("001_355fb81d80dc29d6");
        Path file = OntologyFiles.SEEDS.resolve(m.getRequiredProperty(article, DIP.sourceFile).getString());
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        assertEquals(HexFormat.of().formatHex(digest), m.getRequiredProperty(article, DIP.contentHash).getString());
    }
}
