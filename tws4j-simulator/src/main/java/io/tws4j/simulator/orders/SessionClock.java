package io.tws4j.simulator.orders;

import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.OrderType;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.MarketModel;
import io.tws4j.simulator.market.Quote;
import io.tws4j.simulator.market.Trade;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What time does to orders, looked at every 100 ms of wall time on the gateway scheduler: the
 * opening and closing auctions (market- and limit-on-open at the first trade of the regular
 * session, market- and limit-on-close at its last), day and good-till-date expiries, good-after
 * times, conditions, and orders that start working when the session opens.
 *
 * <p>Inferred: an auction order that the auction does not fill (a limit the price did not reach)
 * is cancelled, as are the remains of one; the opening price is the first trade of the session
 * (the auction waits for it up to five minutes, then takes the quote's midpoint), the closing
 * price the last trade before the close.
 */
final class SessionClock {
    static final Duration PERIOD = Duration.ofMillis(100);
    private static final Duration OPENING_WINDOW = Duration.ofMinutes(5);

    private final OrderDesk desk;
    private final MarketModel market;
    private final ConditionCheck conditions;

    SessionClock(OrderDesk desk, MarketModel market, ConditionCheck conditions) {
        this.desk = desk;
        this.market = market;
        this.conditions = conditions;
    }

    void tick() {
        synchronized (desk) {
            Instant now = desk.now();
            List<WorkingOrder> open = desk.book.open();
            for (WorkingOrder order : open) {
                if (!order.isDone() && !order.unbound) {
                    step(order, now);
                }
            }
        }
    }

    private void step(WorkingOrder order, Instant now) {
        if (order.wait == WorkingOrder.Wait.START_TIME) {
            Instant start = OrderDesk.parseTime(order.order.timing().goodAfterTime());
            if (start == null || !now.isBefore(start)) {
                activate(order, now);
            }
        } else if (order.wait == WorkingOrder.Wait.CONDITIONS && conditions.evaluatedAt(order.order.conditions(), order, now)
                && conditions.met(order, now)) {
            if (order.order.conditions().cancelOrder()) {
                desk.cancel(order, true);
                return;
            }
            activate(order, now);
        }
        if (order.auctionAt != null && !now.isBefore(order.auctionAt)) {
            auction(order, now);
        } else if (order.expiresAt != null && !now.isBefore(order.expiresAt)) {
            desk.end(order, OrderStatus.CANCELLED);
        } else if (desk.matching.submitIfTradable(order)) {
            desk.matching.tryNow(order);
        }
    }

    private void activate(WorkingOrder order, Instant now) {
        order.wait = WorkingOrder.Wait.NONE;
        order.activeFrom = now;
        if (desk.matching.submitIfTradable(order)) {
            desk.matching.tryNow(order);
        }
    }

    private void auction(WorkingOrder order, Instant now) {
        Instant at = order.auctionAt;
        InstrumentMarket m = market.market(order.instrument.conId()).orElse(null);
        boolean onClose = OrderKinds.isOnClose(order.order);
        double price = m == null ? 0 : onClose ? closingPrice(m, at) : openingPrice(m, at, now);
        if (Double.isNaN(price)) {
            return;
        }
        OrderType type = order.order.orderType();
        boolean limited = type == OrderType.LIMIT || type == OrderType.LIMIT_ON_CLOSE;
        double limit = order.order.limitPrice();
        boolean reached = !limited || (order.isBuy() ? price <= limit + 1e-9 : price >= limit - 1e-9);
        if (price > 0 && reached && order.wait == WorkingOrder.Wait.NONE) {
            desk.matching.fill(order, new FillRules.Match(price, order.remaining()),
                    m.profile().exchanges().getFirst(), at, false);
        }
        if (!order.isDone()) {
            desk.end(order, OrderStatus.CANCELLED);
        }
    }

    private static double closingPrice(InstrumentMarket m, Instant close) {
        Instant before = close.minusMillis(1);
        return m.lastTradeAt(before).map(Trade::price)
                .orElseGet(() -> m.quoteAt(before).map(quote -> m.profile().priceRule().round(quote.mid())).orElse(0.0));
    }

    /** The first trade of the session; NaN while none has printed yet within the opening window (the auction waits). */
    private static double openingPrice(InstrumentMarket m, Instant open, Instant now) {
        boolean windowOver = !now.isBefore(open.plus(OPENING_WINDOW));
        List<Trade> first = m.trades(open, windowOver ? open.plus(OPENING_WINDOW) : now);
        if (!first.isEmpty()) {
            return first.getFirst().price();
        }
        if (!windowOver) {
            return Double.NaN;
        }
        return m.quoteAt(now).map(quote -> m.profile().priceRule().round(quote.mid())).orElse(0.0);
    }
}
