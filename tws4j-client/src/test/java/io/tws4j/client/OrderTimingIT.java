package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.Quote;
import io.tws4j.simulator.market.Trade;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Time in force and the session's auctions on an accelerated clock: market-on-close at the close,
 * market-on-open at the open, day orders expiring, good-till-cancel ones surviving, good-till-date
 * ones expiring at their date, immediate-or-cancel and fill-or-kill orders, and stops, touches
 * and trailing stops (market and limit) firing.
 */
class OrderTimingIT {

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void marketOnCloseFillsAtTheClosingPriceAndDayOrdersExpire(TradingSurface surface) {
        try (SimulatedGateway gateway = SimulatedGateway.builder().startTime(Markets.MONDAY_15_57).speed(60).build().start();
             TwsClient client = TwsClient.connect(TestOptions.against(gateway, 1).build())) {
            Trading trading = surface.of(client);
            try (Trading.Watched moc = trading.place(Markets.aapl(), o -> o.buy(100).marketOnClose());
                 Trading.Watched day = trading.place(Markets.aapl(), o -> o.buy(10).limit(100));
                 Trading.Watched gtc = trading.place(Markets.aapl(), o -> o.buy(10).limit(100).goodTillCancel())) {
                assertThat(moc.updates().next(OrderStatusUpdate.class).status()).isEqualTo(OrderStatus.PRE_SUBMITTED);
                assertThat(gateway.market().now()).as("placed before the close").isBefore(Markets.MONDAY_CLOSE);

                OrderStatusUpdate filled = moc.awaitDone();
                Instant close = Markets.MONDAY_CLOSE;
                double closing = aapl(gateway).lastTradeAt(close.minusMillis(1)).map(Trade::price).orElseThrow();
                assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
                assertThat(filled.averageFillPrice()).isEqualTo(closing);
                assertThat(moc.fills().getFirst().execution().time()).isEqualTo(close);
                assertThat(day.awaitDone().status()).isEqualTo(OrderStatus.CANCELLED);
                assertThat(gtc.status().orElseThrow().status()).isEqualTo(OrderStatus.SUBMITTED);
                assertThat(trading.openOrders()).extracting(open -> open.orderId()).containsExactly(gtc.orderId());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void marketOnOpenFillsAtTheOpeningPrice(TradingSurface surface) {
        try (SimulatedGateway gateway = SimulatedGateway.builder().startTime(Markets.MONDAY_09_27).speed(60).build().start();
             TwsClient client = TwsClient.connect(TestOptions.against(gateway, 1).build());
             Trading.Watched moo = surface.of(client).place(Markets.aapl(), o -> o.buy(100).marketOnOpen())) {
            assertThat(gateway.market().now()).as("placed before the open").isBefore(Markets.MONDAY_OPEN);
            OrderStatusUpdate filled = moo.awaitDone();

            Instant open = Markets.MONDAY_OPEN;
            double opening = aapl(gateway).trades(open, open.plusSeconds(300)).getFirst().price();
            assertThat(filled.status()).isEqualTo(OrderStatus.FILLED);
            assertThat(filled.averageFillPrice()).isEqualTo(opening);
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void goodTillDateExpiresAtItsDate(TradingSurface surface) {
        try (SimulatedGateway gateway = Markets.trading(60).build().start();
             TwsClient client = TwsClient.connect(TestOptions.against(gateway, 1).build())) {
            // the wire carries whole seconds
            Instant until = gateway.market().now().plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
            try (Trading.Watched gtd = surface.of(client).place(Markets.aapl(), o -> o.buy(10).limit(100).goodTillDate(until))) {
                assertThat(gtd.awaitDone().status()).isEqualTo(OrderStatus.CANCELLED);
                assertThat(gateway.market().now()).isAfterOrEqualTo(until);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void immediateOrCancelFillsWhatItCanAndFillOrKillAllOrNothing(TradingSurface surface) {
        try (SimulatedGateway gateway = Markets.trading(1).build().start();
             TwsClient client = TwsClient.connect(TestOptions.against(gateway, 1).build())) {
            Trading trading = surface.of(client);
            Quote quote = Markets.aaplQuote(gateway);
            double limit = Math.round((quote.ask() + 1) * 100) / 100.0;
            try (Trading.Watched ioc = trading.place(Markets.aapl(), o -> o.buy(3_000).limit(limit).immediateOrCancel());
                 Trading.Watched fok = trading.place(Markets.aapl(), o -> o.buy(3_000).limit(limit).fillOrKill())) {
                OrderStatusUpdate partial = ioc.awaitDone();
                assertThat(partial.status()).isEqualTo(OrderStatus.CANCELLED);
                assertThat(partial.filled()).isPositive().isLessThan(new BigDecimal("3000"));
                OrderStatusUpdate killed = fok.awaitDone();
                assertThat(killed.status()).isEqualTo(OrderStatus.CANCELLED);
                assertThat(killed.filled()).isZero();
                assertThat(fok.fills()).isEmpty();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void stopsAndTouchesFireWhenThePriceGetsThere(TradingSurface surface) {
        try (SimulatedGateway gateway = Markets.trading(300).build().start();
             TwsClient client = TwsClient.connect(TestOptions.against(gateway, 1).build())) {
            Trading trading = surface.of(client);
            Quote quote = Markets.aaplQuote(gateway);
            try (Trading.Watched stop = trading.place(Markets.aapl(), o -> o.buy(10).stop(round(quote.ask() + 0.05)));
                 Trading.Watched touch = trading.place(Markets.aapl(), o -> o.buy(10).marketIfTouched(round(quote.bid() - 0.05)));
                 Trading.Watched trailing = trading.place(Markets.aapl(), o -> o.sell(10).trailingStop(0.10));
                 Trading.Watched stopLimit = trading.place(Markets.aapl(),
                         o -> o.buy(10).stopLimit(round(quote.ask() + 0.05), round(quote.ask() + 0.55)));
                 Trading.Watched touchLimit = trading.place(Markets.aapl(),
                         o -> o.buy(10).limitIfTouched(round(quote.bid() - 0.05), round(quote.bid() + 0.45)));
                 Trading.Watched trailingLimit = trading.place(Markets.aapl(), o -> o.sell(10).trailingStopLimit(0.10, 0.50))) {
                assertThat(stop.updates().next(OrderStatusUpdate.class).status()).isEqualTo(OrderStatus.PRE_SUBMITTED);

                assertThat(stop.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                assertThat(stop.fills().getFirst().execution().price()).isGreaterThanOrEqualTo(round(quote.ask() + 0.05) - 0.05);
                assertThat(touch.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                assertThat(trailing.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                assertThat(stopLimit.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                assertThat(stopLimit.fills().getFirst().execution().price()).isLessThanOrEqualTo(round(quote.ask() + 0.55));
                assertThat(touchLimit.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
                assertThat(trailingLimit.awaitDone().status()).isEqualTo(OrderStatus.FILLED);
            }
        }
    }

    private static InstrumentMarket aapl(SimulatedGateway gateway) {
        return gateway.market().market(Markets.AAPL_CONID).orElseThrow();
    }

    private static double round(double price) {
        return Math.round(price * 100) / 100.0;
    }
}
