package org.diplomacykg.serve;

import java.net.URI;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the page and data servlets share: the dataset, the configuration, and where the
 * ontology and the article texts come from.
 *
 * @param dsg      the served dataset (TDB2); read it in read transactions only
 * @param config   the serve options
 * @param ontology the ontology's source
 * @param articles where article texts are found
 */
public record SiteContext(DatasetGraph dsg, ServeConfig config, OntologySource ontology, ArticleText articles) {

    public static SiteContext of(DatasetGraph dsg, ServeConfig config) {
        return new SiteContext(dsg, config, new OntologySource(config.ontologyDir()), new ArticleText(config.articleDirs()));
    }

    /** The configured public base URL, or null for "the request's own address". */
    public URI baseUrl() {
        return config.baseUrl();
    }
}
