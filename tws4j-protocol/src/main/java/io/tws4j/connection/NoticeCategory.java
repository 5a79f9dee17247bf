package io.tws4j.connection;

/**
 * What kind of message a TWS error code carries, following the precedence IB's codes call for:
 * 202 is a cancellation; 2100 to 2169 are warnings (farm status among them), as are the later
 * 2174 (a date-time without a time zone) and 2176 (fractional sizes trimmed), and 317 (market
 * depth was reset: the book starts again, the request goes on); 1100/1101/1102/1300 are
 * connectivity messages; 200 to 399 reject orders or requests; 10089, 10090, 10091, 10167 and
 * 2188 are market data advisories (data not subscribed or delayed, or up-to-the-second history
 * needing a subscription, while the request goes on); everything else is an error.
 */
public enum NoticeCategory {
    /** An order was cancelled (code 202). */
    CANCELLATION,
    /** Information that leaves the request running (2100 to 2169, farm status included). */
    WARNING,
    /** Connectivity between the gateway and IB, or between the client and the gateway. */
    CONNECTIVITY,
    /** A rejected order or request (200 to 399). */
    ORDER_REJECTION,
    /** Market data is delayed or not subscribed, but the request goes on (10089, 10090, 10091, 10167, 2188). */
    DATA_ADVISORY,
    /** Anything else: the request it names has failed. */
    ERROR;

    /** Market depth data has been reset: empty the book before applying new rows. */
    private static final int DEPTH_RESET = 317;

    /** Returns the category of a TWS error code, or of one of tws4j's own negative codes. */
    public static NoticeCategory of(int code) {
        if (code == ErrorCodes.ORDER_CANCELLED) {
            return CANCELLATION;
        }
        if (code >= 2100 && code <= 2169 || code == 2174 || code == 2176 || code == DEPTH_RESET) {
            return WARNING;
        }
        if (code == 1100 || code == 1101 || code == 1102 || code == 1300
                || code == ErrorCodes.CLIENT_CONNECTION_LOST || code == ErrorCodes.CLIENT_RECONNECTED
                || code == ErrorCodes.CLIENT_RECONNECT_FAILED) {
            return CONNECTIVITY;
        }
        if (code >= 200 && code <= 399) {
            return ORDER_REJECTION;
        }
        if (code == 10089 || code == 10090 || code == 10091 || code == 10167 || code == 2188) {
            return DATA_ADVISORY;
        }
        return ERROR;
    }

    /**
     * Returns whether a notice of this category ends the request it names. Warnings, data
     * advisories, cancellations and connectivity messages leave it running.
     */
    public boolean endsRequest() {
        return this == ORDER_REJECTION || this == ERROR;
    }
}
