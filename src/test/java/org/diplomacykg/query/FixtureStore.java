package org.diplomacykg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.diplomacykg.rdf.OntologyFiles;
import org.diplomacykg.store.DerivedGraph;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.PreferredLabels;
import org.diplomacykg.store.StoreUnavailableException;

/** A TDB2 store holding the ontology graph and {@code fixture.trig}: a few facts in the writer's shape, independent of extraction. */
public final class FixtureStore {
    private FixtureStore() {
    }

    public static KgStore build(Path dir) {
        try (InputStream in = FixtureStore.class.getResourceAsStream("fixture.trig")) {
            KgStore store = KgStore.open(dir);
            store.ensureOntology(OntologyFiles.ontologyGraph());
            Txn.executeWrite(store.dataset(), () -> {
                RDFParser.source(in).lang(Lang.TRIG).parse(store.dataset());
                // as a load would: one skos:prefLabel per resource in the labels graph
                PreferredLabels.rebuild(store.dataset());
                // and the derived graph of what listings sort or count
                DerivedGraph.rebuild(store.dataset());
            });
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StoreUnavailableException e) {
            throw new IllegalStateException(e);
        }
    }
}
