/**
 * Step 6: validated article graphs → the TDB2 store (one named graph per article, one write
 * transaction per batch), or a running server over the Graph Store Protocol; export and counts.
 */
package org.diplomacykg.store;
