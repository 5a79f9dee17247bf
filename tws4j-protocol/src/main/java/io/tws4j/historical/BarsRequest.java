package io.tws4j.historical;

import io.tws4j.contracts.Contract;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for historical bars as it travels: the bars of {@code duration} back from
 * {@code end} (now when empty), of one data series, kept up to date or not.
 *
 * @param contract the instrument
 * @param barSize the bar size
 * @param end the end of the period, or empty for now
 * @param duration how far back from the end the bars reach
 * @param whatToShow the data series
 * @param hours regular hours only, or all trading hours
 * @param keepUpToDate whether TWS goes on sending the current bar as it changes (the end must then be empty)
 */
public record BarsRequest(Contract contract, BarSize barSize, Optional<Instant> end, HistoricalDuration duration,
                          WhatToShow whatToShow, MarketHours hours, boolean keepUpToDate) {

    public BarsRequest {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(barSize, "barSize");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(whatToShow, "whatToShow");
        Objects.requireNonNull(hours, "hours");
    }
}
