package io.tws4j.marketdata;

import java.util.Objects;

/**
 * Which kind of data a market data request receives: TWS sends it when the request starts and
 * whenever it changes (real-time data becoming frozen at the close, delayed data for a contract
 * the login has no real-time subscription for).
 *
 * @param requestId the market data request it answers
 * @param marketDataType the kind of data the following ticks carry
 */
public record MarketDataTypeTick(int requestId, MarketDataType marketDataType) implements Tick {

    public MarketDataTypeTick {
        Objects.requireNonNull(marketDataType, "marketDataType");
    }
}
