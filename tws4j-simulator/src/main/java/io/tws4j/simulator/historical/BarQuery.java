package io.tws4j.simulator.historical;

import io.tws4j.historical.BarSize;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.WhatToShow;
import io.tws4j.historical.codec.HistoricalCodec;
import io.tws4j.historical.codec.WireDates;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataRequest;
import io.tws4j.simulator.contracts.Instrument;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * A REQ_HISTORICAL_DATA as the data farm reads it, checked as TWS checks it: the bar size, the
 * duration and its limits, the data series and the end time (each refused with TWS's error 321
 * or 10314), then the contract (200). The order of the checks is inferred.
 *
 * @param requestId the request id
 * @param instrument the instrument the contract names
 * @param exchange the exchange the request names
 * @param size the bar size
 * @param duration how far back the bars reach
 * @param end the end, or empty for now
 * @param series the data series
 * @param regularOnly whether only regular hours count
 * @param formatDate how bar dates are written: 1 as text, 2 as epoch seconds
 * @param keepUpToDate whether the current bar is sent again as it changes
 */
record BarQuery(int requestId, Instrument instrument, String exchange, BarSize size, HistoricalDuration duration,
                Optional<Instant> end, WhatToShow series, boolean regularOnly, int formatDate, boolean keepUpToDate) {
    /** The longest duration IB's step-size table allows for bars under a minute (seconds, calendar-equivalent). */
    private static final long NO_LIMIT = Long.MAX_VALUE;

    /**
     * Reads and checks a request.
     *
     * @throws Refusal with TWS's error code and text if TWS would refuse it
     */
    static BarQuery parse(HistoricalDataRequest wire, DataFarm farm) {
        BarSize size = BarSize.fromWire(wire.getBarSizeSetting())
                .orElseThrow(() -> new Refusal(HmdsErrors.VALIDATION, HmdsErrors.invalidBarSize()));
        HistoricalDuration duration = duration(wire.getDuration());
        WhatToShow series = WhatToShow.fromWire(wire.getWhatToShow())
                .orElseThrow(() -> new Refusal(HmdsErrors.VALIDATION, HmdsErrors.invalidSeries(wire.getWhatToShow())));
        Optional<Instant> end = time(wire.getEndDateTime(), farm);
        if (wire.getKeepUpToDate() && end.isPresent()) {
            throw new Refusal(HmdsErrors.VALIDATION, HmdsErrors.endDateWithLiveUpdates());
        }
        Instrument instrument = farm.resolve(wire.getContract());
        int formatDate = wire.getFormatDate() == HistoricalCodec.FORMAT_EPOCH_SECONDS ? HistoricalCodec.FORMAT_EPOCH_SECONDS
                : HistoricalCodec.FORMAT_TEXT;
        return new BarQuery(wire.getReqId(), instrument, DataFarm.exchange(wire.getContract(), instrument), size, duration, end,
                series, wire.getUseRth(), formatDate, wire.getKeepUpToDate());
    }

    /**
     * Checks the duration against IB's step-size table for bars under a minute (60 S to 1 sec
     * bars ... 28800 S to 30 sec bars); TWS lifted the limits of larger bars.
     *
     * @throws Refusal with error 162, "Time length exceed max."
     */
    void checkStepSize() {
        long longest = switch (size) {
            case SECONDS_1 -> 1_800;
            case SECONDS_5 -> 3_600;
            case SECONDS_10, SECONDS_15 -> 14_400;
            case SECONDS_30 -> 28_800;
            default -> NO_LIMIT;
        };
        if (calendarSeconds(duration) > longest) {
            throw new Refusal(HmdsErrors.HMDS, HmdsErrors.timeLengthExceedsMax());
        }
    }

    /** Returns what makes two requests the same contract, exchange and series for pacing. */
    String contractKey() {
        return instrument.conId() + "@" + exchange + ":" + series;
    }

    private static HistoricalDuration duration(String text) {
        HistoricalDuration duration;
        try {
            duration = HistoricalDuration.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Refusal(HmdsErrors.VALIDATION, HmdsErrors.invalidDuration(text));
        }
        if (duration.unit() == HistoricalDuration.Unit.SECONDS && duration.amount() > 86_400) {
            throw new Refusal(HmdsErrors.VALIDATION, HmdsErrors.secondsMustBeDays());
        }
        if (duration.unit() == HistoricalDuration.Unit.DAYS && duration.amount() > 365) {
            throw new Refusal(HmdsErrors.VALIDATION, HmdsErrors.daysMustBeYears());
        }
        return duration;
    }

    private static Optional<Instant> time(String text, DataFarm farm) {
        try {
            return WireDates.parseRequestTime(text, farm.zone());
        } catch (DateTimeException e) {
            throw new Refusal(HmdsErrors.INVALID_END_DATE, HmdsErrors.invalidEndDate());
        }
    }

    private static long calendarSeconds(HistoricalDuration duration) {
        long unit = switch (duration.unit()) {
            case SECONDS -> 1;
            case DAYS -> 86_400;
            case WEEKS -> 7 * 86_400;
            case MONTHS -> 30 * 86_400;
            case YEARS -> 365 * 86_400;
        };
        return duration.amount() * unit;
    }
}
