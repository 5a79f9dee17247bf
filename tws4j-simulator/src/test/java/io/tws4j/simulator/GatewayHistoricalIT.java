package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.ContractsProto.Contract;
import io.tws4j.protocol.proto.HistoricalProto.CancelHistoricalData;
import io.tws4j.protocol.proto.HistoricalProto.HeadTimestamp;
import io.tws4j.protocol.proto.HistoricalProto.HeadTimestampRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistogramData;
import io.tws4j.protocol.proto.HistoricalProto.HistogramDataRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalData;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataEnd;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataRequest;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataUpdate;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalSchedule;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksLast;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalTicksRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.historical.HistoricalLimits;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The historical domain on the wire, spoken to by a raw client as IB's own client would. */
class GatewayHistoricalIT {
    /** PROTOCOL.md Appendix B, frame 5: IB's Java client asking for AAPL, 1 hour, 1 D, RTH, TRADES, formatDate 1. */
    private static final String IB_HISTORICAL_REQUEST =
            "08d10f 1219 080012044141504c1a0353544b4205534d4152545203555344 2206 3120686f7572 2a03 312044 3001 3a06 545241444553 4001";
    /** Tuesday 11 April 2023, an hour after the close in New York. */
    private static final Instant TUESDAY_EVENING = Instant.parse("2023-04-11T21:00:00Z");
    private static final Contract AAPL = Contract.newBuilder().setSymbol("AAPL").setSecType("STK").setExchange("SMART")
            .setCurrency("USD").build();

