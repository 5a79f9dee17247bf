package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.MarketDataRequest;
import io.tws4j.marketdata.codec.MarketDataCodec;
import io.tws4j.orders.Action;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.proto.MarketDataProto;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an admin API will show: the gateway's status, and its clock under control. */
class StatusIT {
    private static final Instant MONDAY_10_00 = Instant.parse("2025-01-06T15:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(10);

    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        gateway = SimulatedGateway.builder().startTime(MONDAY_10_00).speed(2).build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void theStatusShowsEachClientWithItsSubscriptionsOrdersAndQueue() throws Exception {
        try (RawClient trader = RawClient.started(gateway.port(), 1);
             RawClient idle = RawClient.started(gateway.port(), 2);
             Socket handshaking = new Socket("127.0.0.1", gateway.port())) {
            trader.send(OutMessage.REQ_MKT_DATA, MarketDataCodec.marketDataRequest(11,
                    MarketDataRequest.streaming(Contract.stock("AAPL").build())));
            trader.send(OutMessage.REQ_POSITIONS, AccountsProto.PositionsRequest.getDefaultInstance());
            trader.send(OutMessage.PLACE_ORDER, OrdersCodec.placeOrderRequest(1, Contract.stock("AAPL").build(),
                    Order.builder().action(Action.BUY).totalQuantity(10).orderType(OrderType.LIMIT).limitPrice(1).build()));
            trader.nextOf(InMessage.ORDER_STATUS, OrdersProto.OrderStatus.parser());
            await().atMost(WAIT).until(() -> gateway.status().pendingConnections() == 1);

            GatewayStatus status = gateway.status();

            assertThat(status.address()).isEqualTo(gateway.address());
            assertThat(status.listening()).isTrue();
            assertThat(status.maxServerVersion()).isEqualTo(226);
            assertThat(status.speed()).isEqualTo(2);
            assertThat(status.gatewayTime()).isBetween(MONDAY_10_00, MONDAY_10_00.plus(Duration.ofMinutes(5)));
            assertThat(status.clients()).extracting(ClientStatus::clientId).containsExactly(1, 2);
            ClientStatus first = status.clients().getFirst();
            assertThat(first.serverVersion()).isEqualTo(226);
            assertThat(first.remoteAddress()).startsWith("127.0.0.1:");
            assertThat(first.connectedSince()).isBeforeOrEqualTo(status.wallTime());
            assertThat(first.subscriptions()).isEqualTo(Map.of("market data", 1, "positions", 1));
            assertThat(first.openOrders()).isEqualTo(1);
            assertThat(first.framesWritten()).isPositive();
            assertThat(status.clients().get(1).subscriptions()).isEmpty();
            assertThat(status.clients().get(1).openOrders()).isZero();
            assertThat(status.marketData().lines()).isEqualTo(1);
            assertThat(status.threads().writers()).isEqualTo(3);
        }
    }

    @Test
    void theStatusIsPlainJson() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            gateway.play(Scenario.named("later").at(Duration.ofMinutes(5), Fault.disconnect()).build());

            JsonNode json = ScenarioFormat.jsonMapper().valueToTree(gateway.status());

            assertThat(json.get("clients").get(0).get("clientId").asInt()).isEqualTo(1);
            assertThat(json.get("gatewayTime").asText()).startsWith("2025-01-06T15:0");
            assertThat(json.get("scenarios").get(0).get("nextStepAt").asText()).isEqualTo("PT5M");
            assertThat(json.get("threads").get("writers").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aHeldQueueShowsInTheStatus() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            gateway.inject(Fault.stopWriting(Duration.ofSeconds(30)));
            client.send(OutMessage.REQ_POSITIONS, AccountsProto.PositionsRequest.getDefaultInstance());

            await().atMost(WAIT).until(() -> gateway.status().clients().getFirst().queuedFrames() > 0);
            ClientStatus held = gateway.status().clients().getFirst();
            assertThat(held.writingHeld()).isTrue();
            assertThat(held.queuedBytes()).isPositive();
        }
    }

    @Test
    void settingTheTimeJumpsAndLiveDataGoesOnFromThere() throws Exception {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_MKT_DATA, MarketDataCodec.marketDataRequest(11,
                    MarketDataRequest.streaming(Contract.stock("AAPL").build())));
            client.nextOf(InMessage.TICK_PRICE, MarketDataProto.TickPrice.parser());
            Instant tuesday = Instant.parse("2025-01-07T15:00:00Z");

            gateway.setTime(tuesday);

            assertThat(gateway.now()).isBetween(tuesday, tuesday.plusSeconds(60));
            assertThat(gateway.status().gatewayTime()).isAfterOrEqualTo(tuesday);
            long afterJump = gateway.status().clients().getFirst().framesWritten();
            await().atMost(WAIT).until(() -> gateway.status().clients().getFirst().framesWritten() > afterJump + 5);
            assertThat(client.nextOf(InMessage.TICK_PRICE, MarketDataProto.TickPrice.parser()).getReqId()).isEqualTo(11);
        }
    }

    @Test
    void settingTheSpeedKeepsTheTimeWhereItIs() {
        Instant before = gateway.now();

        gateway.setSpeed(3600);

        Instant after = gateway.now();
        assertThat(after).isBetween(before, before.plusSeconds(60));
        assertThat(gateway.status().speed()).isEqualTo(3600);
        await().atMost(WAIT).until(() -> gateway.now().isAfter(after.plus(Duration.ofMinutes(30))));
    }
}
