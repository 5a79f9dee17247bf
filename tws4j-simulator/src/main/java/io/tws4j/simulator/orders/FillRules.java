package io.tws4j.simulator.orders;

import io.tws4j.contracts.MarketRule;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;
import io.tws4j.simulator.market.Quote;
import io.tws4j.simulator.market.Trade;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * How a live order meets the market, one event at a time:
 *
 * <ul>
 * <li>Stops, touches and trailing stops watch the price (trades, or the quote's midpoint where
 *     nothing trades) and fire; then they trade as market or limit orders. A trailing stop's stop
 *     follows the best price by its amount or percentage.
 * <li>A market order takes the opposite side of the quote, up to its displayed size: an order
 *     larger than that fills in parts over the following quotes.
 * <li>A limit order whose limit reaches the opposite side fills there, up to the displayed size; a
 *     resting limit order fills at its limit, up to the trade's size, when a trade prints at or
 *     through it. Discretion lets it take the opposite side up to its limit plus the amount.
 * <li>Pegged orders (relative, passive relative, pegged to market or midpoint, snaps) work at a
 *     limit computed from each quote; midprice orders fill at the quote's midpoint, capped.
 * <li>All-or-none orders wait for enough size; a minimum quantity bounds the first fill.
 * </ul>
 */
final class FillRules {

    /** A fill: the price and how much. */
    record Match(double price, BigDecimal size) {}

    private FillRules() {}

    /** Follows a price for stops and touches; returns true if the order's trigger fired now. */
    static boolean onPrice(WorkingOrder o, double price, MarketRule rule) {
        if (!o.triggerPending()) {
            return false;
        }
        Order order = o.order;
        boolean buy = o.isBuy();
        boolean fire = switch (order.orderType()) {
            case STOP, STOP_LIMIT, STOP_WITH_PROTECTION -> buy ? price >= order.auxPrice() : price <= order.auxPrice();
            case MARKET_IF_TOUCHED, LIMIT_IF_TOUCHED -> buy ? price <= order.auxPrice() : price >= order.auxPrice();
            case TRAILING_STOP, TRAILING_STOP_LIMIT -> trail(o, price, rule);
            default -> false;
        };
        if (fire) {
            o.triggered = true;
            if (order.orderType() == OrderType.TRAILING_STOP_LIMIT) {
                double offset = order.offsets().limitPriceOffset();
                o.triggeredLimit = offset != 0 ? rule.round(buy ? o.trailingStop + offset : o.trailingStop - offset)
                        : order.limitPrice();
            }
        }
        return fire;
    }

    private static boolean trail(WorkingOrder o, double price, MarketRule rule) {
        Order order = o.order;
        double amount = order.auxPrice() > 0 ? order.auxPrice() : price * order.offsets().trailingPercent() / 100;
        boolean buy = o.isBuy();
        double candidate = rule.round(buy ? price + amount : price - amount);
        if (Double.isNaN(o.trailingStop)) {
            double initial = order.offsets().trailStopPrice();
            o.trailingStop = initial > 0 ? initial : candidate;
        } else {
            o.trailingStop = buy ? Math.min(o.trailingStop, candidate) : Math.max(o.trailingStop, candidate);
        }
        return buy ? price >= o.trailingStop : price <= o.trailingStop;
    }

    /** Returns what the order takes from a quote, if it takes anything. */
    static Optional<Match> againstQuote(WorkingOrder o, Quote q, MarketRule rule) {
        o.lastQuote = q;
        if (o.triggerPending()) {
            return Optional.empty();
        }
        boolean buy = o.isBuy();
        double opposite = buy ? q.ask() : q.bid();
        BigDecimal available = buy ? q.askSize() : q.bidSize();
        if (!(opposite > 0) || available.signum() <= 0) {
            return Optional.empty();
        }
        OrderType type = o.tradingType();
        if (type == OrderType.MIDPRICE) {
            double cap = o.order.limitPrice();
            double mid = Math.round(q.mid() * 10_000) / 10_000.0;
            boolean within = cap == 0 || (buy ? mid <= cap : mid >= cap);
            return within ? sized(o, mid, available) : Optional.empty();
        }
        double limit = limit(o, q, rule);
        double reach = Double.isNaN(limit) ? Double.NaN : buy ? limit + discretion(o) : limit - discretion(o);
        if (!Double.isNaN(reach) && (buy ? opposite > reach + 1e-9 : opposite < reach - 1e-9)) {
            return Optional.empty();
        }
        return sized(o, opposite, available);
    }

