package io.tws4j.orders.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.InvalidProtocolBufferException;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.RandomContracts;
import io.tws4j.contracts.codec.ContractsCodec;
import io.tws4j.orders.Action;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderBound;
import io.tws4j.orders.OrderState;
import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.RandomOrders;
import io.tws4j.orders.TimeInForce;
import io.tws4j.protocol.proto.OrdersProto;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Orders and their reports survive the wire, and an order encodes to the very bytes IB's own client sends. */
class OrdersCodecTest {
    /** PROTOCOL.md Appendix B, frame 4: the PLACE_ORDER body IB's Java client wrote (after the 8 bytes of length and id). */
    private static final String IB_PLACE_ORDER = "082a 1219 080012044141504c1a0353544b4205534d4152545203555344 1a66 "
            + "0800180020002a034255593203313030380042034c4d54490000000000c862405a03444159f00100f80100"
            + "b80200d80200f00200900401a80400b00400c004ffffffffffffffffff01c00500c9050000000000000000"
            + "d9050000000000000000900600ca0600 2200";

    private static Order buy100AaplLimit() {
        return Order.builder().action(Action.BUY).totalQuantity(100).orderType(OrderType.LIMIT).limitPrice(150.25)
                .timeInForce(TimeInForce.DAY).build();
    }

    @Test
    void placeOrderEncodesToTheBytesIbsClientSends() {
        PlaceOrderRequest ours = OrdersCodec.placeOrderRequest(42, Contract.stock("AAPL").build(), buy100AaplLimit());

        assertThat(HexFormat.of().formatHex(ours.toByteArray())).isEqualTo(IB_PLACE_ORDER.replace(" ", ""));
    }

