package io.tws4j.historical.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.InvalidProtocolBufferException;
import io.tws4j.contracts.Contract;
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
import io.tws4j.historical.RandomHistory;
import io.tws4j.historical.ScheduleSession;
import io.tws4j.historical.WhatToShow;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalData;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataRequest;
import io.tws4j.protocol.proto.HistoricalProto;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Historical bars, schedules, head timestamps and histograms survive the wire, and our request is IB's own. */
class HistoricalCodecTest {
    /** PROTOCOL.md Appendix B, frame 5: IB's Java client asking for AAPL, 1 hour, 1 D, RTH, TRADES, formatDate 1. */
    private static final String IB_HISTORICAL_REQUEST =
            "08d10f 1219 080012044141504c1a0353544b4205534d4152545203555344 2206 3120686f7572 2a03 312044 3001 3a06 545241444553 4001";
    private static final ZoneId NEW_YORK = ZoneId.of("US/Eastern");
    private static final List<ZoneId> ZONES = List.of(NEW_YORK, ZoneId.of("America/Chicago"), ZoneId.of("Japan"),
            ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"));

    @Test
    void theReadmeRequestEncodesToTheBytesIbsClientSends() {
        BarsRequest request = new BarsRequest(Contract.stock("AAPL").build(), BarSize.HOURS_1, Optional.empty(),
                HistoricalDuration.days(1), WhatToShow.TRADES, MarketHours.REGULAR, false);

        byte[] ours = HistoricalCodec.barsRequest(2001, request).toByteArray();

        assertThat(HexFormat.of().formatHex(ours)).isEqualTo(IB_HISTORICAL_REQUEST.replace(" ", ""));
    }

    @Test
    void anEndTimeTravelsInUtcAndFalseFlagsStayOff() {
        BarsRequest request = new BarsRequest(Contract.stock("AAPL").build(), BarSize.MINUTES_5,
                Optional.of(Instant.parse("2023-04-11T20:00:00Z")), HistoricalDuration.seconds(3600), WhatToShow.BID_ASK,
                MarketHours.EXTENDED, true);

        HistoricalDataRequest wire = HistoricalCodec.barsRequest(7, request);

        assertThat(wire.getEndDateTime()).isEqualTo("20230411 20:00:00 UTC");
        assertThat(wire.hasUseRth()).isFalse();
        assertThat(wire.getKeepUpToDate()).isTrue();
        assertThat(wire.getDuration()).isEqualTo("3600 S");
        assertThat(wire.getBarSizeSetting()).isEqualTo("5 mins");
        assertThat(wire.getWhatToShow()).isEqualTo("BID_ASK");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 7919, 65_537})
    void requestsReadBackAsSent(long seed) throws InvalidProtocolBufferException {
        SplittableRandom random = new SplittableRandom(seed);
        RandomHistory history = new RandomHistory(random);
        for (int i = 0; i < 100; i++) {
            BarsRequest sent = new BarsRequest(Contract.ofConId(1 + random.nextInt(1_000_000), "SMART"),
                    BarSize.values()[random.nextInt(BarSize.values().length)],
                    random.nextBoolean() ? Optional.of(history.second()) : Optional.empty(),
                    new HistoricalDuration(1 + random.nextInt(300), HistoricalDuration.Unit.values()[random.nextInt(5)]),
                    WhatToShow.values()[random.nextInt(WhatToShow.values().length)],
                    MarketHours.values()[random.nextInt(2)], random.nextBoolean());
            HistoricalDataRequest wire = HistoricalDataRequest.parseFrom(HistoricalCodec.barsRequest(5, sent).toByteArray());

            BarsRequest read = new BarsRequest(sent.contract(), BarSize.fromWire(wire.getBarSizeSetting()).orElseThrow(),
                    WireDates.parseRequestTime(wire.getEndDateTime(), ZONES.get(random.nextInt(ZONES.size()))),
                    HistoricalDuration.parse(wire.getDuration()), WhatToShow.fromWire(wire.getWhatToShow()).orElseThrow(),
                    MarketHours.of(wire.getUseRth()), wire.getKeepUpToDate());
            assertThat(read).isEqualTo(sent);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 7919, 65_537})
    void barsRoundTripInBothDateFormatsAndAnyZone(long seed) throws InvalidProtocolBufferException {
        SplittableRandom random = new SplittableRandom(seed);
        RandomHistory history = new RandomHistory(random);
        for (int i = 0; i < 50; i++) {
            ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
            int format = 1 + random.nextInt(2);
            List<Bar> bars = new ArrayList<>();
            for (int b = random.nextInt(20); b > 0; b--) {
                Bar bar = history.bar(random.nextBoolean());
                if (format == 2 || !inRepeatedHour(bar, zone)) {
                    bars.add(bar);
                }
            }
            bars.sort(Comparator.comparing(Bar::time));
            HistoricalData wire = HistoricalData.parseFrom(HistoricalCodec.historicalData(9,
                    bars.stream().map(bar -> HistoricalCodec.bar(bar, zone, format)).toList()).toByteArray());

            ZoneId readerZone = ZONES.get(random.nextInt(ZONES.size()));
            assertThat(HistoricalCodec.bars(wire, readerZone)).as("zone %s, formatDate %d", zone, format).isEqualTo(bars);
        }
    }

