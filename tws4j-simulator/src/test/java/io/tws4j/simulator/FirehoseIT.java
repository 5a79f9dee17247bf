package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.MarketDataRequest;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The firehose delivers exactly what it says: every tick, once, in order. (Its speed is measured in tws4j-bench.) */
class FirehoseIT {
    private static final MarketDataRequest FIREHOSE = MarketDataRequest.streaming(Contract.stock(FirehoseOptions.SYMBOL).build());

    @Test
    void aRequestGetsExactlyItsTicksInOrderThenNothingMore() throws IOException {
        int ticks = 300_000;
        try (SimulatedGateway gateway = SimulatedGateway.builder().firehose(FirehoseOptions.ticks(ticks)).build().start();
             RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_MKT_DATA, MarketDataCodec.marketDataRequest(5, FIREHOSE));

            assertThat(client.next()).isEqualTo(InMessage.TICK_REQ_PARAMS);
            assertThat(client.body(MarketDataProto.TickReqParams.parser()).getReqId()).isEqualTo(5);
            assertThat(client.next()).isEqualTo(InMessage.MARKET_DATA_TYPE);
            client.reader.finish();
            for (int i = 1; i <= ticks; i++) {
                assertThat(client.next()).isEqualTo(InMessage.TICK_PRICE);
                MarketDataProto.TickPrice tick = client.body(MarketDataProto.TickPrice.parser());
                if (tick.getPrice() != i || tick.getReqId() != 5) {
                    assertThat(tick.getPrice()).as("tick %d", i).isEqualTo(i);
                    assertThat(tick.getReqId()).isEqualTo(5);
                }
            }

            client.setTimeout(Duration.ofMillis(300));
            assertThatThrownBy(client::next).isInstanceOf(SocketTimeoutException.class);
            assertThat(gateway.marketDataStatus().lines()).isEqualTo(1);
        }
    }

    @Test
    void atASetRateTheTicksTakeTheirTime() throws IOException {
        try (SimulatedGateway gateway = SimulatedGateway.builder().firehose(FirehoseOptions.ticks(2_000).atRate(10_000))
                .build().start();
             RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_MKT_DATA, MarketDataCodec.marketDataRequest(5, FIREHOSE));
            long start = System.nanoTime();

            double last = 0;
            while (last < 2_000) {
                last = client.nextOf(InMessage.TICK_PRICE, MarketDataProto.TickPrice.parser()).getPrice();
            }

            assertThat(last).isEqualTo(2_000);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(150));
        }
    }

    @Test
    void aCancelStopsTheHoseAndFreesItsLine() throws IOException {
        try (SimulatedGateway gateway = SimulatedGateway.builder().build().start();
             RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_MKT_DATA, MarketDataCodec.marketDataRequest(5, FIREHOSE));
            client.nextOf(InMessage.TICK_PRICE, MarketDataProto.TickPrice.parser());

            client.send(OutMessage.CANCEL_MKT_DATA, MarketDataProto.CancelMarketData.newBuilder().setReqId(5).build());

            await().atMost(Duration.ofSeconds(10)).until(() -> gateway.marketDataStatus().lines() == 0);
            long written = gateway.status().clients().getFirst().framesWritten();
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                    .until(() -> gateway.status().clients().getFirst().framesWritten() == written);
        }
    }
}
