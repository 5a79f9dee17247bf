package io.tws4j.simulator.historical;

import io.tws4j.historical.HistoricalBidAsk;
import io.tws4j.historical.HistoricalTick;
import io.tws4j.historical.HistoricalMidpoint;
import io.tws4j.historical.HistoricalTrade;
import io.tws4j.historical.WhatToShow;
import io.tws4j.historical.codec.HistoricalTicksCodec;
import io.tws4j.historical.codec.WireDates;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.core.ClientSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Answers REQ_HISTORICAL_TICKS with one message of ticks of the kind asked for (HISTORICAL_TICKS_LAST
 * for trades, HISTORICAL_TICKS for midpoints, HISTORICAL_TICKS_BID_ASK), marked done: up to
 * 1,000 ticks forward from the start or back from the end, plus the rest of the boundary second,
 * as TWS answers. More than 1,000 asked for are capped at 1,000 (inferred: TWS documents the
 * maximum, not what it does above it). Tick requests are paced like small bars (inferred).
 */
final class TickRequests {
    /** The most ticks TWS returns for one request. */
    static final int MAX_TICKS = 1_000;

    private final DataFarm farm;

    TickRequests(DataFarm farm) {
        this.farm = farm;
    }

    void handle(ClientSession session, HistoricalTicksRequest wire) {
        int requestId = wire.getReqId();
        try {
            WhatToShow series = series(wire.getWhatToShow());
            Optional<Instant> start = time(wire.getStartDateTime());
            Optional<Instant> end = time(wire.getEndDateTime());
            if (start.isPresent() == end.isPresent()) {
                throw new Refusal(HmdsErrors.VALIDATION, HmdsErrors.ticksNeedOneAnchor());
            }
            if (wire.getNumberOfTicks() <= 0) {
                throw new Refusal(HmdsErrors.VALIDATION, HmdsErrors.ticksCount(wire.getNumberOfTicks()));
            }
            Instrument instrument = farm.resolve(wire.getContract());
            if (HmdsErrors.namesNoZone(wire.getStartDateTime()) || HmdsErrors.namesNoZone(wire.getEndDateTime())) {
                session.sendError(requestId, HmdsErrors.IMPLIED_TIME_ZONE, HmdsErrors.impliedTimeZone());
            }
            String exchange = DataFarm.exchange(wire.getContract(), instrument);
            farm.pace(session, wire.toBuilder().clearReqId().build().toString(), instrument.conId() + "@" + exchange + ":" + series, series);
            int count = Math.min(wire.getNumberOfTicks(), MAX_TICKS);
            farm.work(session, requestId, "historical ticks", pending -> {
                List<HistoricalTick> ticks = ticks(instrument, series, wire, start, end, count);
                if (pending.answer()) {
                    send(session, requestId, series, ticks);
                }
            });
        } catch (Refusal refusal) {
            session.sendError(requestId, refusal.code(), refusal.getMessage());
        }
    }

    private List<HistoricalTick> ticks(Instrument instrument, WhatToShow series, HistoricalTicksRequest wire,
                                       Optional<Instant> start, Optional<Instant> end, int count) {
        TradingTime time = farm.tradingTime(instrument, wire.getUseRth());
        TickSeries ticks = new TickSeries(farm.market(instrument), time, series, wire.getIgnoreSize());
        Instant head = HeadTimestamps.of(instrument, time);
        Instant now = farm.now();
        if (start.isPresent()) {
            return ticks.forward(TradingTime.max(start.get(), head), now, count);
        }
        return ticks.backward(TradingTime.min(end.orElseThrow(), now), head, count);
    }

    private static void send(ClientSession session, int requestId, WhatToShow series, List<HistoricalTick> ticks) {
        switch (series) {
            case TRADES -> session.send(InMessage.HISTORICAL_TICKS_LAST, HistoricalTicksCodec.trades(requestId,
                    ticks.stream().map(HistoricalTrade.class::cast).toList(), true));
            case MIDPOINT -> session.send(InMessage.HISTORICAL_TICKS, HistoricalTicksCodec.midpoints(requestId,
                    ticks.stream().map(HistoricalMidpoint.class::cast).toList(), true));
            default -> session.send(InMessage.HISTORICAL_TICKS_BID_ASK, HistoricalTicksCodec.bidAsks(requestId,
                    ticks.stream().map(HistoricalBidAsk.class::cast).toList(), true));
        }
    }

    private static WhatToShow series(String text) {
        return WhatToShow.fromWire(text)
                .filter(series -> series == WhatToShow.TRADES || series == WhatToShow.MIDPOINT || series == WhatToShow.BID_ASK)
                .orElseThrow(() -> new Refusal(HmdsErrors.VALIDATION, HmdsErrors.ticksSeries(text)));
    }

    private Optional<Instant> time(String text) {
        try {
            return WireDates.parseRequestTime(text, farm.zone());
        } catch (DateTimeException e) {
            throw new Refusal(HmdsErrors.INVALID_END_DATE, HmdsErrors.invalidEndDate());
        }
    }
}
