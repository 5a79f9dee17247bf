package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tws4j.accounts.FaDataType;
import io.tws4j.client.orders.OrderDraft;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.Action;
import io.tws4j.orders.ExerciseAction;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderCondition;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Orders that must not trade: refused before any byte leaves the process (with a message saying
 * what to change), refused by the client in read-only mode, and rejected by TWS with its codes.
 */
class OrderRejectionsIT {
    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> Markets.trading(10));

    static Stream<Arguments> badOrders() {
        return Stream.of(
                bad("a limit order without a price", o -> o.buy(10).limit(0), "need a positive limit price"),
                bad("a stop without a stop price", o -> o.sell(10).stop(0), "need a positive stop price"),
                bad("no quantity", o -> o.buy(0).market(), "quantity must be positive"),
                bad("a negative quantity", o -> o.sell(-5).market(), "quantity must be positive"),
                bad("a negative price", o -> o.buy(1).stopLimit(10, -1), "limit price"),
                bad("no side", o -> o.market(), "no side"),
                bad("no order type", o -> o.buy(1), "no order type"),
                bad("market on close good till cancelled", o -> o.buy(1).marketOnClose().goodTillCancel(), "for the day only"),
                bad("a good-till date with a day order", o -> o.buy(1).limit(100).goodTillDate(Instant.parse("2030-01-01T00:00:00Z")).day(),
                        "contradicts the time in force DAY"),
                bad("a stop at the opening", o -> o.buy(1).stop(100).timeInForce(TimeInForce.OPENING), "at the opening"),
                bad("an immediate-or-cancel trailing stop", o -> o.sell(1).trailingStop(1).immediateOrCancel(), "contradicts"),
                bad("a trailing stop without a distance", o -> o.sell(1).trailingStop(0), "trailing amount or a trailing percentage"),
                bad("a display size above the quantity", o -> o.buy(10).limit(100).displaySize(20), "exceeds the quantity"),
                bad("and(...) without a first condition", o -> o.buy(1).market()
                        .and(OrderCondition.marginCushionAbove(10)), "start with condition"));
    }

    private static Arguments bad(String name, Consumer<OrderDraft<?>> order, String message) {
        return Arguments.of(name, order, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOrders")
    void badOrdersAreRefusedBeforeAnythingIsSent(String name, Consumer<OrderDraft<?>> order, String message) {
        for (TradingSurface surface : TradingSurface.values()) {
            try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), surface.ordinal() + 1).build())) {
                Trading trading = surface.of(client);

                assertThatThrownBy(() -> trading.submit(Markets.aapl(), order)).as(surface.name())
                        .isInstanceOf(InvalidRequestException.class).hasMessageContaining(message);
                assertThatThrownBy(() -> trading.place(Markets.aapl(), order)).isInstanceOf(InvalidRequestException.class);
            }
        }
        assertThat(gateway.get().takeRequest(OutMessage.PLACE_ORDER, Duration.ofMillis(200))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void bracketsWithTheirLegsOnTheWrongSideAreRefused(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);

            assertThatThrownBy(() -> trading.bracket(Markets.aapl(), o -> o.buy(100), 150, 140, 145))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("take-profit (140.0) must be above its stop-loss");
            assertThatThrownBy(() -> trading.bracket(Markets.aapl(), o -> o.buy(100), 150, 160, 155))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("stop-loss (155.0) must be below its entry");
            assertThatThrownBy(() -> trading.bracket(Markets.aapl(), o -> o.sell(100), 150, 140, 130))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("take-profit (140.0) must be below its stop-loss");
            assertThatThrownBy(() -> trading.bracket(Markets.aapl(), o -> o.sell(100), 150, 160, 170))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("take-profit (160.0) must be below its entry");
            assertThatThrownBy(() -> trading.bracket(Markets.aapl(), o -> o.sell(100), 150, 140, 0))
                    .isInstanceOf(InvalidRequestException.class).hasMessageContaining("positive take-profit and stop-loss");
        }
        assertThat(gateway.get().takeRequest(OutMessage.PLACE_ORDER, Duration.ofMillis(200))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void aReadOnlyClientRefusesEveryOrderSendingCallLocally(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).readOnly(true).build())) {
            Trading trading = surface.of(client);
            Order order = Order.builder().action(Action.BUY).totalQuantity(1).orderType(OrderType.MARKET).build();

            assertThatThrownBy(() -> trading.submit(Markets.aapl(), o -> o.buy(1).market())).isInstanceOf(ReadOnlyViolationException.class);
            assertThatThrownBy(() -> trading.place(Markets.aapl(), o -> o.buy(1).market())).isInstanceOf(ReadOnlyViolationException.class);
            assertThatThrownBy(() -> trading.analyze(Markets.aapl(), o -> o.buy(1).market())).isInstanceOf(ReadOnlyViolationException.class);
            assertThatThrownBy(() -> trading.placeOrder(1, Markets.aapl(), order)).isInstanceOf(ReadOnlyViolationException.class);
            assertThatThrownBy(() -> trading.submitOrder(1, Markets.aapl(), order)).isInstanceOf(ReadOnlyViolationException.class);
            assertThatThrownBy(() -> trading.bracket(Markets.aapl(), o -> o.buy(1), 150, 160, 140))
                    .isInstanceOf(ReadOnlyViolationException.class);
            assertThatThrownBy(() -> trading.cancelOrder(1)).isInstanceOf(ReadOnlyViolationException.class);
            assertThatThrownBy(trading::globalCancel).isInstanceOf(ReadOnlyViolationException.class);
            assertThatThrownBy(() -> trading.exercise(Markets.aapl(), ExerciseAction.EXERCISE, 1))
                    .isInstanceOf(ReadOnlyViolationException.class);
            assertThatThrownBy(() -> trading.replaceFa(FaDataType.GROUPS, "<ListOfGroups/>"))
                    .isInstanceOf(ReadOnlyViolationException.class);
            assertThat(trading.openOrders()).isEmpty();
        }
        assertThat(gateway.get().takeRequest(OutMessage.PLACE_ORDER, Duration.ofMillis(200))).isEmpty();
        assertThat(gateway.get().takeRequest(OutMessage.CANCEL_ORDER, Duration.ZERO)).isEmpty();
        assertThat(gateway.get().takeRequest(OutMessage.REQ_GLOBAL_CANCEL, Duration.ZERO)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void twsRejectsOrdersWithItsCodes(TradingSurface surface) {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            Trading trading = surface.of(client);

            assertThat(rejection(() -> trading.place(Markets.aapl(), o -> o.buy(1).limit(150.001)))).isEqualTo(110);
            assertThat(rejection(() -> trading.place(Contract.stock("NOSUCH").build(), o -> o.buy(1).market()))).isEqualTo(200);
            assertThat(rejection(() -> trading.place(Contract.crypto("BTC").build(), o -> o.buy(1).marketOnClose()))).isEqualTo(387);
            assertThat(rejection(() -> trading.submit(Markets.aapl(), o -> o.buy(1_000_000).limit(300)))).isEqualTo(201);
            int used = trading.submit(Markets.aapl(), o -> o.buy(1).limit(100));
            Order again = trading.build(Markets.aapl(), o -> o.buy(1).limit(100));
            assertThat(rejection(() -> trading.placeOrder(used - 1, Markets.aapl(), again))).isEqualTo(103);
            assertThat(rejection(() -> {
                trading.submitOrder(used - 2, Markets.aapl(), again);
                return null;
            })).isEqualTo(103);
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void aGatewayWithTheReadOnlyApiSettingRejectsOrdersWith321(TradingSurface surface) {
        try (SimulatedGateway readOnly = Markets.trading(10).readOnlyApi(true).build().start();
             TwsClient client = TwsClient.connect(TestOptions.against(readOnly, 1).build())) {
            assertThat(rejection(() -> surface.of(client).place(Markets.aapl(), o -> o.buy(1).market()))).isEqualTo(321);
        }
    }

    /** Places an order that TWS must reject: the call throws, carrying TWS's code. */
    private static int rejection(Supplier<?> placing) {
        try {
            Object placed = placing.get();
            if (placed instanceof Trading.Watched watched) {
                watched.close();
            }
            throw new AssertionError("not rejected: " + placed);
        } catch (RequestRejectedException e) {
            return e.code();
        }
    }
}
