package org.diplomacykg.cli;

import org.apache.jena.Jena;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, with Jena's and the JVM's. */
class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String own = DkgCommand.class.getPackage().getImplementationVersion();
        return new String[] {"dkg " + (own == null ? "(development build)" : own),
                "Apache Jena " + Jena.VERSION, "JVM ${java.version}"};
    }
}
