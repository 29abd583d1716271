package org.diplomacykg.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command: it only lists the subcommands. */
@Command(name = "dkg", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "diplomacy-kg: diplomatic news articles into an RDF knowledge graph (TDB2 + Fuseki).",
        subcommands = {LoadCommand.class, ExtractCommand.class, CompactCommand.class, BenchCommand.class, ExportCommand.class, ValidateCommand.class, InfoCommand.class, QueryCommand.class,
                ServeCommand.class,
                HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failure, 2 usage, 3 input rejected."})
public class DkgCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