    @Test
    void barsInTheHourAFallBackRepeatsReadInOrder() {
        ZoneId zone = NEW_YORK;
        List<String> dates = List.of("20231105 00:00:00", "20231105 01:00:00", "20231105 01:00:00", "20231105 02:00:00");
        HistoricalData wire = HistoricalData.newBuilder().addAllHistoricalDataBars(dates.stream()
                .map(date -> HistoricalProto.HistoricalDataBar.newBuilder().setDate(date).setOpen(1).build()).toList()).build();

        List<Instant> starts = HistoricalCodec.bars(wire, zone).stream().map(bar -> bar.time().startIn(zone)).toList();

        assertThat(starts).containsExactly(Instant.parse("2023-11-05T04:00:00Z"), Instant.parse("2023-11-05T05:00:00Z"),
                Instant.parse("2023-11-05T06:00:00Z"), Instant.parse("2023-11-05T07:00:00Z"));
    }

    @Test
    void everyDateFormTwsWritesNamesTheSameBarStart() {
        Instant expected = Instant.parse("2023-04-11T13:30:00Z");

        for (String date : List.of("20230411 09:30:00", "20230411  09:30:00", "20230411 09:30:00 US/Eastern",
                "20230411 22:30:00 Japan", "1681219800", "20230411-13:30:00", "20230411 13:30:00 UTC")) {
            assertThat(WireDates.parseBarTime(date, NEW_YORK).startIn(NEW_YORK)).as(date).isEqualTo(expected);
        }
        assertThat(WireDates.parseBarTime("20230411", NEW_YORK)).hasToString("2023-04-11");
    }

    @Test
    void malformedDatesAndUnknownZonesFailByName() {
        for (String date : List.of("2023-04-11", "20230411 9:30", "20230411 09:30:00 Mars/Olympus", "yesterday",
                "20231311 09:30:00", "20230411-09:30:00 UTC")) {
            assertThatThrownBy(() -> WireDates.parseBarTime(date, NEW_YORK)).as(date)
                    .isInstanceOf(DateTimeException.class).hasMessageContaining(date.strip());
        }
    }

    /** Whether a bar starts in the hour a fall-back repeats, whose local time the text form cannot place. */
    private static boolean inRepeatedHour(Bar bar, ZoneId zone) {
        return bar.time() instanceof BarTime.AtInstant(Instant start)
                && zone.getRules().getValidOffsets(LocalDateTime.ofInstant(start, zone)).size() > 1;
    }

