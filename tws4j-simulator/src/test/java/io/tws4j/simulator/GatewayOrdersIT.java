package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.Contract;
import io.tws4j.orders.Action;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.proto.AccountsProto;
import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Orders on the wire, placed by a raw client with the bytes IB's own client sends. */
class GatewayOrdersIT {
    /** PROTOCOL.md Appendix B, frame 4: IB's Java client buys 100 AAPL LMT 150.25 DAY as order 42. */
    private static final String IB_PLACE_ORDER = "082a 1219 080012044141504c1a0353544b4205534d4152545203555344 1a66 "
            + "0800180020002a034255593203313030380042034c4d54490000000000c862405a03444159f00100f80100"
            + "b80200d80200f00200900401a80400b00400c004ffffffffffffffffff01c00500c9050000000000000000"
            + "d9050000000000000000900600ca0600 2200";
    /** A Monday 10:00 in New York: the regular session is open. */
    static final Instant MONDAY_10_00 = Instant.parse("2025-01-06T15:00:00Z");

    private SimulatedGateway gateway;

    @BeforeEach
    void start() {
        gateway = SimulatedGateway.builder().startTime(MONDAY_10_00).build().start();
    }

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void ibsOwnOrderBytesAreAcceptedAndWorkAtTheExchange() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.PLACE_ORDER, PlaceOrderRequest.parseFrom(HexFormat.of().parseHex(IB_PLACE_ORDER.replace(" ", ""))));

            List<String> statuses = new ArrayList<>();
            while (statuses.size() < 2) {
                InMessage type = client.next();
                if (type == InMessage.ORDER_STATUS) {
                    OrdersProto.OrderStatus status = client.body(OrdersProto.OrderStatus.parser());
                    assertThat(status.getOrderId()).isEqualTo(42);
                    assertThat(status.getRemaining()).isEqualTo("100");
                    statuses.add(status.getStatus());
                } else {
                    assertThat(type).isEqualTo(InMessage.OPEN_ORDER);
                    OrdersProto.OpenOrder open = client.body(OrdersProto.OpenOrder.parser());
                    assertThat(open.getOrderId()).isEqualTo(42);
                    assertThat(open.getContract().getConId()).isEqualTo(265598);
                    assertThat(open.getOrder().getPermId()).isPositive();
                    assertThat(open.getOrder().getLmtPrice()).isEqualTo(150.25);
                }
            }
            assertThat(statuses).containsExactly("PreSubmitted", "Submitted");

            client.send(OutMessage.REQ_OPEN_ORDERS, OrdersCodec.openOrdersRequest());
            assertThat(client.next()).isEqualTo(InMessage.OPEN_ORDER);
            assertThat(client.body(OrdersProto.OpenOrder.parser()).getOrderId()).isEqualTo(42);
            assertThat(client.next()).isEqualTo(InMessage.ORDER_STATUS);
            assertThat(client.body(OrdersProto.OrderStatus.parser()).getStatus()).isEqualTo("Submitted");
            assertThat(client.next()).isEqualTo(InMessage.OPEN_ORDER_END);
        }
    }

    @Test
    void aMarketBuyFillsWithExecutionStatusOpenOrderAndCommissionInTwsOrder() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.PLACE_ORDER, OrdersCodec.placeOrderRequest(1, Contract.stock("AAPL").build(),
                    Order.builder().action(Action.BUY).totalQuantity(10).orderType(OrderType.MARKET).build()));

            List<InMessage> sequence = new ArrayList<>();
            OrdersProto.CommissionAndFeesReport commission = null;
            OrdersProto.ExecutionDetails execution = null;
            while (commission == null) {
                InMessage type = client.next();
                sequence.add(type);
                switch (type) {
                    case EXECUTION_DATA -> execution = client.body(OrdersProto.ExecutionDetails.parser());
                    case COMMISSION_AND_FEES_REPORT -> commission = client.body(OrdersProto.CommissionAndFeesReport.parser());
                    default -> client.reader.finish();
                }
            }
            assertThat(sequence).as("the Filled status repeated, as TWS does").containsSubsequence(InMessage.EXECUTION_DATA,
                    InMessage.ORDER_STATUS, InMessage.OPEN_ORDER, InMessage.ORDER_STATUS, InMessage.COMMISSION_AND_FEES_REPORT);
            assertThat(execution.getReqId()).isEqualTo(-1);
            assertThat(execution.getExecution().getShares()).isEqualTo("10");
            assertThat(execution.getExecution().getSide()).isEqualTo("BOT");
            assertThat(commission.getExecId()).isEqualTo(execution.getExecution().getExecId());
            assertThat(commission.getCommissionAndFees()).isEqualTo(1.0);
            assertThat(commission.getCurrency()).isEqualTo("USD");

            client.send(OutMessage.REQ_POSITIONS, AccountsProto.PositionsRequest.getDefaultInstance());
            assertThat(client.next()).isEqualTo(InMessage.POSITION_DATA);
            AccountsProto.Position position = client.body(AccountsProto.Position.parser());
            assertThat(position.getPosition()).isEqualTo("10");
            assertThat(position.getContract().getConId()).isEqualTo(265598);
            assertThat(client.next()).isEqualTo(InMessage.POSITION_END);
        }
    }

    @Test
    void badOrdersGetTwsErrorCodes() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            Order offTick = Order.builder().action(Action.BUY).totalQuantity(1).orderType(OrderType.LIMIT).limitPrice(150.001)
                    .timeInForce(TimeInForce.DAY).build();
            assertThat(place(client, 5, Contract.stock("AAPL").build(), offTick)).isEqualTo(110);
            assertThat(place(client, 6, Contract.stock("NOSUCH").build(), offTick)).isEqualTo(200);
            Order mocGtc = Order.builder().action(Action.BUY).totalQuantity(1).orderType(OrderType.MARKET_ON_CLOSE)
                    .timeInForce(TimeInForce.GOOD_TILL_CANCEL).build();
            assertThat(place(client, 7, Contract.stock("AAPL").build(), mocGtc)).isEqualTo(113);
            Order mocOnCrypto = mocGtc.toBuilder().timeInForce(TimeInForce.DAY).build();
            assertThat(place(client, 8, Contract.crypto("BTC").build(), mocOnCrypto)).isEqualTo(387);
            Order zero = offTick.toBuilder().totalQuantity(0).limitPrice(150).build();
            assertThat(place(client, 9, Contract.stock("AAPL").build(), zero)).isEqualTo(434);
            Order fine = offTick.toBuilder().limitPrice(100).build();
            client.send(OutMessage.PLACE_ORDER, OrdersCodec.placeOrderRequest(10, Contract.stock("AAPL").build(), fine));
            assertThat(place(client, 3, Contract.stock("AAPL").build(), fine)).isEqualTo(103);
        }
    }

    @Test
    void theReadOnlyApiSettingRefusesOrdersWith321() throws IOException {
        try (SimulatedGateway readOnly = SimulatedGateway.builder().startTime(MONDAY_10_00).readOnlyApi(true).build().start();
             RawClient client = RawClient.started(readOnly.port(), 1)) {
            Order order = Order.builder().action(Action.BUY).totalQuantity(1).orderType(OrderType.MARKET).build();
            assertThat(place(client, 1, Contract.stock("AAPL").build(), order)).isEqualTo(321);
            client.send(OutMessage.CANCEL_ORDER, OrdersCodec.cancelOrderRequest(1, ""));
            assertThat(errorCode(client)).isEqualTo(321);
        }
    }

    /** Places an order that must be refused and returns the error code. */
    private static int place(RawClient client, int orderId, Contract contract, Order order) throws IOException {
        client.send(OutMessage.PLACE_ORDER, OrdersCodec.placeOrderRequest(orderId, contract, order));
        return errorCode(client);
    }

    /** Reads past order messages to the next error, and returns its code. */
    private static int errorCode(RawClient client) throws IOException {
        while (true) {
            InMessage type = client.next();
            if (type == InMessage.ERR_MSG) {
                return client.body(ErrorMessage.parser()).getErrorCode();
            }
            client.reader.finish();
        }
    }
}
