package io.tws4j.connection;

import java.util.Optional;

/** The state of one of IB's data farms, as the farm-status warnings report it. */
public enum FarmStatus {
    /** 2104 market data, 2106 historical data, 2158 security definitions: connected. */
    OK,
    /** 2103, 2105, 2157: the connection to the farm is broken. */
    BROKEN,
    /** 2107, 2108: the farm connection is inactive but available on demand. */
    INACTIVE,
    /** 2119: the gateway is connecting to the farm. */
    CONNECTING;

    /** Returns the farm state a code reports, if it is a farm-status code. */
    public static Optional<FarmStatus> of(int code) {
        return Optional.ofNullable(switch (code) {
            case 2104, 2106, 2158 -> OK;
            case 2103, 2105, 2157 -> BROKEN;
            case 2107, 2108 -> INACTIVE;
            case 2119 -> CONNECTING;
            default -> null;
        });
    }
}
