package org.diplomacykg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDocProducer;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.query.text.changes.TextQuadAction;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the text index of names holds: one Lucene document per thing and name, however many
 * graphs state that name (every article that names Việt Nam states "Việt Nam"; one document
 * per statement made a search read thousands of copies at 10k articles). A name is indexed when
 * a graph states it and its document goes when no graph states it any more, which this
 * producer checks in the store as the write goes (the dataset has already deleted the quad when
 * it reports the deletion).
 */
final class NameDocuments implements TextDocProducer {
    private final TextIndex index;
    private final DatasetGraph store;

    NameDocuments(TextIndex index, DatasetGraph store) {
        this.index = index;
        this.store = store;
    }

    /** The document of a thing's name; its uid, a checksum of thing, field and name, is the same for every graph. */
    static Entity document(EntityDefinition names, Node subject, Node name) {
        Entity entity = new Entity(TextQueryFuncs.subjectToString(subject), null, name.getLiteralLanguage(),
                name.getLiteralDatatype());
        entity.put(names.getField(LabelTextIndex.NAME_PROPERTIES.get(0)), name.getLiteralLexicalForm());
        return entity;
    }

    static boolean isName(Node predicate, Node object) {
        return object.isLiteral() && LabelTextIndex.NAME_PROPERTIES.contains(predicate);
    }

    @Override
    public void change(TextQuadAction action, Node g, Node s, Node p, Node o) {
        if (!isName(p, o) || !(s.isURI() || s.isBlank())) {
            return;
        }
        if (action == TextQuadAction.ADD) {
            Entity doc = document(index.getDocDef(), s, o);
            // by uid: a name another graph already stated is not indexed twice
            index.deleteEntity(doc);
            index.addEntity(doc);
        } else if (action == TextQuadAction.DELETE && !statedAnywhere(s, o)) {
            index.deleteEntity(document(index.getDocDef(), s, o));
        }
    }

    private boolean statedAnywhere(Node s, Node o) {
        for (Node p : LabelTextIndex.NAME_PROPERTIES) {
            if (store.find(Node.ANY, s, p, o).hasNext()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void start() {
    }

    @Override
    public void finish() {
    }

    @Override
    public void reset() {
    }
}
