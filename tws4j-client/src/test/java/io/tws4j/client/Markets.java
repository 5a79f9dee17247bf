package io.tws4j.client;

import io.tws4j.contracts.Contract;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.Quote;
import java.time.Instant;

/** Gateway settings and market facts the trading scenarios use. */
final class Markets {
    /** A Monday 10:00 in New York: the regular session is open for six hours. */
    static final Instant MONDAY_10_00 = Instant.parse("2025-01-06T15:00:00Z");
    /** Three minutes before that Monday's close: three seconds at speed 60, time enough to connect and place orders. */
    static final Instant MONDAY_15_57 = Instant.parse("2025-01-06T20:57:00Z");
    /** That Monday's close. */
    static final Instant MONDAY_CLOSE = Instant.parse("2025-01-06T21:00:00Z");
    /** Three minutes before that Monday's open. */
    static final Instant MONDAY_09_27 = Instant.parse("2025-01-06T14:27:00Z");
    /** That Monday's open. */
    static final Instant MONDAY_OPEN = Instant.parse("2025-01-06T14:30:00Z");
    static final String ACCOUNT = "DU1234567";
    static final int AAPL_CONID = 265598;

    private Markets() {}

    static Contract aapl() {
        return Contract.stock("AAPL").build();
    }

    /** A gateway in regular hours whose clock runs {@code speed} times faster than the wall clock. */
    static SimulatedGateway.Builder trading(double speed) {
        return SimulatedGateway.builder().startTime(MONDAY_10_00).speed(speed);
    }

    /** Returns AAPL's quote in force at the gateway's now. */
    static Quote aaplQuote(SimulatedGateway gateway) {
        InstrumentMarket market = gateway.market().market(AAPL_CONID).orElseThrow();
        return market.quoteAt(gateway.market().now()).orElseThrow();
    }
}
