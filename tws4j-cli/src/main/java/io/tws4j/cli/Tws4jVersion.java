package io.tws4j.cli;

import io.tws4j.protocol.wire.ServerVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** tws4j's version (from the build), and the server versions it speaks: {@code --version} and {@code tws4j version}. */
public final class Tws4jVersion implements IVersionProvider {

    /** The version the build stamped, e.g. {@code 0.1.0}. */
    public static String version() {
        try (InputStream in = Tws4jVersion.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines {@code --version} prints. */
    public static String[] lines() {
        return new String[] {
            "tws4j " + version(),
            "TWS API server versions " + ServerVersion.MIN_SUPPORTED.number() + " to " + ServerVersion.MAX_SUPPORTED.number()
                    + " (protobuf wire format)",
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + "), "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        };
    }

    @Override
    public String[] getVersion() {
        return lines();
    }
}
