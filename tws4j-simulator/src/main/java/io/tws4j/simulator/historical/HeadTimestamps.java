package io.tws4j.simulator.historical;

import io.tws4j.contracts.SecurityType;
import io.tws4j.simulator.contracts.Instrument;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Where an instrument's history begins. The market model is defined from 2000 on, so instruments
 * without an expiry have data from their first session of 2000; a future from 15 months before
 * its last trading day (the simulator lists five quarters ahead), an option from a year before
 * its expiry. Inferred: these listing spans are the simulator's choice.
 */
final class HeadTimestamps {
    /** The first day the market model covers. */
    static final LocalDate MODEL_START = LocalDate.of(2000, 1, 1);

    private HeadTimestamps() {}

    /** Returns the start of the instrument's first session (regular, or any) with data. */
    static Instant of(Instrument instrument, TradingTime time) {
        LocalDate listed = instrument.lastTradingDay()
                .map(last -> instrument.securityType() == SecurityType.FUTURE ? last.minusMonths(15) : last.minusYears(1))
                .filter(day -> day.isAfter(MODEL_START))
                .orElse(MODEL_START);
        Instant start = listed.atStartOfDay(time.calendar().zone()).toInstant();
        for (TradingTime.Interval session : time.forward(start)) {
            return session.start();
        }
        return start;
    }
}
