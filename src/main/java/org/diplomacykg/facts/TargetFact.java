package org.diplomacykg.facts;

import java.math.BigDecimal;

/**
 * A quantity a commitment aims at: {@code US$5 billion} of two-way trade is
 * {@code (5000000000, "USD", "bilateral trade")}. A percentage has currency null and metric
 * naming what grows.
 */
public record TargetFact(BigDecimal amount, String currency, String metric, String unit) {
}
