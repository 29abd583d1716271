/**
 * The mention rules, one class per way English news names an entity, run by
 * {@link org.diplomacykg.mention.MentionFinder}.
 */
package org.diplomacykg.mention.rules;
