package io.tws4j.simulator;

/** A fault or scenario that does not read: the message names the source, what is wrong and where. */
public final class InvalidScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidScenarioException(String message) {
        super(message);
    }

    public InvalidScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
