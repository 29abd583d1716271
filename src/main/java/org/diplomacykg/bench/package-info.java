/**
 * {@code dkg bench}: a synthetic corpus made from the seed articles, loaded the way {@code dkg load}
 * loads, set beside Jena's own parallel bulk loader on the same quads, and the saved queries timed
 * through the server. It prints figures; nothing here is asserted by tests.
 */
package org.diplomacykg.bench;
