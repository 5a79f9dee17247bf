package io.tws4j.historical.codec;

import io.tws4j.connection.TwsTimeZones;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.historical.Bar;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.BarTime;
import io.tws4j.historical.BarsRequest;
import io.tws4j.historical.HistogramEntry;
import io.tws4j.historical.HistogramPeriod;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.HistoricalSchedule;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.ScheduleSession;
import io.tws4j.historical.WhatToShow;
import io.tws4j.protocol.proto.HistoricalProto.CancelHeadTimestamp;
import io.tws4j.protocol.proto.HistoricalProto.CancelHistogramData;
import io.tws4j.protocol.proto.HistoricalProto.CancelHistoricalData;
import io.tws4j.protocol.proto.HistoricalProto.HeadTimestamp;
import io.tws4j.protocol.proto.HistoricalProto.HeadTimestampRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistogramData;
import io.tws4j.protocol.proto.HistoricalProto.HistogramDataEntry;
import io.tws4j.protocol.proto.HistoricalProto.HistogramDataRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalData;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataBar;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataEnd;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataUpdate;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalSession;
import io.tws4j.protocol.proto.HistoricalProto;
import io.tws4j.protocol.wire.Decimals;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Both directions of the historical bars and schedule messages. Requests are written as IB's
 * own client writes them: {@code useRTH} only when true, {@code keepUpToDate} only when true,
 * no end time for "now", and {@code formatDate} 1 (bar dates as text, which TWS writes in its
 * zone and tws4j reads with the gateway's zone mapped to a {@link ZoneId}). Decoders accept
 * every date form TWS writes (see {@link WireDates}).
 */
public final class HistoricalCodec {
    /** Bar dates as text: {@code yyyyMMdd HH:mm:ss [zone]}, or {@code yyyyMMdd} for daily bars. */
    public static final int FORMAT_TEXT = 1;
    /** Bar dates as epoch seconds (daily bars still as {@code yyyyMMdd}). */
    public static final int FORMAT_EPOCH_SECONDS = 2;

    private HistoricalCodec() {}

    // ---- bars

    /** Encodes a bars request. */
    public static HistoricalDataRequest barsRequest(int requestId, BarsRequest request) {
        HistoricalDataRequest.Builder wire = HistoricalDataRequest.newBuilder()
                .setReqId(requestId)
                .setContract(ContractsCodec.contract(request.contract()))
                .setBarSizeSetting(request.barSize().wireValue())
                .setDuration(request.duration().wireValue())
                .setWhatToShow(request.whatToShow().wireValue())
                .setFormatDate(FORMAT_TEXT);
        request.end().ifPresent(end -> wire.setEndDateTime(WireDates.requestTime(end)));
        if (request.hours().useRth()) {
            wire.setUseRth(true);
        }
        if (request.keepUpToDate()) {
            wire.setKeepUpToDate(true);
        }
        return wire.build();
    }

    /** Encodes the cancel of a bars request (or of one kept up to date). */
    public static CancelHistoricalData cancelBars(int requestId) {
        return CancelHistoricalData.newBuilder().setReqId(requestId).build();
    }

    /** Encodes a bar, dating it as TWS does for {@code formatDate} in {@code zone}. */
    public static HistoricalDataBar bar(Bar bar, ZoneId zone, int formatDate) {
        return HistoricalDataBar.newBuilder()
                .setDate(WireDates.barTime(bar.time(), zone, formatDate))
                .setOpen(bar.open())
                .setHigh(bar.high())
                .setLow(bar.low())
                .setClose(bar.close())
                .setVolume(Decimals.format(bar.volume()))
                .setWap(price(bar.wap()))
                .setBarCount(bar.count())
                .build();
    }

    /**
     * Decodes a bar; a date without a zone is in {@code gatewayZone}.
     *
     * @throws DateTimeException if the bar's date is in no form TWS writes
     */
    public static Bar bar(HistoricalDataBar wire, ZoneId gatewayZone) {
        return bar(wire, WireDates.parseBarTime(wire.getDate(), gatewayZone));
    }

    private static Bar bar(HistoricalDataBar wire, BarTime time) {
        return new Bar(time, wire.getOpen(), wire.getHigh(), wire.getLow(), wire.getClose(), decimal(wire.getVolume()),
                wire.getWap().isBlank() ? 0 : Double.parseDouble(wire.getWap()), wire.getBarCount());
    }

    /** Encodes the bars of an answer. */
    public static HistoricalData historicalData(int requestId, List<HistoricalDataBar> bars) {
        return HistoricalData.newBuilder().setReqId(requestId).addAllHistoricalDataBars(bars).build();
    }

    /**
     * Decodes the bars of an answer, in order: a bar in the hour a fall-back repeats is read as
     * the later of its two instants when the earlier would not follow the bar before it.
     *
     * @throws DateTimeException if a bar's date is in no form TWS writes
     */
    public static List<Bar> bars(HistoricalData message, ZoneId gatewayZone) {
        List<Bar> bars = new ArrayList<>(message.getHistoricalDataBarsCount());
        Instant previous = null;
        for (HistoricalDataBar wire : message.getHistoricalDataBarsList()) {
            Bar bar = bar(wire, WireDates.parseBarTime(wire.getDate(), gatewayZone, previous));
            bars.add(bar);
            previous = bar.time() instanceof BarTime.AtInstant(Instant start) ? start : null;
        }
        return bars;
    }

    /** Encodes the end marker, naming the period the answer covered. */
    public static HistoricalDataEnd historicalDataEnd(int requestId, ZonedDateTime start, ZonedDateTime end) {
        return HistoricalDataEnd.newBuilder().setReqId(requestId)
                .setStartDateStr(WireDates.zoned(start)).setEndDateStr(WireDates.zoned(end)).build();
    }

    /** Puts an answer's bars together with the period its end marker names. */
    public static HistoricalBars historicalBars(List<Bar> bars, HistoricalDataEnd end, ZoneId gatewayZone) {
        return new HistoricalBars(WireDates.parseZoned(end.getStartDateStr(), gatewayZone),
                WireDates.parseZoned(end.getEndDateStr(), gatewayZone), bars);
    }

    /** Encodes a revision of the current bar of a request kept up to date. */
    public static HistoricalDataUpdate historicalDataUpdate(int requestId, HistoricalDataBar bar) {
        return HistoricalDataUpdate.newBuilder().setReqId(requestId).setHistoricalDataBar(bar).build();
    }

    /** Decodes a revision of the current bar. */
    public static Bar update(HistoricalDataUpdate message, ZoneId gatewayZone) {
        return bar(message.getHistoricalDataBar(), gatewayZone);
    }

    // ---- schedules

    /**
     * Encodes a schedule request: a bars request of daily bars for {@link WhatToShow#SCHEDULE},
     * which TWS answers with HISTORICAL_SCHEDULE.
     */
    public static HistoricalDataRequest scheduleRequest(int requestId, Contract contract, HistoricalDuration duration,
                                                        Optional<Instant> end, MarketHours hours) {
        return barsRequest(requestId, new BarsRequest(contract, BarSize.DAY_1, end, duration, WhatToShow.SCHEDULE, hours, false));
    }

    /** Encodes a schedule, its times in the schedule's zone. */
    public static HistoricalProto.HistoricalSchedule schedule(int requestId, HistoricalSchedule schedule) {
        HistoricalProto.HistoricalSchedule.Builder wire = HistoricalProto.HistoricalSchedule.newBuilder()
                .setReqId(requestId)
                .setStartDateTime(WireDates.scheduleTime(schedule.start().withZoneSameInstant(schedule.zone())))
                .setEndDateTime(WireDates.scheduleTime(schedule.end().withZoneSameInstant(schedule.zone())))
                .setTimeZone(schedule.zone().getId());
        for (ScheduleSession session : schedule.sessions()) {
            wire.addHistoricalSessions(HistoricalSession.newBuilder()
                    .setStartDateTime(WireDates.scheduleTime(session.start().withZoneSameInstant(schedule.zone())))
                    .setEndDateTime(WireDates.scheduleTime(session.end().withZoneSameInstant(schedule.zone())))
                    .setRefDate(WireDates.day(session.tradingDay())));
        }
        return wire.build();
    }

    /**
     * Decodes a schedule.
     *
     * @throws DateTimeException if its zone is unknown (see {@link TwsTimeZones}) or a time is malformed
     */
    public static HistoricalSchedule schedule(HistoricalProto.HistoricalSchedule message) {
        ZoneId zone = TwsTimeZones.resolve(message.getTimeZone()).orElseThrow(() ->
                new DateTimeException("the schedule's time zone '" + message.getTimeZone() + "' is unknown; add an alias with -D"
                        + TwsTimeZones.ALIASES_PROPERTY + "=Name=Zone"));
        List<ScheduleSession> sessions = new ArrayList<>(message.getHistoricalSessionsCount());
        for (HistoricalSession session : message.getHistoricalSessionsList()) {
            sessions.add(new ScheduleSession(WireDates.parseDay(session.getRefDate()),
                    WireDates.parseScheduleTime(session.getStartDateTime(), zone),
                    WireDates.parseScheduleTime(session.getEndDateTime(), zone)));
        }
        return new HistoricalSchedule(WireDates.parseScheduleTime(message.getStartDateTime(), zone),
                WireDates.parseScheduleTime(message.getEndDateTime(), zone), zone, sessions);
    }

    // ---- head timestamps

    /** Encodes a head timestamp request, asking for epoch seconds. */
    public static HeadTimestampRequest headTimestampRequest(int requestId, Contract contract, WhatToShow whatToShow,
                                                            MarketHours hours) {
        HeadTimestampRequest.Builder wire = HeadTimestampRequest.newBuilder().setReqId(requestId)
                .setContract(ContractsCodec.contract(contract)).setWhatToShow(whatToShow.wireValue())
                .setFormatDate(FORMAT_EPOCH_SECONDS);
        if (hours.useRth()) {
            wire.setUseRth(true);
        }
        return wire.build();
    }

    /** Encodes the cancel of a head timestamp request. */
    public static CancelHeadTimestamp cancelHeadTimestamp(int requestId) {
        return CancelHeadTimestamp.newBuilder().setReqId(requestId).build();
    }

    /** Encodes a head timestamp: epoch seconds for {@code formatDate} 2, else {@code yyyyMMdd-HH:mm:ss} in UTC. */
    public static HeadTimestamp headTimestamp(int requestId, Instant head, int formatDate) {
        String text = formatDate == FORMAT_EPOCH_SECONDS ? Long.toString(head.getEpochSecond())
                : WireDates.scheduleTime(head.atZone(ZoneOffset.UTC));
        return HeadTimestamp.newBuilder().setReqId(requestId).setHeadTimestamp(text).build();
    }

    /**
     * Decodes a head timestamp in any of its forms.
     *
     * @throws DateTimeException if it is in none
     */
    public static Instant headTimestamp(HeadTimestamp message, ZoneId gatewayZone) {
        return WireDates.parseHeadTimestamp(message.getHeadTimestamp(), gatewayZone);
    }

    // ---- histograms

    /** Encodes a histogram request. */
    public static HistogramDataRequest histogramRequest(int requestId, Contract contract, MarketHours hours,
                                                        HistogramPeriod period) {
        HistogramDataRequest.Builder wire = HistogramDataRequest.newBuilder().setReqId(requestId)
                .setContract(ContractsCodec.contract(contract)).setTimePeriod(period.wireValue());
        if (hours.useRth()) {
            wire.setUseRth(true);
        }
        return wire.build();
    }

    /** Encodes the cancel of a histogram request. */
    public static CancelHistogramData cancelHistogram(int requestId) {
        return CancelHistogramData.newBuilder().setReqId(requestId).build();
    }

    /** Encodes a histogram. */
    public static HistogramData histogram(int requestId, List<HistogramEntry> entries) {
        HistogramData.Builder wire = HistogramData.newBuilder().setReqId(requestId);
        for (HistogramEntry entry : entries) {
            wire.addHistogramDataEntries(HistogramDataEntry.newBuilder().setPrice(entry.price())
                    .setSize(Decimals.format(entry.size())));
        }
        return wire.build();
    }

    /** Decodes a histogram. */
    public static List<HistogramEntry> histogram(HistogramData message) {
        List<HistogramEntry> entries = new ArrayList<>(message.getHistogramDataEntriesCount());
        for (HistogramDataEntry entry : message.getHistogramDataEntriesList()) {
            entries.add(new HistogramEntry(entry.getPrice(), decimal(entry.getSize())));
        }
        return entries;
    }

    // ---- shared

    /** Reads a decimal text field; blank is zero. */
    static BigDecimal decimal(String text) {
        return text.isBlank() ? BigDecimal.ZERO : Decimals.parse(text);
    }

    /** Writes a price as decimal text, in its shortest form. */
    static String price(double value) {
        return Decimals.format(BigDecimal.valueOf(value));
    }
}
