package org.diplomacykg.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: show stack traces of failures, which are otherwise one line. */
public class VerboseOption {
    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of failures.")
    boolean verbose;
}
