package io.tws4j.simulator;

/**
 * The market data the gateway streams right now, for every client together: what TWS's limits
 * count, and the model's live feeds behind it. A cancelled or closed stream leaves every count.
 *
 * @param lines the market data lines in use (streaming market data requests)
 * @param depthBooks the distinct contracts with market depth
 * @param depthRequests the market depth requests
 * @param tickByTickStreams the tick-by-tick streams
 * @param realTimeBarStreams the real-time bar streams
 * @param liveFeeds the market model's live feeds open for all of these
 */
public record MarketDataStatus(int lines, int depthBooks, int depthRequests, int tickByTickStreams, int realTimeBarStreams,
                               int liveFeeds) {

    /** Returns whether nothing is streaming. */
    public boolean isIdle() {
        return lines == 0 && depthRequests == 0 && tickByTickStreams == 0 && realTimeBarStreams == 0 && liveFeeds == 0;
    }
}
