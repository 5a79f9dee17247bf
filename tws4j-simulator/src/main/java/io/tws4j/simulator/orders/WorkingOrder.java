package io.tws4j.simulator.orders;

import io.tws4j.contracts.Contract;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderState;
import io.tws4j.orders.OrderStatus;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderType;
import io.tws4j.simulator.contracts.Instrument;
import io.tws4j.simulator.market.Quote;
import io.tws4j.simulator.market.Rounding;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One order the simulated gateway holds, from acceptance to its end: what was placed, where it
 * stands, what filled, and the state of its trigger. Mutable; the {@link OrderBook}'s lock
 * guards every order.
 */
final class WorkingOrder {
    final int clientId;
    final long permId;
    final Instrument instrument;
    final String account;
    int orderId;
    Contract contract;
    Order order;
    OrderStatus status = OrderStatus.PENDING_SUBMIT;
    BigDecimal filled = BigDecimal.ZERO;
    double averageFillPrice;
    double lastFillPrice;
    double commissionCharged;
    int executions;
    /** Gateway time from which market events may fill it (placement, activation, or modification). */
    Instant activeFrom;
    Instant completedAt;
    /** Held back by transmit=false until the last order of its bracket arrives. */
    boolean held;
    /** A manual order entered in TWS, not yet bound to an API client. */
    boolean unbound;
    /** A stop or touch order whose trigger has fired, now working as a market or limit order. */
    boolean triggered;
    /** A trailing stop's current stop price, NaN before the first price. */
    double trailingStop = Double.NaN;
    /** A market-to-limit order's limit, set by its first fill. */
    double marketToLimitPrice = Double.NaN;
    /** The limit a fired trailing stop limit works at. */
    double triggeredLimit = Double.NaN;
    /** The last quote the order saw, for orders pegged to it. */
    Quote lastQuote;
    /** When a day or good-till-date order expires; null for orders that do not. */
    Instant expiresAt;
    /** When an auction order executes: the open or the close it waits for; null for others. */
    Instant auctionAt;
    /** What the order waits for before it works, if anything. */
    Wait wait = Wait.NONE;

    /** What keeps an accepted order from working. */
    enum Wait {
        NONE,
        /** A bracket child, until its parent fills. */
        PARENT,
        /** Its conditions, until they are met. */
        CONDITIONS,
        /** Its good-after time. */
        START_TIME
    }

    WorkingOrder(int clientId, int orderId, long permId, Instrument instrument, Contract contract, Order order, String account,
                 Instant placedAt) {
        this.clientId = clientId;
        this.orderId = orderId;
        this.permId = permId;
        this.instrument = instrument;
        this.contract = contract;
        this.order = order;
        this.account = account;
        this.activeFrom = placedAt;
    }

    BigDecimal remaining() {
        BigDecimal rest = order.totalQuantity().subtract(filled);
        return rest.signum() < 0 ? BigDecimal.ZERO : rest;
    }

    boolean isBuy() {
        return order.action().isBuy();
    }

    boolean isDone() {
        return status.isTerminal();
    }

    /** Returns whether market events may fill the order or fire its trigger: transmitted, active, and not waiting. */
    boolean isLive() {
        return !held && !unbound && wait == Wait.NONE && status.isActive() && status != OrderStatus.INACTIVE
                && !OrderKinds.isAuction(order);
    }

    /** Returns whether the order waits for a trigger price (stops, touches, trailing stops) before it trades. */
    boolean triggerPending() {
        return !triggered && switch (order.orderType()) {
            case STOP, STOP_LIMIT, STOP_WITH_PROTECTION, MARKET_IF_TOUCHED, LIMIT_IF_TOUCHED, TRAILING_STOP,
                 TRAILING_STOP_LIMIT -> true;
            default -> false;
        };
    }

    /** Returns the type the order trades as now: a fired stop trades as a market or limit order. */
    OrderType tradingType() {
        if (!triggered) {
            return order.orderType();
        }
        return switch (order.orderType()) {
            case STOP, MARKET_IF_TOUCHED, TRAILING_STOP -> OrderType.MARKET;
            case STOP_WITH_PROTECTION -> OrderType.MARKET_WITH_PROTECTION;
            default -> OrderType.LIMIT;
        };
    }

    /** Returns the order as TWS reports it: with its ids and the quantity filled so far. */
    Order reported() {
        return order.toBuilder().orderId(orderId).clientId(clientId).permId(permId).filledQuantity(filled).build();
    }

    /** Returns the order's status as TWS reports it: the average fill price as an average, the last on the tick. */
    OrderStatusUpdate statusUpdate() {
        var rule = instrument.profile().priceRule();
        return new OrderStatusUpdate(orderId, status, status.wireValue(), filled, remaining(),
                Rounding.average(averageFillPrice, rule), permId, order.parentId(), Rounding.price(lastFillPrice, rule), clientId,
                "", 0);
    }

    OrderState state() {
        return OrderState.of(status);
    }

    String describe() {
        return "order " + orderId + " of client " + clientId + " (" + order.describe() + " " + contract.symbol() + ")";
    }
}
