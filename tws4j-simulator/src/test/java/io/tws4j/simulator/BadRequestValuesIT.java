package io.tws4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.ContractsProto;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.proto.OrdersProto.ExecutionDetailsEnd;
import io.tws4j.protocol.proto.OrdersProto.ExecutionFilter;
import io.tws4j.protocol.proto.OrdersProto.ExecutionRequest;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Values TWS cannot read, in requests that are otherwise well formed, are answered with TWS's
 * error on the request's own id (the order id for orders), and the session serves what follows.
 * These are the two requests the fuzz found dropping sessions: a quantity that is not a number,
 * and an executions filter whose date is not a date.
 */
class BadRequestValuesIT {
    private static final Instant MONDAY_10_00 = Instant.parse("2025-01-06T15:00:00Z");

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
    void quantityThatIsNotANumberGets320OnTheOrderIdAndTheNextOrderIsPlaced() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.PLACE_ORDER, order(42, o -> o.setTotalQuantity("abc")));

            ErrorMessage error = nextError(client);
            assertThat(error.getId()).isEqualTo(42);
            assertThat(error.getErrorCode()).isEqualTo(320);
            assertThat(error.getErrorMsg()).isEqualTo("Error reading request.Message id 42.  Unable to parse data."
                    + " java.lang.NumberFormatException: For input string: \"abc\" (totalQuantity)");

            client.send(OutMessage.PLACE_ORDER, order(43, o -> o));
            assertThat(nextOrderMessageId(client)).isEqualTo(43);
        }
    }

    @Test
    void quantityBeyondTwsDecimalsGets320() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.PLACE_ORDER, order(42, o -> o.setTotalQuantity("1E+2147483647")));

            ErrorMessage error = nextError(client);
            assertThat(error.getId()).isEqualTo(42);
            assertThat(error.getErrorCode()).isEqualTo(320);
        }
    }

    @Test
    void actionTwsDoesNotKnowGets321OnTheOrderId() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.PLACE_ORDER, order(42, o -> o.setAction("HOLD")));

            ErrorMessage error = nextError(client);
            assertThat(error.getId()).isEqualTo(42);
            assertThat(error.getErrorCode()).isEqualTo(321);
            assertThat(error.getErrorMsg()).isEqualTo("Error validating request.-'PLACE_ORDER' : cause - Invalid action"
                    + " 'HOLD'. Legal ones are BUY, SELL, SSHORT and SLONG");
        }
    }

    @Test
    void executionFilterDateThatIsNotADateGets321OnTheRequestIdAndTheNextRequestIsServed() throws IOException {
        try (RawClient client = RawClient.started(gateway.port(), 1)) {
            client.send(OutMessage.REQ_EXECUTIONS, executions(501, ExecutionFilter.newBuilder().addSpecificDates(20251345)));
            client.send(OutMessage.REQ_EXECUTIONS, executions(502, ExecutionFilter.newBuilder().setTime("yesterday")));
            client.send(OutMessage.REQ_EXECUTIONS, executions(503, ExecutionFilter.newBuilder().setTime("20250106 09:30:00 Mars/Olympus")));
            client.send(OutMessage.REQ_EXECUTIONS, executions(504, ExecutionFilter.newBuilder().setTime("20250106-14:30:00")));

            ErrorMessage date = nextError(client);
            assertThat(date.getId()).isEqualTo(501);
            assertThat(date.getErrorCode()).isEqualTo(321);
            assertThat(date.getErrorMsg()).isEqualTo("Error validating request.-'REQ_EXECUTIONS' : cause - specificDates"
                    + " 20251345 is not a date in the form yyyymmdd");
            ErrorMessage time = nextError(client);
            assertThat(time.getId()).isEqualTo(502);
            assertThat(time.getErrorCode()).isEqualTo(321);
            assertThat(time.getErrorMsg()).contains("'yesterday'");
            ErrorMessage zone = nextError(client);
            assertThat(zone.getId()).isEqualTo(503);
            assertThat(zone.getErrorCode()).isEqualTo(321);
            assertThat(client.next()).isEqualTo(InMessage.EXECUTION_DATA_END);
            assertThat(client.body(ExecutionDetailsEnd.parser()).getReqId()).isEqualTo(504);
        }
        assertThat(gateway.engine().unexpectedFailures()).isZero();
    }

    private static PlaceOrderRequest order(int orderId, UnaryOperator<OrdersProto.Order.Builder> change) {
        OrdersProto.Order.Builder order = OrdersProto.Order.newBuilder().setAction("BUY").setTotalQuantity("100")
                .setOrderType("LMT").setLmtPrice(150.25).setTif("DAY").setTransmit(true);
        return PlaceOrderRequest.newBuilder().setOrderId(orderId)
                .setContract(ContractsProto.Contract.newBuilder().setSymbol("AAPL").setSecType("STK").setExchange("SMART")
                        .setCurrency("USD"))
                .setOrder(change.apply(order))
                .build();
    }

    private static ExecutionRequest executions(int requestId, ExecutionFilter.Builder filter) {
        return ExecutionRequest.newBuilder().setReqId(requestId).setExecutionFilter(filter).build();
    }

    private static ErrorMessage nextError(RawClient client) throws IOException {
        assertThat(client.next()).isEqualTo(InMessage.ERR_MSG);
        return client.body(ErrorMessage.parser());
    }

    /** Returns the order id of the next open-order or order-status message, skipping what comes before. */
    private static int nextOrderMessageId(RawClient client) throws IOException {
        while (true) {
            InMessage type = client.next();
            if (type == InMessage.OPEN_ORDER) {
                return client.body(OrdersProto.OpenOrder.parser()).getOrderId();
            }
            if (type == InMessage.ORDER_STATUS) {
                return client.body(OrdersProto.OrderStatus.parser()).getOrderId();
            }
            if (type == InMessage.ERR_MSG) {
                ErrorMessage error = client.body(ErrorMessage.parser());
                throw new AssertionError("the order was refused: " + error);
            }
            client.reader.finish();
        }
    }
}
