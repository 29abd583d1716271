package org.diplomacykg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * Checks an article graph against {@code ontology/shapes.ttl} before it is stored. The shapes
 * are parsed once; validation needs the article graph alone.
 */
public final class ArticleGraphValidator {
    private final Shapes shapes;

    public ArticleGraphValidator() {
        this.shapes = Shapes.parse(OntologyFiles.shapesGraph());
    }

    public ValidationReport validate(Graph articleGraph) {
        return ShaclValidator.get().validate(shapes, articleGraph);
    }

    /** True when the report has no violation (warnings and infos do not block a load). */
    public static boolean hasViolations(ValidationReport report) {
        return report.getEntries().stream().anyMatch(e -> e.severity() == Severity.Violation);
    }

    /** One line per report entry: {@code focus path: message}. */
    public static String describe(ReportEntry e) {
        return e.severity().level().getLocalName() + " " + e.focusNode() + (e.resultPath() == null ? "" : " " + e.resultPath())
                + ": " + e.message();
    }
}
