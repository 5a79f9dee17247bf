package io.tws4j.client.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.Contract;
import io.tws4j.orders.Action;
import io.tws4j.orders.Algos;
import io.tws4j.orders.OcaType;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderCondition;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every order type of the order-types guide, built with the fluent verbs, comes out as TWS reads it. */
class OrderDraftTest {
    private static final Contract AAPL = Contract.stock("AAPL").build();

    private static OrderQuery draft() {
        return new OrderQuery(null, AAPL);
    }

    static Stream<Arguments> orderTypes() {
        return Stream.of(
                type("market", q -> q.buy(100).market(), OrderType.MARKET, 0, 0, TimeInForce.DAY),
                type("limit", q -> q.buy(100).limit(150), OrderType.LIMIT, 150, 0, TimeInForce.DAY),
                type("stop", q -> q.sell(100).stop(140), OrderType.STOP, 0, 140, TimeInForce.DAY),
                type("stop limit", q -> q.sell(100).stopLimit(140, 139.5), OrderType.STOP_LIMIT, 139.5, 140, TimeInForce.DAY),
                type("trailing stop", q -> q.sell(100).trailingStop(2), OrderType.TRAILING_STOP, 0, 2, TimeInForce.DAY),
                type("trailing stop limit", q -> q.sell(100).trailingStopLimit(2, 0.5), OrderType.TRAILING_STOP_LIMIT, 0, 2,
                        TimeInForce.DAY),
                type("market on close", q -> q.buy(100).marketOnClose(), OrderType.MARKET_ON_CLOSE, 0, 0, TimeInForce.DAY),
                type("limit on close", q -> q.buy(100).limitOnClose(150), OrderType.LIMIT_ON_CLOSE, 150, 0, TimeInForce.DAY),
                type("market on open", q -> q.buy(100).marketOnOpen(), OrderType.MARKET, 0, 0, TimeInForce.OPENING),
                type("limit on open", q -> q.buy(100).limitOnOpen(150), OrderType.LIMIT, 150, 0, TimeInForce.OPENING),
                type("at auction", q -> q.buy(100).atAuction(150), OrderType.MARKET_TO_LIMIT, 150, 0, TimeInForce.AUCTION),
                type("market if touched", q -> q.buy(100).marketIfTouched(145), OrderType.MARKET_IF_TOUCHED, 0, 145, TimeInForce.DAY),
                type("limit if touched", q -> q.buy(100).limitIfTouched(145, 146), OrderType.LIMIT_IF_TOUCHED, 146, 145, TimeInForce.DAY),
                type("market to limit", q -> q.buy(100).marketToLimit(), OrderType.MARKET_TO_LIMIT, 0, 0, TimeInForce.DAY),
                type("market with protection", q -> q.buy(1).marketWithProtection(), OrderType.MARKET_WITH_PROTECTION, 0, 0,
                        TimeInForce.DAY),
                type("stop with protection", q -> q.sell(1).stopWithProtection(4000), OrderType.STOP_WITH_PROTECTION, 0, 4000,
                        TimeInForce.DAY),
                type("midprice", q -> q.buy(100).midprice(151), OrderType.MIDPRICE, 151, 0, TimeInForce.DAY),
                type("relative (pegged to primary)", q -> q.buy(100).relative(0.01, 151), OrderType.RELATIVE, 151, 0.01,
                        TimeInForce.DAY),
                type("passive relative", q -> q.buy(100).passiveRelative(0.02), OrderType.PASSIVE_RELATIVE, 0, 0.02, TimeInForce.DAY),
                type("pegged to market", q -> q.buy(100).peggedToMarket(0.01), OrderType.PEGGED_TO_MARKET, 0, 0.01, TimeInForce.DAY),
                type("pegged to midpoint", q -> q.buy(100).peggedToMidpoint(0.01, 151), OrderType.PEGGED_TO_MIDPOINT, 151, 0.01,
                        TimeInForce.DAY),
                type("discretionary", q -> q.buy(100).discretionary(150, 0.1), OrderType.LIMIT, 150, 0, TimeInForce.DAY),
                type("sweep to fill", q -> q.buy(100).sweepToFill(150), OrderType.LIMIT, 150, 0, TimeInForce.DAY),
                type("block", q -> q.buy(100).block(150), OrderType.LIMIT, 150, 0, TimeInForce.DAY),
                type("volatility", q -> q.buy(1).volatility(25), OrderType.VOLATILITY, 0, 0, TimeInForce.DAY));
    }