    @Test
    void ibsOwnRequestGetsEveryBarThenTheEndMarker() throws IOException {
        try (SimulatedGateway gateway = at(TUESDAY_EVENING, HistoricalLimits.tws()).start();
             RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_HISTORICAL_DATA,
                    HistoricalDataRequest.parseFrom(HexFormat.of().parseHex(IB_HISTORICAL_REQUEST.replace(" ", ""))));

            assertThat(client.next()).isEqualTo(InMessage.HISTORICAL_DATA);
            HistoricalData data = client.body(HistoricalData.parser());
            assertThat(data.getReqId()).isEqualTo(2001);
            assertThat(data.getHistoricalDataBarsList()).extracting(bar -> bar.getDate()).containsExactly(
                    "20230411 09:30:00 America/New_York", "20230411 10:00:00 America/New_York", "20230411 11:00:00 America/New_York",
                    "20230411 12:00:00 America/New_York", "20230411 13:00:00 America/New_York", "20230411 14:00:00 America/New_York",
                    "20230411 15:00:00 America/New_York");
            assertThat(data.getHistoricalDataBars(0).getVolume()).isNotEmpty();
            assertThat(data.getHistoricalDataBars(0).getBarCount()).isPositive();
            assertThat(client.next()).isEqualTo(InMessage.HISTORICAL_DATA_END);
            HistoricalDataEnd end = client.body(HistoricalDataEnd.parser());
            assertThat(end.getStartDateStr()).isEqualTo("20230411 09:30:00 America/New_York");
            assertThat(end.getEndDateStr()).isEqualTo("20230411 17:00:00 America/New_York");
        }
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws IOException {
        byte[] first;
        byte[] second;
        try (SimulatedGateway gateway = at(TUESDAY_EVENING, HistoricalLimits.tws()).start()) {
            first = dailyBars(gateway);
        }
        try (SimulatedGateway gateway = at(TUESDAY_EVENING, HistoricalLimits.tws()).start()) {
            second = dailyBars(gateway);
        }
        assertThat(first).isEqualTo(second);
    }

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1 sec   | 1 D      | TRADES   | 321   | Historical data bar size setting is invalid. Legal ones are: 1 secs, 5 secs
            1 hour  | 400 D    | TRADES   | 321   | durations longer than 365 days must be made in years
            1 hour  | 90000 S  | TRADES   | 321   | durations longer than 86400 seconds must be made in days
            1 hour  | 1 X      | TRADES   | 321   | duration '1 X' is invalid
            1 hour  | 1 D      | TRADEZ   | 321   | what to show 'TRADEZ' is invalid
            1 secs  | 1 D      | TRADES   | 162   | Historical Market Data Service error message:Time length exceed max.
            5 secs  | 7200 S   | TRADES   | 162   | Time length exceed max.
            """)
    void requestsTwsRefusesGetItsErrors(String barSize, String duration, String whatToShow, int code, String text) throws IOException {
        try (SimulatedGateway gateway = at(TUESDAY_EVENING, HistoricalLimits.tws()).start();
             RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_HISTORICAL_DATA, HistoricalDataRequest.newBuilder().setReqId(7).setContract(AAPL)
                    .setBarSizeSetting(barSize).setDuration(duration).setWhatToShow(whatToShow).setFormatDate(1).build());

            ErrorMessage error = error(client);
            assertThat(error.getId()).isEqualTo(7);
            assertThat(error.getErrorCode()).isEqualTo(code);
            assertThat(error.getErrorMsg()).contains(text);
        }
    }

    @Test
    void aBadEndDateIsError10314AndAnUnknownContract200() throws IOException {
        try (SimulatedGateway gateway = at(TUESDAY_EVENING, HistoricalLimits.tws()).start();
             RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_HISTORICAL_DATA, hourly(8).setEndDateTime("2023-04-11 20:00").build());
            ErrorMessage badDate = error(client);
            client.send(OutMessage.REQ_HISTORICAL_DATA, hourly(9).setContract(AAPL.toBuilder().setSymbol("NOSUCH")).build());
            ErrorMessage unknown = error(client);

            assertThat(badDate.getErrorCode()).isEqualTo(10314);
            assertThat(badDate.getErrorMsg()).startsWith("End Date/Time: The date, time, or time-zone entered is invalid.");
            assertThat(unknown.getId()).isEqualTo(9);
            assertThat(unknown.getErrorCode()).isEqualTo(200);
        }
    }

    @Test
    void anEndTimeWithoutAZoneIsReadInTheGatewaysZoneAfterWarning2174() throws IOException {
        try (SimulatedGateway gateway = at(TUESDAY_EVENING, HistoricalLimits.tws()).start();
             RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_HISTORICAL_DATA, hourly(15).setEndDateTime("20230411 16:00:00").build());

            assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
            ErrorMessage warning = client.body(ErrorMessage.parser());
            assertThat(warning.getErrorCode()).isEqualTo(2174);
            assertThat(warning.getErrorMsg()).startsWith("Warning: You submitted request with date-time attributes without explicit time zone.");
            assertThat(client.next()).isEqualTo(InMessage.HISTORICAL_DATA);
            assertThat(client.body(HistoricalData.parser()).getHistoricalDataBarsCount()).isEqualTo(7);
        }
    }

    @Test
    void beforeTheOpenOneDayHasNoDataYet() throws IOException {
        try (SimulatedGateway gateway = at(Instant.parse("2023-04-11T12:00:00Z"), HistoricalLimits.tws()).start();
             RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_HISTORICAL_DATA, hourly(10).build());

            assertThat(error(client).getErrorMsg())
                    .isEqualTo("Historical Market Data Service error message:HMDS query returned no data: AAPL@SMART Trades");
        }
    }

    @Test
    void smallBarsArePacedAndBidAskCountsTwice() throws IOException {
        HistoricalLimits limits = HistoricalLimits.tws().withRequestsPerWindow(3, Duration.ofMinutes(10));
        try (SimulatedGateway gateway = at(TUESDAY_EVENING, limits).start();
             RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_HISTORICAL_DATA, small(1, "TRADES", "20230411 19:00:00 UTC").build());
            client.send(OutMessage.REQ_HISTORICAL_DATA, small(2, "BID_ASK", "20230411 18:00:00 UTC").build());
            client.send(OutMessage.REQ_HISTORICAL_DATA, small(3, "MIDPOINT", "20230411 17:00:00 UTC").build());

            ErrorMessage violation = error(client);
            assertThat(violation.getId()).isEqualTo(3);
            assertThat(violation.getErrorCode()).isEqualTo(162);
            assertThat(violation.getErrorMsg()).isEqualTo("Historical Market Data Service error message:Historical data request pacing violation");
        }
    }

    @Test
    void keptUpToDateBarsFollowTheEndMarkerAsTheBarChangesAndStopOnCancel() throws IOException {
        try (SimulatedGateway gateway = SimulatedGateway.builder().seed(3).startTime(Instant.parse("2023-04-11T14:00:00Z"))
                .speed(120).build().start();
             RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_HISTORICAL_DATA, HistoricalDataRequest.newBuilder().setReqId(12).setContract(AAPL)
                    .setBarSizeSetting("1 min").setDuration("1800 S").setWhatToShow("TRADES").setUseRth(true).setFormatDate(2)
                    .setKeepUpToDate(true).build());

            assertThat(client.next()).isEqualTo(InMessage.HISTORICAL_DATA);
            HistoricalData data = client.body(HistoricalData.parser());
            long lastBar = Long.parseLong(data.getHistoricalDataBars(data.getHistoricalDataBarsCount() - 1).getDate());
            assertThat(client.next()).isEqualTo(InMessage.HISTORICAL_DATA_END);
            client.body(HistoricalDataEnd.parser());
            for (int i = 0; i < 3; i++) {
                assertThat(client.next()).isEqualTo(InMessage.HISTORICAL_DATA_UPDATE);
                HistoricalDataUpdate update = client.body(HistoricalDataUpdate.parser());
                assertThat(update.getReqId()).isEqualTo(12);
                assertThat(Long.parseLong(update.getHistoricalDataBar().getDate())).isGreaterThanOrEqualTo(lastBar);
                lastBar = Long.parseLong(update.getHistoricalDataBar().getDate());
            }

            client.send(OutMessage.CANCEL_HISTORICAL_DATA, CancelHistoricalData.newBuilder().setReqId(12).build());

            assertThat(quietAfterUpdates(client, Duration.ofMillis(1_500))).as("updates stop after the cancel").isTrue();
        }
    }

    @Test
    void aCancelOvertakingTheAnswerIsReportedCancelled() throws IOException {
        try (SimulatedGateway gateway = at(TUESDAY_EVENING, HistoricalLimits.tws().withAnswerDelay(Duration.ofSeconds(30))).start();
             RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_HISTORICAL_DATA, hourly(14).build());
            client.send(OutMessage.CANCEL_HISTORICAL_DATA, CancelHistoricalData.newBuilder().setReqId(14).build());

            ErrorMessage cancelled = error(client);
            assertThat(cancelled.getId()).isEqualTo(14);
            assertThat(cancelled.getErrorCode()).isEqualTo(162);
            assertThat(cancelled.getErrorMsg()).isEqualTo("Historical Market Data Service error message:API historical data query cancelled: 14");
        }
    }

    @Test
    void scheduleHeadTimestampHistogramAndTicks() throws IOException {
        try (SimulatedGateway gateway = at(TUESDAY_EVENING, HistoricalLimits.tws()).start();
             RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_HISTORICAL_DATA, hourly(20).setWhatToShow("SCHEDULE").setBarSizeSetting("1 day")
                    .setDuration("2 D").build());
            assertThat(client.next()).isEqualTo(InMessage.HISTORICAL_SCHEDULE);
            HistoricalSchedule schedule = client.body(HistoricalSchedule.parser());
            assertThat(schedule.getTimeZone()).isEqualTo("US/Eastern");
            assertThat(schedule.getHistoricalSessionsList()).extracting(s -> s.getStartDateTime() + " " + s.getRefDate())
                    .containsExactly("20230410-09:30:00 20230410", "20230411-09:30:00 20230411");

            client.send(OutMessage.REQ_HEAD_TIMESTAMP, HeadTimestampRequest.newBuilder().setReqId(21).setContract(AAPL)
                    .setWhatToShow("TRADES").setUseRth(true).setFormatDate(2).build());
            assertThat(client.next()).isEqualTo(InMessage.HEAD_TIMESTAMP);
            assertThat(client.body(HeadTimestamp.parser()).getHeadTimestamp()).isEqualTo("946909800");

            client.send(OutMessage.REQ_HISTOGRAM_DATA, HistogramDataRequest.newBuilder().setReqId(22).setContract(AAPL)
                    .setUseRth(true).setTimePeriod("1 day").build());
            assertThat(client.next()).isEqualTo(InMessage.HISTOGRAM_DATA);
            assertThat(client.body(HistogramData.parser()).getHistogramDataEntriesCount()).isPositive();

            client.send(OutMessage.REQ_HISTORICAL_TICKS, HistoricalTicksRequest.newBuilder().setReqId(23).setContract(AAPL)
                    .setStartDateTime("20230411 14:00:00 UTC").setNumberOfTicks(100).setWhatToShow("TRADES").setUseRth(true).build());
            assertThat(client.next()).isEqualTo(InMessage.HISTORICAL_TICKS_LAST);
            HistoricalTicksLast ticks = client.body(HistoricalTicksLast.parser());
            assertThat(ticks.getIsDone()).isTrue();
            assertThat(ticks.getHistoricalTicksLastCount()).isGreaterThanOrEqualTo(100);

            client.send(OutMessage.REQ_HISTORICAL_TICKS, HistoricalTicksRequest.newBuilder().setReqId(24).setContract(AAPL)
                    .setNumberOfTicks(100).setWhatToShow("TRADES").build());
            assertThat(error(client).getErrorMsg()).contains("Exactly one of start time and end time has to be defined");
        }
    }

    /** A gateway whose time stands still at {@code now}. */
    private static SimulatedGateway at(Instant now, HistoricalLimits limits) {
        return SimulatedGateway.builder().seed(11).clock(InstantSource.fixed(now)).historicalLimits(limits).build();
    }

    private static HistoricalDataRequest.Builder hourly(int requestId) {
        return HistoricalDataRequest.newBuilder().setReqId(requestId).setContract(AAPL).setBarSizeSetting("1 hour")
                .setDuration("1 D").setWhatToShow("TRADES").setUseRth(true).setFormatDate(1);
    }

    private static HistoricalDataRequest.Builder small(int requestId, String whatToShow, String end) {
        return HistoricalDataRequest.newBuilder().setReqId(requestId).setContract(AAPL).setBarSizeSetting("5 secs")
                .setDuration("60 S").setWhatToShow(whatToShow).setUseRth(true).setFormatDate(1).setEndDateTime(end);
    }

    private static byte[] dailyBars(SimulatedGateway gateway) throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_HISTORICAL_DATA, hourly(1).setBarSizeSetting("1 day").setDuration("5 D").build());
            assertThat(client.next()).isEqualTo(InMessage.HISTORICAL_DATA);
            HistoricalData data = client.body(HistoricalData.parser());
            assertThat(data.getHistoricalDataBarsList()).extracting(bar -> bar.getDate())
                    .containsExactly("20230404", "20230405", "20230406", "20230410", "20230411");
            return data.toByteArray();
        }
    }

    /** Reads past data messages to the next error. */
    private static ErrorMessage error(RawClient client) throws IOException {
        while (true) {
            InMessage type = client.next();
            if (type == InMessage.ERR_MSG) {
                return client.body(ErrorMessage.parser());
            }
            client.reader.finish();
        }
    }

    /** Returns whether the messages on their way (at most two seconds' worth) are followed by {@code quiet} of silence. */
    private static boolean quietAfterUpdates(RawClient client, Duration quiet) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        client.setTimeout(quiet);
        while (System.nanoTime() < deadline) {
            try {
                client.next();
                client.reader.finish();
            } catch (SocketTimeoutException e) {
                return true;
            }
        }
        return false;
    }
}