    @Test
    void theEndMarkerNamesThePeriodInTheGatewaysZone() {
        ZonedDateTime start = ZonedDateTime.parse("2023-04-11T09:30-04:00[US/Eastern]");
        ZonedDateTime end = ZonedDateTime.parse("2023-04-11T16:00-04:00[US/Eastern]");

        HistoricalProto.HistoricalDataEnd wire = HistoricalCodec.historicalDataEnd(3, start, end);
        HistoricalBars bars = HistoricalCodec.historicalBars(List.of(), wire, ZoneId.of("UTC"));

        assertThat(wire.getStartDateStr()).isEqualTo("20230411 09:30:00 US/Eastern");
        assertThat(bars.start()).isEqualTo(start);
        assertThat(bars.end()).isEqualTo(end);
    }

    @Test
    void schedulesRoundTripInTheirOwnZone() throws InvalidProtocolBufferException {
        ZoneId chicago = ZoneId.of("US/Central");
        List<ScheduleSession> sessions = List.of(
                new ScheduleSession(LocalDate.of(2023, 4, 11), ZonedDateTime.parse("2023-04-10T17:00-05:00[US/Central]"),
                        ZonedDateTime.parse("2023-04-11T16:00-05:00[US/Central]")),
                new ScheduleSession(LocalDate.of(2023, 4, 12), ZonedDateTime.parse("2023-04-11T17:00-05:00[US/Central]"),
                        ZonedDateTime.parse("2023-04-12T16:00-05:00[US/Central]")));
        HistoricalSchedule schedule = new HistoricalSchedule(sessions.getFirst().start(), sessions.getLast().end(), chicago, sessions);

        HistoricalProto.HistoricalSchedule wire = HistoricalProto.HistoricalSchedule.parseFrom(
                HistoricalCodec.schedule(4, schedule).toByteArray());

        assertThat(wire.getHistoricalSessions(0).getStartDateTime()).isEqualTo("20230410-17:00:00");
        assertThat(wire.getHistoricalSessions(0).getRefDate()).isEqualTo("20230411");
        assertThat(HistoricalCodec.schedule(wire)).isEqualTo(schedule);
        assertThatThrownBy(() -> HistoricalCodec.schedule(wire.toBuilder().setTimeZone("Nowhere/Special").build()))
                .hasMessageContaining("Nowhere/Special");
    }

    @Test
    void theScheduleRequestIsADailyBarsRequestForSchedule() {
        HistoricalDataRequest wire = HistoricalCodec.scheduleRequest(8, Contract.stock("AAPL").build(),
                HistoricalDuration.days(5), Optional.empty(), MarketHours.REGULAR);

        assertThat(wire.getWhatToShow()).isEqualTo("SCHEDULE");
        assertThat(wire.getBarSizeSetting()).isEqualTo("1 day");
        assertThat(wire.getDuration()).isEqualTo("5 D");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42})
    void headTimestampsRoundTripInBothFormats(long seed) {
        RandomHistory history = new RandomHistory(new SplittableRandom(seed));
        for (int i = 0; i < 50; i++) {
            Instant head = history.second();

            assertThat(HistoricalCodec.headTimestamp(HistoricalCodec.headTimestamp(1, head, 2), NEW_YORK)).isEqualTo(head);
            assertThat(HistoricalCodec.headTimestamp(HistoricalCodec.headTimestamp(1, head, 1), NEW_YORK)).isEqualTo(head);
        }
        assertThat(HistoricalCodec.headTimestampRequest(1, Contract.stock("AAPL").build(), WhatToShow.TRADES,
                MarketHours.EXTENDED).getFormatDate()).isEqualTo(2);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42})
    void histogramsRoundTrip(long seed) throws InvalidProtocolBufferException {
        RandomHistory history = new RandomHistory(new SplittableRandom(seed));
        List<HistogramEntry> entries = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            entries.add(history.histogramEntry());
        }

        byte[] bytes = HistoricalCodec.histogram(6, entries).toByteArray();

        assertThat(HistoricalCodec.histogram(HistoricalProto.HistogramData.parseFrom(bytes))).isEqualTo(entries);
        assertThat(HistoricalCodec.histogramRequest(6, Contract.stock("AAPL").build(), MarketHours.REGULAR,
                HistogramPeriod.weeks(1)).getTimePeriod()).isEqualTo("1 week");
    }
}
