package io.tws4j.simulator.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.contracts.MarketRule;
import io.tws4j.orders.Action;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderBuilder;
import io.tws4j.orders.OrderHandling;
import io.tws4j.orders.OrderOffsets;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.market.Quote;
import io.tws4j.simulator.market.Trade;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** How orders meet quotes and trades: market and limit fills, displayed size, triggers, trailing stops, pegs. */
class FillRulesTest {
    private static final Instant NOW = Instant.parse("2025-01-06T15:00:00Z");
    private static final Instrument AAPL = InstrumentUniverse.standard(LocalDate.of(2025, 1, 6)).byConId(265598).orElseThrow();
    private static final MarketRule CENTS = AAPL.profile().priceRule();
    private static final Quote QUOTE = new Quote(NOW, 100.00, new BigDecimal("300"), 100.02, new BigDecimal("200"));

    private static WorkingOrder order(Action action, long quantity, UnaryOperator<OrderBuilder> type) {
        Order order = type.apply(Order.builder().action(action).totalQuantity(quantity).timeInForce(TimeInForce.DAY)).build();
        return new WorkingOrder(1, 1, 1, AAPL, AAPL.contract(), order, "DU1", NOW);
    }

    @Test
    void aMarketOrderTakesTheOppositeSideUpToItsDisplayedSize() {
        WorkingOrder buy = order(Action.BUY, 500, o -> o.orderType(OrderType.MARKET));
        WorkingOrder sell = order(Action.SELL, 100, o -> o.orderType(OrderType.MARKET));

        assertThat(FillRules.againstQuote(buy, QUOTE, CENTS)).hasValue(new FillRules.Match(100.02, new BigDecimal("200")));
        assertThat(FillRules.againstQuote(sell, QUOTE, CENTS)).hasValue(new FillRules.Match(100.00, new BigDecimal("100")));
    }

    @Test
    void aLimitOrderFillsWhenTheMarketReachesItAndRestsOtherwise() {
        WorkingOrder marketable = order(Action.BUY, 100, o -> o.orderType(OrderType.LIMIT).limitPrice(100.05));
        WorkingOrder resting = order(Action.BUY, 100, o -> o.orderType(OrderType.LIMIT).limitPrice(100.01));

        assertThat(FillRules.againstQuote(marketable, QUOTE, CENTS)).hasValue(new FillRules.Match(100.02, new BigDecimal("100")));
        assertThat(FillRules.againstQuote(resting, QUOTE, CENTS)).isEmpty();
        assertThat(FillRules.againstTrade(resting, new Trade(NOW, 100.01, new BigDecimal("40"), "NASDAQ"), CENTS))
                .hasValue(new FillRules.Match(100.01, new BigDecimal("40")));
        assertThat(FillRules.againstTrade(resting, new Trade(NOW, 100.02, new BigDecimal("40"), "NASDAQ"), CENTS)).isEmpty();
    }

    @Test
    void allOrNoneAndMinimumQuantityWaitForEnoughSize() {
        WorkingOrder allOrNone = order(Action.BUY, 500, o -> o.orderType(OrderType.MARKET)
                .handling(OrderHandling.builder().allOrNone(true).build()));
        WorkingOrder minimum = order(Action.BUY, 500, o -> o.orderType(OrderType.MARKET)
                .handling(OrderHandling.builder().minQty(250).build()));

        assertThat(FillRules.againstQuote(allOrNone, QUOTE, CENTS)).isEmpty();
        assertThat(FillRules.againstQuote(minimum, QUOTE, CENTS)).isEmpty();
    }

    @Test
    void stopsFireAtTheirPriceAndThenTradeAsMarketOrLimitOrders() {
        WorkingOrder stop = order(Action.SELL, 100, o -> o.orderType(OrderType.STOP).auxPrice(99.50));
        WorkingOrder stopLimit = order(Action.BUY, 100, o -> o.orderType(OrderType.STOP_LIMIT).auxPrice(100.50).limitPrice(100.60));
        WorkingOrder touch = order(Action.BUY, 100, o -> o.orderType(OrderType.MARKET_IF_TOUCHED).auxPrice(99.00));

        assertThat(FillRules.onPrice(stop, 99.60, CENTS)).isFalse();
        assertThat(FillRules.againstQuote(stop, QUOTE, CENTS)).isEmpty();
        assertThat(FillRules.onPrice(stop, 99.50, CENTS)).isTrue();
        assertThat(stop.tradingType()).isEqualTo(OrderType.MARKET);
        assertThat(FillRules.onPrice(stopLimit, 100.55, CENTS)).isTrue();
        assertThat(stopLimit.tradingType()).isEqualTo(OrderType.LIMIT);
        assertThat(FillRules.onPrice(touch, 99.10, CENTS)).isFalse();
        assertThat(FillRules.onPrice(touch, 98.99, CENTS)).isTrue();
    }

    @Test
    void aTrailingStopFollowsTheBestPriceAndFiresOnTheWayBack() {
        WorkingOrder trailing = order(Action.SELL, 100, o -> o.orderType(OrderType.TRAILING_STOP).auxPrice(1.00));
        WorkingOrder limit = order(Action.SELL, 100, o -> o.orderType(OrderType.TRAILING_STOP_LIMIT).auxPrice(1.00)
                .offsets(OrderOffsets.builder().limitPriceOffset(0.10).build()));

        assertThat(FillRules.onPrice(trailing, 100.00, CENTS)).isFalse();
        assertThat(trailing.trailingStop).isEqualTo(99.00);
        assertThat(FillRules.onPrice(trailing, 102.00, CENTS)).isFalse();
        assertThat(trailing.trailingStop).isEqualTo(101.00);
        assertThat(FillRules.onPrice(trailing, 101.50, CENTS)).isFalse();
        assertThat(trailing.trailingStop).as("never moves back").isEqualTo(101.00);
        assertThat(FillRules.onPrice(trailing, 100.99, CENTS)).isTrue();
        FillRules.onPrice(limit, 100.00, CENTS);
        assertThat(FillRules.onPrice(limit, 98.90, CENTS)).isTrue();
        assertThat(limit.triggeredLimit).isEqualTo(98.90);
    }

    @Test
    void peggedAndMidpriceOrdersWorkAtPricesFromTheQuote() {
        WorkingOrder relative = order(Action.BUY, 100, o -> o.orderType(OrderType.RELATIVE).auxPrice(0.01).limitPrice(100.50));
        WorkingOrder passive = order(Action.BUY, 100, o -> o.orderType(OrderType.PASSIVE_RELATIVE).auxPrice(0.01));
        WorkingOrder midprice = order(Action.BUY, 100, o -> o.orderType(OrderType.MIDPRICE).limitPrice(100.05));

        assertThat(FillRules.limit(relative, QUOTE, CENTS)).isEqualTo(100.01);
        assertThat(FillRules.limit(passive, QUOTE, CENTS)).isEqualTo(100.01);
        assertThat(FillRules.againstQuote(midprice, QUOTE, CENTS)).hasValue(new FillRules.Match(100.01, new BigDecimal("100")));
    }
}
