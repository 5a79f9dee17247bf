package io.tws4j.client.historical;

import io.tws4j.contracts.Contract;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.TicksRequest;
import io.tws4j.historical.WhatToShow;
import java.time.Instant;
import java.util.Optional;

/**
 * A ticks query checked and ready to page: forward from {@code start} (up to {@code end} when
 * set), or backward from {@code end}, at most {@code limit} ticks in all.
 *
 * @param contract the instrument
 * @param start where forward paging starts, or empty for backward paging from {@code end}
 * @param end where forward paging stops (exclusive) or backward paging starts
 * @param limit the most ticks to return
 * @param whatToShow the kind of ticks
 * @param hours regular hours only, or all
 * @param ignoreSize for bid-ask ticks, whether changes of size alone are left out
 */
record TicksPlan(Contract contract, Optional<Instant> start, Optional<Instant> end, int limit, WhatToShow whatToShow,
                 MarketHours hours, boolean ignoreSize) {

    /** Returns whether pages run forward in time. */
    boolean forward() {
        return start.isPresent();
    }

    /** Returns the request of one page of {@code count} ticks from {@code anchor}. */
    TicksRequest page(Instant anchor, int count) {
        return new TicksRequest(contract, forward() ? Optional.of(anchor) : Optional.empty(),
                forward() ? Optional.empty() : Optional.of(anchor), count, whatToShow, hours, ignoreSize);
    }
}
