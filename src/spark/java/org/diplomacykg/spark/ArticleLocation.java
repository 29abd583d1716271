package org.diplomacykg.spark;

import java.io.Serializable;

/**
 * One article file for a Spark task.
 *
 * @param uri     the file's fully qualified Hadoop path, which the task reads
 * @param display the file as the user named it (a relative local path stays relative), for messages
 */
record ArticleLocation(String uri, String display) implements Serializable {
}
