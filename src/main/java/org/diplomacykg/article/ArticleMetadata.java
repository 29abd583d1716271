package org.diplomacykg.article;

import java.time.LocalDate;

/**
 * What an article says about itself, apart from its body.
 *
 * @param published publication date (always present: an article without one is rejected)
 * @param dateline  the place the story is filed from, with normal capitalisation
 *                  ({@code "Hà Nội"} for {@code HÀ NỘI}), or null when the text gives none
 * @param publisher the outlet or agency ({@code "VNA/VNS"}, {@code "Thanh Niên"}), or null
 * @param sourceUrl the original address when the text gives one, or null
 * @param headline  the headline when the file carries one (web copies), or null
 */
public record ArticleMetadata(LocalDate published, String dateline, String publisher, String sourceUrl, String headline) {
}
