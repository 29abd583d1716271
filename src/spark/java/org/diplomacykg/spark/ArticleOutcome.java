package org.diplomacykg.spark;

import java.io.Serializable;

/**
 * What a task made of one article: its graph as N-Quads lines, or one line of a rejection or a
 * warning, {@code PATH: reason}.
 */
record ArticleOutcome(Kind kind, String text) implements Serializable {
    enum Kind { GRAPH, REJECTED, WARNING }

    boolean isGraph() {
        return kind == Kind.GRAPH;
    }
}
