package org.diplomacykg.serve;

import java.net.URI;

import org.apache.jena.sparql.core.DatasetGraph;
import org.diplomacykg.query.QueryUsageException;
import org.diplomacykg.query.SavedQueries;

/**
 * What the page and data servlets share: the dataset, the configuration, where the ontology
 * and the article texts come from, and the saved queries.
 *
 * @param dsg      the served dataset (TDB2); read it in read transactions only
 * @param config   the serve options
 * @param ontology the ontology's source
 * @param articles where article texts are found
 * @param queries  the saved queries: {@code config.queriesDir()} when it holds {@code *.rq}
 *                 files, else those packed into the jar; each parsed once, when the server starts
 */
public record SiteContext(DatasetGraph dsg, ServeConfig config, OntologySource ontology, ArticleText articles,
                          SavedQueries queries) {

    public static SiteContext of(DatasetGraph dsg, ServeConfig config) {
        return new SiteContext(dsg, config, new OntologySource(config.ontologyDir()),
                new ArticleText(config.articleDirs()), loadQueries(config));
    }

    /** The catalogue, with every file parsed now; one that does not parse is shown as such on the pages. */
    static SavedQueries loadQueries(ServeConfig config) {
        SavedQueries queries = SavedQueries.load(config.queriesDir());
        for (String name : queries.names()) {
            try {
                queries.get(name);
            } catch (QueryUsageException e) {
                // kept by the catalogue: the landing page notes it, /queries/NAME shows the message
            }
        }
        return queries;
    }

    /** The configured public base URL, or null for "the request's own address". */
    public URI baseUrl() {
        return config.baseUrl();
    }
}
