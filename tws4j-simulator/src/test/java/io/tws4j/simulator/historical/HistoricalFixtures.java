package io.tws4j.simulator.historical;

import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketModel;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;

/** The standard instruments and a seeded model for the historical service's unit tests; time stands still after 11 April 2023. */
final class HistoricalFixtures {
    static final int AAPL = 265598;
    static final int EUR_USD = 12087792;
    static final int SPX = 416904;
    /** Tuesday 11 April 2023, an hour after the close in New York. */
    static final Instant TUESDAY_EVENING = Instant.parse("2023-04-11T21:00:00Z");

    final InstrumentUniverse universe = InstrumentUniverse.standard(LocalDate.of(2023, 4, 11));
    final MarketModel model;

    HistoricalFixtures(long seed) {
        model = universe.marketModel(seed, InstantSource.fixed(TUESDAY_EVENING), null);
    }

    Instrument instrument(int conId) {
        return universe.byConId(conId).orElseThrow();
    }

    InstrumentMarket market(int conId) {
        return model.market(conId).orElseThrow();
    }

    TradingTime time(int conId, boolean regularOnly) {
        return new TradingTime(instrument(conId).profile().calendar(), regularOnly);
    }
}
