package org.diplomacykg.facts;

/**
 * Points at one real-world entity: its kind and its slug (the canonical name with diacritics
 * folded, {@code to-lam}). The same person named {@code To Lam} or {@code Tô Lâm} has one ref.
 */
public record EntityRef(EntityKind kind, String slug) {
}
