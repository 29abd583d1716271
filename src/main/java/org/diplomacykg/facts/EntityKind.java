package org.diplomacykg.facts;

/** The kinds of named things the graph distinguishes; each has its own IRI path {@code id/{kind}/}. */
public enum EntityKind {
    PERSON("person"), ORGANIZATION("organization"), COUNTRY("country"), PLACE("place");

    private final String path;

    EntityKind(String path) {
        this.path = path;
    }

    /** The IRI path segment: {@code person} in {@code id/person/to-lam}. */
    public String path() {
        return path;
    }

    public boolean isActor() {
        return this != PLACE;
    }
}
