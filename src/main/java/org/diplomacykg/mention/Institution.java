package org.diplomacykg.mention;

/**
 * The bodies every state has that articles name by the country alone: {@code the Lao Party},
 * {@code the Vietnamese Government}, {@code the Lao National Assembly}.
 */
public enum Institution {
    RULING_PARTY, GOVERNMENT, LEGISLATURE
}
