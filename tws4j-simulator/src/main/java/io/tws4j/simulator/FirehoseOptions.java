package io.tws4j.simulator;

/**
 * How the firehose streams: a market data request for the symbol {@value #SYMBOL} (any security
 * type and exchange) gets tick frames as fast as the client's socket takes them, or at a set rate,
 * instead of the market model's data, so that a load test measures the client rather than the
 * source. Each frame is a TICK_PRICE of type LAST whose price is its sequence number (1, 2, 3...)
 * and whose size is 1, after TWS's usual TICK_REQ_PARAMS and MARKET_DATA_TYPE: a client can check
 * that none was lost or repeated. The frames are encoded once, and only the price is patched in.
 *
 * {@snippet :
 * SimulatedGateway.builder().firehose(FirehoseOptions.ticks(1_000_000)).build();
 * client.marketData(Contract.stock("FIREHOSE").build()).subscribe();    // a million ticks, then quiet
 * }
 *
 * @param ticksPerSecond the rate; 0 sends as fast as the socket takes them
 * @param ticks how many ticks a request gets before the stream falls quiet; 0 for no end
 */
public record FirehoseOptions(double ticksPerSecond, long ticks) {
    /** The symbol whose market data is the firehose. */
    public static final String SYMBOL = "FIREHOSE";

    public FirehoseOptions {
        if (!(ticksPerSecond >= 0) || Double.isInfinite(ticksPerSecond)) {
            throw new IllegalArgumentException("ticksPerSecond must be 0 (as fast as possible) or positive, not " + ticksPerSecond);
        }
        if (ticks < 0) {
            throw new IllegalArgumentException("ticks must be 0 (no end) or positive, not " + ticks);
        }
    }

    /** As fast as the socket takes them, with no end: the default. */
    public static FirehoseOptions unlimited() {
        return new FirehoseOptions(0, 0);
    }

    /** {@code count} ticks as fast as the socket takes them, then quiet. */
    public static FirehoseOptions ticks(long count) {
        return new FirehoseOptions(0, count);
    }

    /** Returns these options at {@code ticksPerSecond} ticks a second. */
    public FirehoseOptions atRate(double ticksPerSecond) {
        return new FirehoseOptions(ticksPerSecond, ticks);
    }
}
