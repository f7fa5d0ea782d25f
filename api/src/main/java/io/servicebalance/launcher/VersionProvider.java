package io.servicebalance.launcher;

import picocli.CommandLine.IVersionProvider;

/** Reports the version recorded in the application jar's manifest. */
class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Launcher.class.getPackage().getImplementationVersion();
        return new String[] {"servicebalance " + (version == null ? "development build" : version)};
    }
}
