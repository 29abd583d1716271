package org.diplomacykg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.diplomacykg.store.KgStore;
import org.diplomacykg.store.StoreExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dkg export}: the store, or one graph, as N-Quads or TriG. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the whole store (ontology graph included) or one named graph as N-Quads or TriG.")
public class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    StoreOptions storeOptions;
    @Mixin
    VerboseOption verboseOption;

    @Option(names = "--format", defaultValue = "nquads", description = "nquads or trig. Default: ${DEFAULT-VALUE}")
    StoreExport.Format format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (e.g. an article IRI).")
    String graph;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path outFile;

    @Override
    public Integer call() {
        if (graph != null && !IRIs.check(graph)) {
            throw new DkgException(ExitCodes.USAGE, "--graph: not a valid IRI: " + graph);
        }
        try (KgStore store = storeOptions.open()) {
            StoreExport export = new StoreExport(store);
            if (graph != null && !export.hasGraph(NodeFactory.createURI(graph))) {
                throw new DkgException(ExitCodes.FAILURE, "--graph: the store has no graph " + graph);
            }
            if (outFile == null) {
                OutputStream out = new BufferedOutputStream(System.out);
                export.write(out, format, graph == null ? null : NodeFactory.createURI(graph));
                out.flush();
            } else {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(outFile))) {
                    export.write(out, format, graph == null ? null : NodeFactory.createURI(graph));
                }
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new DkgException(ExitCodes.FAILURE, outFile + ": cannot write (" + e.getMessage() + ")", e);
        } catch (UncheckedIOException e) {
            throw new DkgException(ExitCodes.FAILURE, "export failed: " + e.getMessage(), e);
        }
    }
}