    private static Arguments type(String name, Function<OrderQuery, OrderQuery> verbs, OrderType type, double limit, double aux,
                                  TimeInForce tif) {
        return Arguments.of(name, verbs, type, limit, aux, tif);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("orderTypes")
    void everyOrderTypeOfTheGuideBuilds(String name, Function<OrderQuery, OrderQuery> verbs, OrderType type, double limit,
                                        double aux, TimeInForce tif) {
        Order order = verbs.apply(draft()).build();

        assertThat(order.orderType()).isEqualTo(type);
        assertThat(order.limitPrice()).isEqualTo(limit);
        assertThat(order.auxPrice()).isEqualTo(aux);
        assertThat(order.timeInForce()).isEqualTo(tif);
        assertThat(order.transmit()).isTrue();
    }

    @Test
    void attributesLandInTheirGroups() {
        Order order = draft().sell(500).limit(150).goodTillCancel().outsideRth().hidden().allOrNone().notHeld()
                .minQuantity(100).displaySize(100).account("DU1").orderRef("mine").oneCancelsAll("g", OcaType.REDUCE_WITH_BLOCK)
                .discretionary(150, 0.05).build();

        assertThat(order.action()).isEqualTo(Action.SELL);
        assertThat(order.timeInForce()).isEqualTo(TimeInForce.GOOD_TILL_CANCEL);
        assertThat(order.outsideRth()).isTrue();
        assertThat(order.handling().hidden()).isTrue();
        assertThat(order.handling().allOrNone()).isTrue();
        assertThat(order.handling().notHeld()).isTrue();
        assertThat(order.handling().minQty()).isEqualTo(100);
        assertThat(order.handling().displaySize()).isEqualTo(100);
        assertThat(order.account()).isEqualTo("DU1");
        assertThat(order.orderRef()).isEqualTo("mine");
        assertThat(order.oca().name()).isEqualTo("g");
        assertThat(order.oca().type()).isEqualTo(OcaType.REDUCE_WITH_BLOCK);
        assertThat(order.offsets().discretionaryAmount()).isEqualTo(0.05);
    }

    @Test
    void timesInForceAndTimesAreWrittenInTwsUtcForm() {
        Instant until = Instant.parse("2025-03-01T21:00:00Z");
        Instant after = Instant.parse("2025-03-01T15:00:00Z");

        Order gtd = draft().buy(1).limit(100).goodTillDate(until).goodAfterTime(after).build();

        assertThat(gtd.timeInForce()).isEqualTo(TimeInForce.GOOD_TILL_DATE);
        assertThat(gtd.timing().goodTillDate()).isEqualTo("20250301-21:00:00");
        assertThat(gtd.timing().goodAfterTime()).isEqualTo("20250301-15:00:00");
        assertThat(draft().buy(1).limit(100).immediateOrCancel().build().timeInForce()).isEqualTo(TimeInForce.IMMEDIATE_OR_CANCEL);
        assertThat(draft().buy(1).limit(100).fillOrKill().build().timeInForce()).isEqualTo(TimeInForce.FILL_OR_KILL);
    }

    @Test
    void conditionsJoinAndOrInTheOrderGiven() {
        Order order = draft().buy(100).limit(150)
                .condition(OrderCondition.priceAbove(265598, "SMART", 155))
                .and(OrderCondition.timeAfter(Instant.parse("2025-03-03T15:00:00Z")))
                .or(OrderCondition.volumeAbove(265598, "SMART", 1_000_000))
                .and(OrderCondition.marginCushionAbove(30))
                .or(OrderCondition.execution("MSFT", "STK", "SMART"))
                .and(OrderCondition.percentChangeAbove(265598, "SMART", 2))
                .conditionsCancelOrder().conditionsIgnoreRth()
                .build();

        assertThat(order.conditions().conditions()).extracting(OrderCondition::conjunction).containsExactly(
                OrderCondition.Conjunction.AND, OrderCondition.Conjunction.OR, OrderCondition.Conjunction.AND,
                OrderCondition.Conjunction.OR, OrderCondition.Conjunction.AND, OrderCondition.Conjunction.AND);
        assertThat(order.conditions().conditions()).hasSize(6);
        assertThat(order.conditions().cancelOrder()).isTrue();
        assertThat(order.conditions().ignoreRth()).isTrue();
    }

    @Test
    void algosAndTheEscapeHatch() {
        Order order = draft().buy(1000).limit(150).algo(Algos.vwap().maxPercentOfVolume(0.1).build())
                .with(b -> b.clearing(b.clearing().toBuilder().modelCode("M1").build())).build();

        assertThat(order.algo().strategy()).isEqualTo("Vwap");
        assertThat(order.clearing().modelCode()).isEqualTo("M1");
    }
}
