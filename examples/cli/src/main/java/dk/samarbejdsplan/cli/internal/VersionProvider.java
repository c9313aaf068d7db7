package dk.samarbejdsplan.cli.internal;

import picocli.CommandLine;

/** The version for {@code --version}: the jar manifest's implementation version. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"samarbejdsplan " + (version == null ? "(development build)" : version),
            "Java " + System.getProperty("java.version")};
    }
}
