package org.diplomacykg.cli;

import java.time.Duration;
import org.diplomacykg.pipeline.ArticleGraphBuilder;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code --article-timeout}: how long one article may take from text to graph (load and extract). */
public class ArticleTimeoutOption {
    @Option(names = "--article-timeout", paramLabel = "D", defaultValue = "20s", converter = DurationConverter.class,
            description = "Longest time one article may take from text to graph; a slower one is rejected (default ${DEFAULT-VALUE}; "
                    + "a news article takes well under a second, more on a machine busy with other work).")
    Duration articleTimeout = ArticleGraphBuilder.DEFAULT_BUDGET;

    /** The value, refused when it is not positive. */
    Duration checked(CommandSpec spec) {
        if (articleTimeout.isZero() || articleTimeout.isNegative()) {
            throw new ParameterException(spec.commandLine(), "--article-timeout must be longer than zero");
        }
        return articleTimeout;
    }
}
