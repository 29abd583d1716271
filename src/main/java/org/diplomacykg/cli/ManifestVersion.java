package org.diplomacykg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * dkg's, Jena's and the JVM's versions. They come from a properties file the build fills in,
 * because the shaded jar has one manifest only (ours), so Jena cannot report its own.
 */
class ManifestVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        Properties versions = new Properties();
        try (InputStream in = ManifestVersion.class.getResourceAsStream("versions.properties")) {
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {"dkg " + versions.getProperty("dkg"), "Apache Jena " + versions.getProperty("jena"),
                "JVM ${java.version}"};
    }
}
