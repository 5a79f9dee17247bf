package io.tws4j.connection;

/**
 * TWS error codes tws4j acts on, and the negative codes of the notices tws4j itself raises.
 * Codes 500 to 599 are the ones IB's clients use for their own errors; TWS never sends them.
 */
public final class ErrorCodes {
    /** The request or order had no id: the notice is for the whole connection. */
    public static final int NO_REQUEST_ID = -1;

    /** The order was cancelled. */
    public static final int ORDER_CANCELLED = 202;
    /** The contract description matches no security. */
    public static final int NO_SECURITY_DEFINITION = 200;
    /** The request failed validation; also what the simulated gateway answers to requests it does not implement. */
    public static final int REQUEST_VALIDATION_FAILED = 321;
    /** Another connection already uses this client id. */
    public static final int CLIENT_ID_IN_USE = 326;
    /** The connection between TWS and IB's servers was lost. */
    public static final int CONNECTIVITY_LOST = 1100;
    /** Connectivity restored; market data subscriptions were lost and must be renewed. */
    public static final int CONNECTIVITY_RESTORED_DATA_LOST = 1101;
    /** Connectivity restored with data subscriptions maintained. */
    public static final int CONNECTIVITY_RESTORED_DATA_MAINTAINED = 1102;
    /** Market data farm connection is OK. */
    public static final int MARKET_DATA_FARM_OK = 2104;
    /** Historical data farm connection is OK. */
    public static final int HISTORICAL_DATA_FARM_OK = 2106;
    /** Security definition farm connection is OK. */
    public static final int SECURITY_DEFINITION_FARM_OK = 2158;

    /** Client side: the client could not connect to the gateway. */
    public static final int CONNECT_FAILED = 502;
    /** Client side: the gateway's server version is too old. */
    public static final int UNSUPPORTED_VERSION = 506;
    /** Client side: a frame had an id no message of this protocol has; it was skipped. */
    public static final int UNKNOWN_MESSAGE_ID = 505;
    /** Client side: a frame announced a length outside the allowed range. */
    public static final int BAD_MESSAGE_LENGTH = 507;
    /** Client side: a frame could not be decoded; it was skipped. */
    public static final int BAD_MESSAGE = 508;

    /** tws4j: the connection to the gateway was lost; the client is reconnecting. */
    public static final int CLIENT_CONNECTION_LOST = -1100;
    /**
     * tws4j: the client reconnected; one-shots in flight were sent again, and subscriptions open
     * at the time of the loss resumed (or were ended, where resuming is off).
     */
    public static final int CLIENT_RECONNECTED = -1101;
    /** tws4j: reconnecting failed for good; the client is closed. */
    public static final int CLIENT_RECONNECT_FAILED = -1102;

    private ErrorCodes() {}
}
