package io.tws4j.connection;

/**
 * How much TWS writes to its API log, as {@code setServerLogLevel} sets it: IB numbers the levels
 * from 1 (system messages only) to 5 (everything).
 */
public enum ServerLogLevel {
    /** System messages only. */
    SYSTEM(1),
    /** Errors too. */
    ERROR(2),
    /** Warnings too. */
    WARNING(3),
    /** Informational messages too. */
    INFORMATION(4),
    /** Everything, message details included. */
    DETAIL(5);

    private final int wireValue;

    ServerLogLevel(int wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the number that travels. */
    public int wireValue() {
        return wireValue;
    }

    /**
     * Returns the level of a wire number.
     *
     * @throws IllegalArgumentException if the number is not 1 to 5
     */
    public static ServerLogLevel of(int wireValue) {
        for (ServerLogLevel level : values()) {
            if (level.wireValue == wireValue) {
                return level;
            }
        }
        throw new IllegalArgumentException("server log level " + wireValue + " is not one of 1 (system) to 5 (detail)");
    }
}
