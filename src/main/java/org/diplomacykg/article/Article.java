package org.diplomacykg.article;

import java.util.List;

/**
 * A read article: the file, its metadata, and its body as paragraphs with exact offsets.
 * Page furniture (banners, photo captions and credits, comment boxes, link lists) is not in
 * {@link #body()}.
 */
public record Article(ArticleFile file, ArticleMetadata metadata, List<TextBlock> body) {
    public Article {
        body = List.copyOf(body);
    }
}
