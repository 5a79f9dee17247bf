package io.tws4j.simulator.historical;

import io.tws4j.historical.Bar;
import io.tws4j.historical.HistoricalSchedule;
import io.tws4j.historical.WhatToShow;
import io.tws4j.historical.codec.HistoricalCodec;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.simulator.core.ClientSession;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Answers REQ_HISTORICAL_DATA: the bars of the period (HISTORICAL_DATA with every bar, then
 * HISTORICAL_DATA_END naming the period), 162 "no data" for an empty one, warning 2174 first for
 * an end time without a zone (read in the gateway's zone), the current bar as it
 * changes for a request kept up to date, and the trading schedule (HISTORICAL_SCHEDULE) for
 * {@code SCHEDULE}. Data stops at the gateway's now and starts no earlier than the instrument's
 * head timestamp.
 */
final class BarRequests {
    private final DataFarm farm;

    BarRequests(DataFarm farm) {
        this.farm = farm;
    }

    void handle(ClientSession session, HistoricalDataRequest wire) {
        try {
            BarQuery query = BarQuery.parse(wire, farm);
            if (HmdsErrors.namesNoZone(wire.getEndDateTime())) {
                session.sendError(query.requestId(), HmdsErrors.IMPLIED_TIME_ZONE, HmdsErrors.impliedTimeZone());
            }
            if (query.series() == WhatToShow.SCHEDULE) {
                farm.work(session, query.requestId(), "historical schedule", pending -> schedule(session, query, pending));
                return;
            }
            query.checkStepSize();
            farm.requireSeries(query.instrument(), query.exchange(), query.series(), query.size());
            if (query.size().compareTo(farm.limits().largestPacedBarSize()) <= 0) {
                farm.pace(session, wire.toBuilder().clearReqId().build().toString(), query.contractKey(), query.series());
            }
            farm.work(session, query.requestId(), "historical data", pending -> bars(session, query, pending));
        } catch (Refusal refusal) {
            session.sendError(wire.getReqId(), refusal.code(), refusal.getMessage());
        }
    }

    private void bars(ClientSession session, BarQuery query, SessionQueries.Pending pending) {
        TradingTime time = farm.tradingTime(query.instrument(), query.regularOnly());
        BarSeries series = new BarSeries(farm.market(query.instrument()), time, query.size(), query.series());
        Instant now = farm.now();
        Instant periodEnd = query.end().orElse(now);
        Instant to = TradingTime.min(periodEnd, now);
        Instant from = TradingTime.max(Periods.start(time, periodEnd, query.duration()), HeadTimestamps.of(query.instrument(), time));
        List<Bar> bars = from.isBefore(to) ? series.between(from, to, () -> pending.isCancelled() || session.isClosed()) : List.of();
        if (bars.isEmpty()) {
            throw new Refusal(HmdsErrors.HMDS, HmdsErrors.noData(query.instrument(), query.exchange(), query.series()));
        }
        ZoneId zone = farm.zone();
        LiveBars live = null;
        if (query.keepUpToDate()) {
            live = new LiveBars(session, query.requestId(), series, farm.engine().clock(), zone, query.formatDate(), bars.getLast());
            farm.queries(session).keep(query.requestId(), live);
        }
        if (!pending.answer()) {
            farm.queries(session).cancel(query.requestId());
            return;
        }
        session.sendBuffered(InMessage.HISTORICAL_DATA, HistoricalCodec.historicalData(query.requestId(),
                bars.stream().map(bar -> HistoricalCodec.bar(bar, zone, query.formatDate())).toList()));
        session.sendBuffered(InMessage.HISTORICAL_DATA_END, HistoricalCodec.historicalDataEnd(query.requestId(),
                from.atZone(zone), periodEnd.atZone(zone)));
        session.flush();
        if (live != null) {
            live.start(farm.engine().scheduler());
        }
    }

    private void schedule(ClientSession session, BarQuery query, SessionQueries.Pending pending) {
        TradingTime time = farm.tradingTime(query.instrument(), query.regularOnly());
        Instant end = query.end().orElse(farm.now());
        HistoricalSchedule schedule = Schedules.of(time, Periods.start(time, end, query.duration()), end);
        if (pending.answer()) {
            session.send(InMessage.HISTORICAL_SCHEDULE, HistoricalCodec.schedule(query.requestId(), schedule));
        }
    }
}
