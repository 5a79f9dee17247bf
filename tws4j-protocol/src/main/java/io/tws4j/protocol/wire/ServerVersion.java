package io.tws4j.protocol.wire;

/**
 * The TWS API server versions of the protobuf era (201 to 226), named as IB's clients name them
 * without the {@code MIN_SERVER_VER_} prefix.
 *
 * <p>tws4j speaks protobuf only, so it needs {@link #MIN_SUPPORTED} (213, when the last request
 * families moved to protobuf) and knows versions up to {@link #MAX_SUPPORTED}.
 */
public enum ServerVersion {
    /** Every frame carries a 4-byte binary message id; executions travel as protobuf. */
    PROTOBUF(201),
    ZERO_STRIKE(202),
    PROTOBUF_PLACE_ORDER(203),
    PROTOBUF_COMPLETED_ORDER(204),
    PROTOBUF_CONTRACT_DATA(205),
    PROTOBUF_MARKET_DATA(206),
    PROTOBUF_ACCOUNTS_POSITIONS(207),
    PROTOBUF_HISTORICAL_DATA(208),
    PROTOBUF_NEWS_DATA(209),
    PROTOBUF_SCAN_DATA(210),
    PROTOBUF_REST_MESSAGES_1(211),
    PROTOBUF_REST_MESSAGES_2(212),
    /** Every message with a protobuf form travels as protobuf in both directions. */
    PROTOBUF_REST_MESSAGES_3(213),
    ADD_Z_SUFFIX_TO_UTC_DATE_TIME(214),
    /** Cancelling contract-details and historical-ticks requests. */
    CANCEL_CONTRACT_DATA(215),
    ADDITIONAL_ORDER_PARAMS_1(216),
    ADDITIONAL_ORDER_PARAMS_2(217),
    ATTACHED_ORDERS(218),
    /** Reading the TWS API configuration. */
    CONFIG(219),
    MARKET_DATA_VOLUMES_IN_SHARES(220),
    /** Updating the TWS API configuration. */
    UPDATE_CONFIG(221),
    FRACTIONAL_LAST_SIZE(222),
    HEDGE_MAX_SIZE(223),
    USE_PRECISION_FROM_SEC_DEF(224),
    ODD_LOT_BID_ASK_QUOTES(225),
    UNIFIED_VERSION_COND_ORDER_WITH_OVERNIGHT_PARAM(226);

    /** The lowest server version tws4j accepts. */
    public static final ServerVersion MIN_SUPPORTED = PROTOBUF_REST_MESSAGES_3;
    /** The highest server version tws4j knows. */
    public static final ServerVersion MAX_SUPPORTED = UNIFIED_VERSION_COND_ORDER_WITH_OVERNIGHT_PARAM;

    private final int number;

    ServerVersion(int number) {
        this.number = number;
    }

    /** Returns the version number as it travels in the handshake. */
    public int number() {
        return number;
    }

    /** Returns whether a connection at {@code negotiated} has this version's features. */
    public boolean isSupportedAt(int negotiated) {
        return negotiated >= number;
    }

    /** Returns the version range tws4j advertises by default: 213 to 226. */
    public static VersionRange supportedRange() {
        return new VersionRange(MIN_SUPPORTED.number, MAX_SUPPORTED.number);
    }
}
