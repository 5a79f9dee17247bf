package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.client.HistoricalSurface.BarStream;
import io.tws4j.contracts.Contract;
import io.tws4j.historical.Bar;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.BarUpdate;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.protocol.proto.HistoricalProto.CancelHistoricalData;
import io.tws4j.protocol.proto.HistoricalProto.HistoricalDataRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Bars kept up to date, through both surfaces, on a gateway whose clock runs two minutes of
 * market time per second from Tuesday 10:00 in New York: the bars so far, then the current bar as
 * it changes; closing the stream cancels it at TWS.
 */
class HistoricalUpdatesIT {
    private static final Contract AAPL = Contract.stock("AAPL").build();

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> SimulatedGateway.builder()
            .seed(5).startTime(Instant.parse("2023-04-11T14:00:00Z")).speed(120));

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void theBarsSoFarThenTheCurrentBarAsItChanges(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(1)).build());
             BarStream stream = surface.keepUpToDate(client, AAPL, BarSize.MINUTES_1, query -> query.duration(HistoricalDuration.seconds(1800)))) {
            List<BarUpdate> updates = stream.take(4);

            assertThat(updates).hasSize(4);
            BarUpdate.Initial initial = (BarUpdate.Initial) updates.getFirst();
            assertThat(initial.bars().bars()).hasSizeGreaterThanOrEqualTo(25);
            Bar previous = initial.bars().bars().getLast();
            for (BarUpdate update : updates.subList(1, 4)) {
                Bar current = ((BarUpdate.Current) update).bar();
                assertThat(current.time()).isGreaterThanOrEqualTo(previous.time());
                assertThat(current).isNotEqualTo(previous);
                previous = current;
            }
            HistoricalDataRequest sent = gateway.get().takeRequest(OutMessage.REQ_HISTORICAL_DATA, TestOptions.WAIT).orElseThrow()
                    .body(HistoricalDataRequest.class);
            assertThat(sent.getKeepUpToDate()).isTrue();
            assertThat(sent.hasEndDateTime()).isFalse();

            stream.close();

            CancelHistoricalData cancel = gateway.get().takeRequest(OutMessage.CANCEL_HISTORICAL_DATA, TestOptions.WAIT).orElseThrow()
                    .body(CancelHistoricalData.class);
            assertThat(cancel.getReqId()).isEqualTo(sent.getReqId());
            assertThat(gateway.get().takeRequest(OutMessage.CANCEL_HISTORICAL_DATA, Duration.ofMillis(300))).isEmpty();
            Awaitility.await().atMost(TestOptions.WAIT).until(stream::isDone);
        }
    }

    @ParameterizedTest
    @EnumSource(HistoricalSurface.class)
    void keptUpToDateBarsTakeNoEnd(HistoricalSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.clientId(2)).build())) {
            assertThatThrownBy(() -> {
                try (BarStream stream = surface.keepUpToDate(client, AAPL, BarSize.MINUTES_1, query -> query
                        .endingAt(Instant.parse("2023-04-11T14:00:00Z")).duration(HistoricalDuration.seconds(1800)))) {
                    stream.take(1);
                }
            }).isInstanceOf(InvalidRequestException.class).hasMessageContaining("no end time");
            assertThat(gateway.get().takeRequest(OutMessage.REQ_HISTORICAL_DATA, Duration.ofMillis(200))).isEmpty();
        }
    }
}
