package io.tws4j.simulator.historical;

import io.tws4j.historical.BarSize;
import io.tws4j.historical.HistogramEntry;
import io.tws4j.historical.HistogramPeriod;
import io.tws4j.historical.WhatToShow;
import io.tws4j.historical.codec.HistoricalCodec;
import io.tws4j.protocol.proto.HistoricalProto.HeadTimestampRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistogramDataRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.core.ClientSession;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Answers the head timestamp (HEAD_TIMESTAMP, in epoch seconds or as {@code yyyyMMdd-HH:mm:ss}
 * UTC as the request's {@code formatDate} asks) and histogram (HISTOGRAM_DATA over the period
 * back from now) requests. Neither is paced (inferred).
 */
final class SummaryRequests {
    private final DataFarm farm;

    SummaryRequests(DataFarm farm) {
        this.farm = farm;
    }

    void headTimestamp(ClientSession session, HeadTimestampRequest wire) {
        int requestId = wire.getReqId();
        try {
            WhatToShow series = WhatToShow.fromWire(wire.getWhatToShow())
                    .orElseThrow(() -> new Refusal(HmdsErrors.VALIDATION, HmdsErrors.invalidSeries(wire.getWhatToShow())));
            Instrument instrument = farm.resolve(wire.getContract());
            farm.requireSeries(instrument, DataFarm.exchange(wire.getContract(), instrument), series, BarSize.DAY_1);
            farm.work(session, requestId, "head timestamp", pending -> {
                Instant head = HeadTimestamps.of(instrument, farm.tradingTime(instrument, wire.getUseRth()));
                if (pending.answer()) {
                    session.send(InMessage.HEAD_TIMESTAMP, HistoricalCodec.headTimestamp(requestId, head, wire.getFormatDate()));
                }
            });
        } catch (Refusal refusal) {
            session.sendError(requestId, refusal.code(), refusal.getMessage());
        }
    }

    void histogram(ClientSession session, HistogramDataRequest wire) {
        int requestId = wire.getReqId();
        try {
            HistogramPeriod period = period(wire.getTimePeriod());
            Instrument instrument = farm.resolve(wire.getContract());
            farm.work(session, requestId, "histogram", pending -> {
                TradingTime time = farm.tradingTime(instrument, wire.getUseRth());
                Instant now = farm.now();
                Instant from = TradingTime.max(start(now, period, time), HeadTimestamps.of(instrument, time));
                List<HistogramEntry> entries = Histograms.of(farm.market(instrument), time, from, now);
                if (pending.answer()) {
                    session.send(InMessage.HISTOGRAM_DATA, HistoricalCodec.histogram(requestId, entries));
                }
            });
        } catch (Refusal refusal) {
            session.sendError(requestId, refusal.code(), refusal.getMessage());
        }
    }

    private static Instant start(Instant now, HistogramPeriod period, TradingTime time) {
        ZonedDateTime local = now.atZone(time.calendar().zone());
        return switch (period.unit()) {
            case DAYS -> local.minusDays(period.amount()).toInstant();
            case WEEKS -> local.minusWeeks(period.amount()).toInstant();
            case MONTHS -> local.minusMonths(period.amount()).toInstant();
            case YEARS -> local.minusYears(period.amount()).toInstant();
        };
    }

    private static HistogramPeriod period(String text) {
        try {
            return HistogramPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw new Refusal(HmdsErrors.VALIDATION, HmdsErrors.histogramPeriod(text));
        }
    }
}
