package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.connection.Notice;
import io.tws4j.contracts.Contract;
import io.tws4j.protocol.proto.ScannerProto.CancelScannerSubscription;
import io.tws4j.protocol.proto.ScannerProto.ScannerSubscriptionRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScannerLocation;
import io.tws4j.scanner.ScannerParameters;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import io.tws4j.simulator.market.DaySummary;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Scanners against the simulated gateway, through both surfaces: parameters, subscriptions that repeat, TWS's refusals. */
class ScannerIT {
    /** Tuesday 4 March 2025, 14:00 in New York, standing still; the scanner's 30 seconds pass every 50 ms. */
    private static final Instant TUESDAY = Instant.parse("2025-03-04T19:00:00Z");

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perClass(
            () -> SimulatedGateway.builder().seed(11).clock(InstantSource.fixed(TUESDAY)).speed(600));

    @BeforeEach
    void forgetEarlierRequests() {
        while (gateway.get().takeRequest(Duration.ZERO).isPresent()) {
            // each scenario checks only what it sent
        }
    }

    @ParameterizedTest
    @EnumSource(ScannerSurface.class)
    void parametersDescribeTheScansLocationsAndFilters(ScannerSurface surface) {
        try (TwsClient client = connect(10, surface)) {
            ScannerParameters parameters = surface.parameters(client);

            assertThat(parameters.xml()).startsWith("<?xml");
            assertThat(parameters.scanCodes()).hasSizeGreaterThanOrEqualTo(8)
                    .contains(ScanCode.TOP_PERC_GAIN, ScanCode.TOP_PERC_LOSE, ScanCode.MOST_ACTIVE, ScanCode.HOT_BY_VOLUME);
            assertThat(parameters.location("STK.US.MAJOR")).hasValueSatisfying(major ->
                    assertThat(major.parentCode()).isEqualTo("STK.US"));
            assertThat(parameters.locationsFor("STOCK.HK")).extracting(ScannerLocation::code).contains("STK.HK.TSE_JPN");
            assertThat(parameters.filter("PRICE").orElseThrow().codes()).containsExactly("priceAbove", "priceBelow");
            assertThat(gateway.get().takeRequest(OutMessage.REQ_SCANNER_PARAMETERS, TestOptions.WAIT)).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(ScannerSurface.class)
    void topGainersAreTheRisingStocksBestFirstWithTheFiltersSent(ScannerSurface surface) {
        try (TwsClient client = connect(20, surface);
             Subscription<ScanResult> gainers = surface.subscribe(client, ScanCode.TOP_PERC_GAIN, query -> query
                     .instrument("STK").location("STK.US.MAJOR").rows(5).abovePrice(5).filter("marketCapAbove1e6", 50_000))) {
            ScanResult result = first(gainers);

            assertThat(result.rows()).hasSizeBetween(1, 5);
            assertThat(result.rows()).extracting(row -> row.rank()).containsExactlyElementsOf(
                    IntStream.range(0, result.rows().size()).boxed().toList());
            List<Double> changes = result.contracts().stream().map(ScannerIT::changePercent).toList();
            assertThat(changes).allSatisfy(change -> assertThat(change).isPositive());
            assertThat(changes).isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(result.rows()).allSatisfy(row -> assertThat(row.marketName()).isNotEmpty());
            ScannerSubscriptionRequest sent = gateway.get().takeRequest(OutMessage.REQ_SCANNER_SUBSCRIPTION, TestOptions.WAIT)
                    .orElseThrow().body(ScannerSubscriptionRequest.class);
            assertThat(sent.getScannerSubscription().getScanCode()).isEqualTo("TOP_PERC_GAIN");
            assertThat(sent.getScannerSubscription().getNumberOfRows()).isEqualTo(5);
            assertThat(sent.getScannerSubscription().getAbovePrice()).isEqualTo(5.0);
            assertThat(sent.getScannerSubscription().hasBelowPrice()).isFalse();
            assertThat(sent.getScannerSubscription().getScannerSubscriptionFilterOptionsMap())
                    .containsEntry("marketCapAbove1e6", "50000");
        }
    }

    @ParameterizedTest
    @EnumSource(ScannerSurface.class)
    void resultsRepeatUntilClosingCancelsAtTheGateway(ScannerSurface surface) {
        try (TwsClient client = connect(30, surface); Subscription<Notice> notices = client.notices()) {
            Subscription<ScanResult> active = surface.subscribe(client, ScanCode.MOST_ACTIVE, query -> query.rows(3));
            ScanResult first = first(active);
            ScanResult second = first(active);
            active.close();

            assertThat(second).isEqualTo(first);
            int requestId = gateway.get().takeRequest(OutMessage.REQ_SCANNER_SUBSCRIPTION, TestOptions.WAIT).orElseThrow()
                    .body(ScannerSubscriptionRequest.class).getReqId();
            assertThat(gateway.get().takeRequest(OutMessage.CANCEL_SCANNER_SUBSCRIPTION, TestOptions.WAIT).orElseThrow()
                    .body(CancelScannerSubscription.class).getReqId()).isEqualTo(requestId);
            // TWS acknowledges the cancel with error 162 under the request id (the gateway's tests check it is sent);
            // the client knows it cancelled, so the acknowledgement does not reach the connection's notices as an error.
            for (var item = notices.next(Duration.ofMillis(300)); item.isPresent(); item = notices.next(Duration.ofMillis(300))) {
                Notice notice = ((StreamItem.Data<Notice>) item.get()).value();
                assertThat(notice.requestId()).as("a notice about the cancelled scan: %s", notice).isNotEqualTo(requestId);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ScannerSurface.class)
    void anUnknownScanCodeEndsTheSubscriptionWith162(ScannerSurface surface) {
        try (TwsClient client = connect(40, surface);
             Subscription<ScanResult> unknown = surface.subscribe(client, ScanCode.of("NO_SUCH_SCAN"), query -> { })) {
            assertThatThrownBy(() -> unknown.next(TestOptions.WAIT)).isInstanceOfSatisfying(RequestRejectedException.class, e -> {
                assertThat(e.code()).isEqualTo(162);
                assertThat(e.getMessage()).contains("NO_SUCH_SCAN");
            });
        }
    }

    @ParameterizedTest
    @EnumSource(ScannerSurface.class)
    void anEleventhSubscriptionIsRefusedWith162(ScannerSurface surface) {
        try (TwsClient client = connect(50, surface)) {
            List<Subscription<ScanResult>> ten = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ten.add(surface.subscribe(client, ScanCode.TOP_PERC_LOSE, query -> query.rows(1)));
                first(ten.getLast());
            }
            try (Subscription<ScanResult> eleventh = surface.subscribe(client, ScanCode.TOP_PERC_LOSE, query -> query.rows(1))) {
                assertThatThrownBy(() -> eleventh.next(TestOptions.WAIT)).isInstanceOfSatisfying(RequestRejectedException.class,
                        e -> assertThat(e.getMessage()).contains("162").contains("Only 10 simultaneous API scanner subscriptions"));
            } finally {
                ten.forEach(Subscription::close);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ScannerSurface.class)
    void impossibleValuesAreRefusedBeforeAnythingIsSent(ScannerSurface surface) {
        try (TwsClient client = connect(60, surface)) {
            assertThatThrownBy(() -> first(surface.subscribe(client, ScanCode.MOST_ACTIVE, query -> query.rows(51))))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("1 to 50 rows");
            assertThatThrownBy(() -> first(surface.subscribe(client, ScanCode.MOST_ACTIVE, query -> query.abovePrice(50).belowPrice(10))))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("price range is empty");
            assertThatThrownBy(() -> first(surface.subscribe(client, ScanCode.MOST_ACTIVE, query -> query.filter(" ", "1"))))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("tag and a value");
            assertThat(gateway.get().takeRequest(OutMessage.REQ_SCANNER_SUBSCRIPTION, Duration.ofMillis(200))).isEmpty();
        }
    }

    private static TwsClient connect(int clientId, ScannerSurface surface) {
        return TwsClient.connect(TestOptions.against(gateway.get(), clientId + surface.ordinal()).build());
    }

    private static ScanResult first(Subscription<ScanResult> subscription) {
        return NoticeRoutingIT.data(subscription.next(TestOptions.WAIT).orElseThrow());
    }

    /** The stock's change since the previous close by the model, at the gateway's (still) time. */
    private static double changePercent(Contract contract) {
        DaySummary day = gateway.get().market().market(contract.conId()).orElseThrow().daySummary(TUESDAY);
        return (day.last().getAsDouble() / day.previousClose().getAsDouble() - 1) * 100;
    }
}
