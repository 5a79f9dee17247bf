package io.tws4j.cli;

/** Sets the log level of slf4j-simple before the first logger is created. */
public final class Logging {

    private Logging() {}

    /** Shows tws4j's own log at INFO when {@code verbose}, else only warnings and errors. */
    public static void configure(boolean verbose) {
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.log.io.tws4j", "info");
        }
    }
}
