/**
 * The Spark engine of {@code dkg extract} (only in {@code dkg-spark.jar}, built with
 * {@code mvn -Pspark package}): the driver lists the articles, each task runs the loader's own
 * {@link org.diplomacykg.pipeline.ArticleGraphBuilder} on its articles, and the graphs are saved
 * as N-Quads shards that {@code dkg load --nquads} stores.
 */
package org.diplomacykg.spark;
