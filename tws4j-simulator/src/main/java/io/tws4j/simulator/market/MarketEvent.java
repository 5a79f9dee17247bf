package io.tws4j.simulator.market;

import java.time.Instant;

/** Something the market did at an instant: a new quote or a trade. */
public sealed interface MarketEvent permits Quote, Trade {

    /** Returns when it happened. */
    Instant time();
}
