/**
 * The {@code dkg} command line (picocli): a root command that lists subcommands, one small
 * class per subcommand, shared options as mixins; only {@link org.diplomacykg.cli.DkgMain} exits.
 */
package org.diplomacykg.cli;
