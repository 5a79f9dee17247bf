package io.tws4j.marketdata;

import io.tws4j.contracts.Contract;
import java.util.Objects;

/**
 * A tick-by-tick request ({@code reqTickByTickData}).
 *
 * @param contract the contract
 * @param type what to stream
 * @param historicalTicks how many recent ticks TWS sends first (0 for none; TWS sends at most 1000)
 * @param ignoreSize for {@link TickByTickType#BID_ASK}: whether to leave out changes of size alone
 */
public record TickByTickRequest(Contract contract, TickByTickType type, int historicalTicks, boolean ignoreSize) {

    public TickByTickRequest {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(type, "type");
        if (historicalTicks < 0) {
            throw new IllegalArgumentException("historicalTicks must not be negative, not " + historicalTicks);
        }
    }
}
