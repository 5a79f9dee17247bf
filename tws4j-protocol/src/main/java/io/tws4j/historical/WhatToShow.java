package io.tws4j.historical;

import java.util.Optional;

/** Which data series historical bars (or ticks, head timestamps) summarize, with the text that travels. */
public enum WhatToShow {
    /** Trade prices, with volume, VWAP and trade count. */
    TRADES("TRADES"),
    /** Midpoints of the best bid and offer. */
    MIDPOINT("MIDPOINT"),
    /** Best bids. */
    BID("BID"),
    /** Best offers. */
    ASK("ASK"),
    /** Bids and offers together; TWS counts such a request twice against its pacing limits. */
    BID_ASK("BID_ASK"),
    /** Trade prices adjusted for splits and dividends. */
    ADJUSTED_LAST("ADJUSTED_LAST"),
    /** Aggregated trades, the trade series of cryptocurrencies. */
    AGGTRADES("AGGTRADES"),
    /** Historical volatility computed by IB. */
    HISTORICAL_VOLATILITY("HISTORICAL_VOLATILITY"),
    /** Implied volatility of the options on the instrument. */
    OPTION_IMPLIED_VOLATILITY("OPTION_IMPLIED_VOLATILITY"),
    /** Stock borrow fee rates. */
    FEE_RATE("FEE_RATE"),
    /** Bond yields of bids. */
    YIELD_BID("YIELD_BID"),
    /** Bond yields of offers. */
    YIELD_ASK("YIELD_ASK"),
    /** Bond yields of bids and offers. */
    YIELD_BID_ASK("YIELD_BID_ASK"),
    /** Bond yields of trades. */
    YIELD_LAST("YIELD_LAST"),
    /** The trading schedule; asked for through a schedule request rather than as bars. */
    SCHEDULE("SCHEDULE");

    private final String wireValue;

    WhatToShow(String wireValue) {
        this.wireValue = wireValue;
    }

    /** Returns the text that travels, e.g. {@code "BID_ASK"}. */
    public String wireValue() {
        return wireValue;
    }

    /** Returns the series whose text is {@code wireValue}, ignoring case. */
    public static Optional<WhatToShow> fromWire(String wireValue) {
        for (WhatToShow series : values()) {
            if (series.wireValue.equalsIgnoreCase(wireValue.strip())) {
                return Optional.of(series);
            }
        }
        return Optional.empty();
    }
}
