/**
 * Files → stored graphs: expands the named paths, builds and validates each article graph
 * before any write, and loads them in batches, reporting rejected inputs one line each.
 */
package org.diplomacykg.pipeline;
