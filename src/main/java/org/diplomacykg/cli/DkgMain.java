package org.diplomacykg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code dkg} command line; the only place that calls {@code System.exit}. */
public final class DkgMain {
    private DkgMain() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests through {@code execute()}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DkgCommand());
        // --format CSV works like --format csv
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // a usage error is one line naming the command, not the error followed by a page of usage help
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            String name = cmd.getCommandSpec().qualifiedName();
            String message = ex.getMessage().strip().replaceAll("\\R+", " ");
            // picocli names an option by its longest alias (--results); name it as the user wrote it (--format)
            if (ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
                for (String typed : option.names()) {
                    if (java.util.Arrays.stream(args).anyMatch(a -> a.equals(typed) || a.startsWith(typed + "="))) {
                        message = message.replace("'" + option.longestName() + "'", "'" + typed + "'");
                        break;
                    }
                }
            }
            err.println(name + ": " + message
                    + " (" + name + " --help lists the options)");
            err.flush();
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            boolean verbose = cmd.getMixins().values().stream()
                    .anyMatch(m -> m instanceof VerboseOption v && v.verbose);
            int code = ex instanceof DkgException d ? d.exitCode() : ExitCodes.FAILURE;
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            err.println("dkg: " + message);
            if (verbose) {
                ex.printStackTrace(err);
            } else if (!(ex instanceof DkgException)) {
                err.println("dkg: (run again with --verbose for the stack trace)");
            }
            err.flush();
            return code;
        });
        return cl;
    }
}
