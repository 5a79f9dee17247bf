package io.tws4j.marketdata;

/**
 * The kinds of market data TWS gives, numbered as on the wire. A client chooses one with
 * {@code switchMarketDataType}; TWS reports per request which one it actually sends.
 */
public enum MarketDataType {
    /** Streaming real-time data; needs a market data subscription. */
    REALTIME(1),
    /** The last data recorded at the close, sent while the market is closed; needs the same subscription. */
    FROZEN(2),
    /** Free data, 15 to 20 minutes late, for contracts without a real-time subscription; delayed tick types. */
    DELAYED(3),
    /** The last delayed data recorded at the close. */
    DELAYED_FROZEN(4);

    private final int id;

    MarketDataType(int id) {
        this.id = id;
    }

    /** Returns the id as it travels. */
    public int id() {
        return id;
    }

    /** Returns whether this kind of data comes with the delayed tick types. */
    public boolean isDelayed() {
        return this == DELAYED || this == DELAYED_FROZEN;
    }

    /**
     * Returns the market data type with this id.
     *
     * @throws IllegalArgumentException for an id TWS does not define
     */
    public static MarketDataType of(int id) {
        for (MarketDataType type : values()) {
            if (type.id == id) {
                return type;
            }
        }
        throw new IllegalArgumentException("no market data type has id " + id);
    }
}