    @Test
    void ibsPlaceOrderDecodesToTheSameValues() throws InvalidProtocolBufferException {
        PlaceOrderRequest ib = PlaceOrderRequest.parseFrom(HexFormat.of().parseHex(IB_PLACE_ORDER.replace(" ", "")));

        Order order = OrdersCodec.order(ib.getOrder());
        assertThat(ib.getOrderId()).isEqualTo(42);
        assertThat(ContractsCodec.contract(ib.getContract())).isEqualTo(Contract.stock("AAPL").build());
        assertThat(order).isEqualTo(buy100AaplLimit());
        assertThat(order.transmit()).isTrue();
        assertThat(order.clearing().exemptCode()).isEqualTo(-1);
        assertThat(order.totalQuantity()).isEqualByComparingTo("100");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 7919, 65_537})
    void randomOrdersRoundTrip(long seed) throws InvalidProtocolBufferException {
        RandomOrders random = new RandomOrders(new SplittableRandom(seed));
        for (int i = 0; i < 300; i++) {
            Order order = random.order();
            byte[] bytes = OrdersCodec.order(order).toByteArray();

            assertThat(OrdersCodec.order(OrdersProto.Order.parseFrom(bytes))).isEqualTo(order);
        }
    }

    /** Every one of the wire's 144 order fields is written by some order: the codec maps them all. */
    @Test
    void everyWireFieldOfTheOrderIsMapped() {
        RandomOrders random = new RandomOrders(new SplittableRandom(5));
        Set<String> written = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            OrdersProto.Order wire = OrdersCodec.order(random.order());
            wire.getAllFields().keySet().forEach(field -> written.add(field.getName()));
        }
        Set<String> all = OrdersProto.Order.getDescriptor().getFields().stream().map(FieldDescriptor::getName)
                .collect(Collectors.toSet());

        assertThat(all).hasSize(144);
        assertThat(all).allSatisfy(name -> assertThat(written).as("fields written").contains(name));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42})
    void openOrdersCompletedOrdersAndStatesRoundTrip(long seed) throws InvalidProtocolBufferException {
        SplittableRandom generator = new SplittableRandom(seed);
        RandomOrders random = new RandomOrders(generator);
        RandomContracts contracts = new RandomContracts(generator);
        for (int i = 0; i < 100; i++) {
            int orderId = generator.nextInt(1, 1_000_000);
            OpenOrder open = new OpenOrder(orderId, contracts.contract(), random.order().withOrderId(orderId), random.state());
            CompletedOrder completed = new CompletedOrder(contracts.contract(), random.order(), random.state());

            assertThat(OrdersCodec.openOrder(OrdersProto.OpenOrder.parseFrom(OrdersCodec.openOrder(open).toByteArray())))
                    .isEqualTo(open);
            assertThat(OrdersCodec.completedOrder(OrdersProto.CompletedOrder.parseFrom(
                    OrdersCodec.completedOrder(completed).toByteArray()))).isEqualTo(completed);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42})
    void executionsAndCommissionReportsRoundTrip(long seed) throws InvalidProtocolBufferException {
        SplittableRandom generator = new SplittableRandom(seed);
        RandomOrders random = new RandomOrders(generator);
        RandomContracts contracts = new RandomContracts(generator);
        for (int i = 0; i < 100; i++) {
            ExecutionReport report = new ExecutionReport(contracts.contract(), random.execution());
            CommissionReport commission = new CommissionReport(report.execution().execId(), generator.nextDouble(0, 10), "USD",
                    generator.nextBoolean() ? Double.NaN : generator.nextDouble(-100, 100), Double.NaN, "");

            OrdersProto.ExecutionDetails wire = OrdersProto.ExecutionDetails.parseFrom(
                    OrdersCodec.executionDetails(-1, report).toByteArray());
            assertThat(wire.getReqId()).isEqualTo(-1);
            assertThat(OrdersCodec.executionReport(wire)).isEqualTo(report);
            assertThat(OrdersCodec.commissionReport(OrdersProto.CommissionAndFeesReport.parseFrom(
                    OrdersCodec.commissionReport(commission).toByteArray()))).isEqualTo(commission);
        }
    }

    @Test
    void orderStatusCarriesExactQuantitiesAndKeepsAnUnknownStatusText() {
        OrderStatusUpdate status = new OrderStatusUpdate(7, OrderStatus.UNKNOWN, "PendingSomething", new BigDecimal("0.5"),
                new BigDecimal("99.5"), 150.01, 1234567L, 0, 150.01, 3, "", 0);

        OrderStatusUpdate decoded = OrdersCodec.orderStatus(OrdersCodec.orderStatus(status));

        assertThat(decoded).isEqualTo(status);
        assertThat(decoded.statusText()).isEqualTo("PendingSomething");
        assertThat(OrdersCodec.orderStatus(OrdersCodec.orderStatus(status)).filled()).isEqualByComparingTo("0.5");
    }

    @Test
    void whatIfValuesAbsentOrUnsetReadAsAbsent() {
        OrdersProto.OrderState unset = OrdersProto.OrderState.newBuilder().setStatus("PreSubmitted")
                .setCommissionAndFees(Double.MAX_VALUE).setInitMarginBefore(Double.MAX_VALUE).build();

        OrderState state = OrdersCodec.state(unset);

        assertThat(state.status()).isEqualTo(OrderStatus.PRE_SUBMITTED);
        assertThat(state.commission()).isEmpty();
        assertThat(state.margin()).isEmpty();
    }

    @Test
    void orderBoundAndFiltersRoundTrip() {
        OrderBound bound = new OrderBound(9_876_543_210L, 0, -5);
        ExecutionFilter filter = ExecutionFilter.builder().clientId(3).account("DU1").symbol("AAPL").secType("STK")
                .exchange("SMART").side(Action.SELL).lastDays(2).since(Instant.parse("2025-01-02T14:30:00Z"))
                .specificDates(List.of(LocalDate.of(2025, 1, 2))).build();

        assertThat(OrdersCodec.orderBound(OrdersCodec.orderBound(bound))).isEqualTo(bound);
        assertThat(OrdersCodec.executionFilter(OrdersCodec.executionRequest(5, filter))).isEqualTo(filter);
        assertThat(OrdersCodec.executionFilter(OrdersCodec.executionRequest(5, ExecutionFilter.ALL))).isEqualTo(ExecutionFilter.ALL);
    }

    @Test
    void executionTimesInEitherOfTwsFormsAreRead() {
        assertThat(ExecutionCodec.time("20250102-14:30:05")).isEqualTo(Instant.parse("2025-01-02T14:30:05Z"));
        assertThat(ExecutionCodec.time("20250102 09:30:05 US/Eastern")).isEqualTo(Instant.parse("2025-01-02T14:30:05Z"));
        assertThat(ExecutionCodec.time("20250102  09:30:05")).isEqualTo(Instant.parse("2025-01-02T09:30:05Z"));
        assertThat(ExecutionCodec.time("garbage")).isEqualTo(Instant.EPOCH);
    }

    @Test
    void placeOrderLeavesTheOrderIdOutOfTheOrderAsIbsClientDoes() {
        PlaceOrderRequest request = OrdersCodec.placeOrderRequest(42, Contract.stock("AAPL").build(),
                buy100AaplLimit().withOrderId(42));

        assertThat(request.getOrder().hasOrderId()).isFalse();
        assertThat(request.hasAttachedOrders()).isTrue();
    }
}