    /** Returns what a resting limit order takes from a trade printed at or through its limit. */
    static Optional<Match> againstTrade(WorkingOrder o, Trade t, MarketRule rule) {
        if (o.triggerPending() || o.lastQuote == null && isPegged(o.tradingType())) {
            return Optional.empty();
        }
        double limit = limit(o, o.lastQuote, rule);
        if (Double.isNaN(limit) || o.tradingType() == OrderType.MIDPRICE) {
            return Optional.empty();
        }
        boolean through = o.isBuy() ? t.price() <= limit + 1e-9 : t.price() >= limit - 1e-9;
        return through ? sized(o, limit, t.size()) : Optional.empty();
    }

    /** Returns the limit the order works at now, NaN for a market order. */
    static double limit(WorkingOrder o, Quote q, MarketRule rule) {
        Order order = o.order;
        boolean buy = o.isBuy();
        double cap = order.limitPrice();
        return switch (o.tradingType()) {
            case MARKET, MARKET_WITH_PROTECTION, MARKET_ON_CLOSE -> Double.NaN;
            case MARKET_TO_LIMIT, BOX_TOP -> o.marketToLimitPrice;
            case LIMIT -> Double.isNaN(o.triggeredLimit) ? cap : o.triggeredLimit;
            case RELATIVE, PEGGED_TO_BEST, PEGGED_TO_STOCK, PEGGED_TO_BENCHMARK, SNAP_TO_PRIMARY, RELATIVE_PLUS_LIMIT ->
                    q == null ? Double.NaN : capped(buy, rule.round(buy ? q.bid() + offset(o, q.bid()) : q.ask() - offset(o, q.ask())), cap);
            case PASSIVE_RELATIVE, PEGGED_TO_MARKET, SNAP_TO_MARKET ->
                    q == null ? Double.NaN : capped(buy, rule.round(buy ? q.ask() - offset(o, q.ask()) : q.bid() + offset(o, q.bid())), cap);
            case PEGGED_TO_MIDPOINT, SNAP_TO_MIDPOINT ->
                    q == null ? Double.NaN : capped(buy, rule.round(buy ? q.mid() - order.auxPrice() : q.mid() + order.auxPrice()), cap);
            default -> cap > 0 ? cap : Double.NaN;
        };
    }

    private static boolean isPegged(OrderType type) {
        return switch (type) {
            case RELATIVE, PASSIVE_RELATIVE, PEGGED_TO_MARKET, PEGGED_TO_MIDPOINT, PEGGED_TO_BEST, PEGGED_TO_STOCK,
                 PEGGED_TO_BENCHMARK, SNAP_TO_MARKET, SNAP_TO_MIDPOINT, SNAP_TO_PRIMARY, RELATIVE_PLUS_LIMIT -> true;
            default -> false;
        };
    }

    private static double offset(WorkingOrder o, double reference) {
        double percent = o.order.offsets().percentOffset();
        return o.order.auxPrice() != 0 ? o.order.auxPrice() : percent != 0 ? reference * percent / 100 : 0;
    }

    private static double capped(boolean buy, double price, double cap) {
        if (cap <= 0) {
            return price;
        }
        return buy ? Math.min(price, cap) : Math.max(price, cap);
    }

    private static double discretion(WorkingOrder o) {
        return o.order.offsets().discretionaryAmount();
    }

    /** Sizes a fill by what is available, the order's remainder, all-or-none and the minimum quantity. */
    private static Optional<Match> sized(WorkingOrder o, double price, BigDecimal available) {
        BigDecimal remaining = o.remaining();
        BigDecimal size = available.min(remaining);
        if (size.signum() <= 0) {
            return Optional.empty();
        }
        boolean allOrNone = o.order.handling().allOrNone() || o.order.timeInForce() == TimeInForce.FILL_OR_KILL;
        if (allOrNone && size.compareTo(remaining) < 0) {
            return Optional.empty();
        }
        int minQty = o.order.handling().minQty();
        if (minQty > 0 && o.filled.signum() == 0 && size.compareTo(BigDecimal.valueOf(minQty).min(remaining)) < 0) {
            return Optional.empty();
        }
        return Optional.of(new Match(price, size));
    }
}
