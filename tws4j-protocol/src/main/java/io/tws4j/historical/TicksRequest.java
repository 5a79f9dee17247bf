package io.tws4j.historical;

import io.tws4j.contracts.Contract;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One request for historical ticks as it travels: up to {@code count} ticks forward from
 * {@code start} or back from {@code end} (exactly one of the two is set).
 *
 * @param contract the instrument
 * @param start where to start counting forward, or empty
 * @param end where to start counting backward, or empty
 * @param count how many ticks to return; TWS returns at most 1,000, plus the rest of the last second's
 * @param whatToShow {@link WhatToShow#TRADES}, {@link WhatToShow#MIDPOINT} or {@link WhatToShow#BID_ASK}
 * @param hours regular hours only, or all trading hours
 * @param ignoreSize for bid-ask ticks, whether changes of size alone are left out
 */
public record TicksRequest(Contract contract, Optional<Instant> start, Optional<Instant> end, int count,
                           WhatToShow whatToShow, MarketHours hours, boolean ignoreSize) {

    public TicksRequest {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(whatToShow, "whatToShow");
        Objects.requireNonNull(hours, "hours");
    }
}
