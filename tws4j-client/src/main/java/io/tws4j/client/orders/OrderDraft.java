package io.tws4j.client.orders;

import io.tws4j.contracts.Contract;
import io.tws4j.orders.Action;
import io.tws4j.orders.Algo;
import io.tws4j.orders.OcaType;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderBuilder;
import io.tws4j.orders.OrderCondition;
import io.tws4j.orders.OrderConditions;
import io.tws4j.orders.OrderTimes;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.TimeInForce;
import io.tws4j.orders.VolatilityOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The verbs of an order being described: its side and quantity, its type and prices, its time
 * in force and attributes, conditions and algo. {@link OrderQuery} and {@link AsyncOrderQuery}
 * add what to do with it. Not safe for concurrent use. The time in force is DAY unless set.
 *
 * @param <Q> the query type, returned by every verb
 */
public abstract sealed class OrderDraft<Q extends OrderDraft<Q>> permits OrderQuery, AsyncOrderQuery {
    final Contract contract;
    final OrderBuilder draft = Order.builder().timeInForce(TimeInForce.DAY);
    private final List<OrderCondition> conditions = new ArrayList<>();
    private boolean conditionsCancel;
    private boolean conditionsIgnoreRth;

    OrderDraft(Contract contract) {
        this.contract = Objects.requireNonNull(contract, "contract");
    }

    @SuppressWarnings("unchecked")
    private Q self() {
        return (Q) this;
    }

    // ---- side and quantity

    /** Buys {@code quantity} shares, contracts or units. */
    public Q buy(long quantity) { return side(Action.BUY, BigDecimal.valueOf(quantity)); }
    /** Buys a fractional or decimal quantity. */
    public Q buy(BigDecimal quantity) { return side(Action.BUY, quantity); }
    /** Sells {@code quantity}. */
    public Q sell(long quantity) { return side(Action.SELL, BigDecimal.valueOf(quantity)); }
    /** Sells a fractional or decimal quantity. */
    public Q sell(BigDecimal quantity) { return side(Action.SELL, quantity); }
    /** Sells short, for institutional accounts that mark short sales. */
    public Q sellShort(long quantity) { return side(Action.SELL_SHORT, BigDecimal.valueOf(quantity)); }
    /** Trades an amount of cash rather than a quantity (forex, crypto, fractional shares). */
    public Q cashQuantity(double amount) { draft.cashQuantity(amount); return self(); }

    private Q side(Action action, BigDecimal quantity) {
        draft.action(action).totalQuantity(Objects.requireNonNull(quantity, "quantity"));
        return self();
    }

    // ---- order types

    /** A market order (MKT). */
    public Q market() { return type(OrderType.MARKET, 0, 0); }
    /** A limit order (LMT). */
    public Q limit(double price) { return type(OrderType.LIMIT, price, 0); }
    /** A stop order (STP): a market order once the price reaches {@code stopPrice}. */
    public Q stop(double stopPrice) { return type(OrderType.STOP, 0, stopPrice); }
    /** A stop-limit order (STP LMT): a limit order at {@code limitPrice} once the price reaches {@code stopPrice}. */
    public Q stopLimit(double stopPrice, double limitPrice) { return type(OrderType.STOP_LIMIT, limitPrice, stopPrice); }
    /** A trailing stop (TRAIL) that trails the best price by an amount. */
    public Q trailingStop(double trailingAmount) { return type(OrderType.TRAILING_STOP, 0, trailingAmount); }

    /** A trailing stop (TRAIL) that trails the best price by a percentage. */
    public Q trailingStopPercent(double percent) {
        draft.offsets(draft.offsets().toBuilder().trailingPercent(percent).build());
        return type(OrderType.TRAILING_STOP, 0, 0);
    }

    /** A trailing stop limit (TRAIL LIMIT): when the trailing stop fires, a limit {@code limitOffset} beyond the stop. */
    public Q trailingStopLimit(double trailingAmount, double limitOffset) {
        draft.offsets(draft.offsets().toBuilder().limitPriceOffset(limitOffset).build());
        return type(OrderType.TRAILING_STOP_LIMIT, 0, trailingAmount);
    }

    /** Sets a trailing stop's initial stop price (else TWS starts from the price when placed). */
    public Q trailStopPrice(double price) {
        draft.offsets(draft.offsets().toBuilder().trailStopPrice(price).build());
        return self();
    }

    /** Market on close (MOC): executes in the closing auction. */
    public Q marketOnClose() { return type(OrderType.MARKET_ON_CLOSE, 0, 0); }
    /** Limit on close (LOC). */
    public Q limitOnClose(double price) { return type(OrderType.LIMIT_ON_CLOSE, price, 0); }
    /** Market on open (MOO): a market order at the opening (time in force OPG). */
    public Q marketOnOpen() { type(OrderType.MARKET, 0, 0); return timeInForce(TimeInForce.OPENING); }
    /** Limit on open (LOO): a limit order at the opening (time in force OPG). */
    public Q limitOnOpen(double price) { type(OrderType.LIMIT, price, 0); return timeInForce(TimeInForce.OPENING); }
    /** At auction: a market-to-limit order for the pre-open auction, at {@code price} (time in force AUC). */
    public Q atAuction(double price) { type(OrderType.MARKET_TO_LIMIT, price, 0); return timeInForce(TimeInForce.AUCTION); }
    /** Market if touched (MIT): a market order once the price touches {@code triggerPrice}. */
    public Q marketIfTouched(double triggerPrice) { return type(OrderType.MARKET_IF_TOUCHED, 0, triggerPrice); }
    /** Limit if touched (LIT): a limit order once the price touches {@code triggerPrice}. */
    public Q limitIfTouched(double triggerPrice, double limitPrice) { return type(OrderType.LIMIT_IF_TOUCHED, limitPrice, triggerPrice); }
    /** Market to limit (MTL): what does not fill at once rests as a limit order at the fill's price. */
    public Q marketToLimit() { return type(OrderType.MARKET_TO_LIMIT, 0, 0); }
    /** Market with protection (MKT PRT), for futures. */
    public Q marketWithProtection() { return type(OrderType.MARKET_WITH_PROTECTION, 0, 0); }
    /** Stop with protection (STP PRT), for futures. */
    public Q stopWithProtection(double stopPrice) { return type(OrderType.STOP_WITH_PROTECTION, 0, stopPrice); }
    /** Midprice (MIDPRICE): seeks the midpoint, no worse than {@code priceCap} (0 for no cap). */
    public Q midprice(double priceCap) { return type(OrderType.MIDPRICE, priceCap, 0); }
    /** Relative, also called pegged to primary (REL): the same side's best price plus {@code offset}, capped at {@code priceCap} (0 for none). */
    public Q relative(double offset, double priceCap) { return type(OrderType.RELATIVE, priceCap, offset); }
    /** Passive relative (PASSV REL): the opposite side's best price less {@code offset}. */
    public Q passiveRelative(double offset) { return type(OrderType.PASSIVE_RELATIVE, 0, offset); }
    /** Pegged to market (PEG MKT): the opposite side's best price less {@code offset}. */
    public Q peggedToMarket(double offset) { return type(OrderType.PEGGED_TO_MARKET, 0, offset); }
    /** Pegged to midpoint (PEG MID): the midpoint less {@code offset}, capped at {@code priceCap} (0 for none). */
    public Q peggedToMidpoint(double offset, double priceCap) { return type(OrderType.PEGGED_TO_MIDPOINT, priceCap, offset); }

    /** A discretionary order: a limit order that may fill up to {@code amount} beyond its limit. */
    public Q discretionary(double limitPrice, double amount) {
        draft.offsets(draft.offsets().toBuilder().discretionaryAmount(amount).build());
        return limit(limitPrice);
    }

    /** Sweep to fill: a limit order SMART routing fills across venues at once. */
    public Q sweepToFill(double limitPrice) {
        draft.handling(draft.handling().toBuilder().sweepToFill(true).build());
        return limit(limitPrice);
    }

    /** A block order (at least 50 options contracts) at a limit. */
    public Q block(double limitPrice) {
        draft.handling(draft.handling().toBuilder().blockOrder(true).build());
        return limit(limitPrice);
    }

    /** A volatility order (VOL) for an option, priced from an annual volatility in percent. */
    public Q volatility(double volatilityPercent) {
        draft.volatility(VolatilityOrder.annual(volatilityPercent, false));
        return type(OrderType.VOLATILITY, 0, 0);
    }

    /** Any order type, with its limit and aux price (0 when unused). */
    public Q orderType(OrderType type, double limitPrice, double auxPrice) {
        return type(type, limitPrice, auxPrice);
    }

    private Q type(OrderType type, double limitPrice, double auxPrice) {
        draft.orderType(type).limitPrice(limitPrice).auxPrice(auxPrice);
        return self();
    }

    // ---- time in force and sessions

    /** Works until the end of the day (the default). */
    public Q day() { return timeInForce(TimeInForce.DAY); }
    /** Works until filled or cancelled (GTC). */
    public Q goodTillCancel() { return timeInForce(TimeInForce.GOOD_TILL_CANCEL); }

    /** Works until {@code time} (GTD). */
    public Q goodTillDate(Instant time) {
        draft.goodTillDate(OrderTimes.format(time));
        return timeInForce(TimeInForce.GOOD_TILL_DATE);
    }

    /** Fills what it can at once and cancels the rest (IOC). */
    public Q immediateOrCancel() { return timeInForce(TimeInForce.IMMEDIATE_OR_CANCEL); }
    /** Fills completely at once or not at all (FOK). */
    public Q fillOrKill() { return timeInForce(TimeInForce.FILL_OR_KILL); }

    /** Starts working at {@code time} (good after time, GAT). */
    public Q goodAfterTime(Instant time) {
        draft.goodAfterTime(OrderTimes.format(time));
        return self();
    }

    /** Sets the time in force. */
    public Q timeInForce(TimeInForce tif) { draft.timeInForce(tif); return self(); }
    /** Lets the order work outside regular trading hours. */
    public Q outsideRth() { draft.outsideRth(true); return self(); }
    /** Keeps the order to regular trading hours (the default). */
    public Q regularHoursOnly() { draft.outsideRth(false); return self(); }

    // ---- attributes

    /** Hides the order from the book (where the venue allows). */
    public Q hidden() { draft.handling(draft.handling().toBuilder().hidden(true).build()); return self(); }
    /** Places the order for an account of the login. */
    public Q account(String account) { draft.account(account); return self(); }
    /** Fills the order completely or not at all. */
    public Q allOrNone() { draft.handling(draft.handling().toBuilder().allOrNone(true).build()); return self(); }
    /** Lets the broker work the order at its discretion. */
    public Q notHeld() { draft.handling(draft.handling().toBuilder().notHeld(true).build()); return self(); }
    /** Sets the least quantity of a fill. */
    public Q minQuantity(int quantity) { draft.handling(draft.handling().toBuilder().minQty(quantity).build()); return self(); }
    /** Shows only {@code size} at a time (an iceberg). */
    public Q displaySize(int size) { draft.handling(draft.handling().toBuilder().displaySize(size).build()); return self(); }
    /** Sets the client's own reference for the order. */
    public Q orderRef(String reference) { draft.orderRef(reference); return self(); }
    /** Puts the order in a one-cancels-all group. */
    public Q oneCancelsAll(String group, OcaType type) { draft.ocaGroup(group, type); return self(); }
    /** Makes the order a child of {@code parentOrderId} (bracket children work once the parent fills). */
    public Q parent(int parentOrderId) { draft.parentId(parentOrderId); return self(); }
    /** Holds the order at TWS without transmitting it (the parent of a bracket, until its last child). */
    public Q doNotTransmit() { draft.transmit(false); return self(); }
    /** Works the order with an IB algorithm ({@link io.tws4j.orders.Algos}). */
    public Q algo(Algo algo) { draft.algo(algo); return self(); }

    /** Changes any field of the order, for what the verbs do not cover. */
    public Q with(Consumer<OrderBuilder> change) {
        change.accept(draft);
        return self();
    }

    // ---- conditions

    /** Activates the order once {@code condition} holds; joins further conditions by {@link #and} or {@link #or}. */
    public Q condition(OrderCondition condition) {
        conditions.add(Objects.requireNonNull(condition));
        return self();
    }

    /** Adds a condition that must hold as well as the ones before it. */
    public Q and(OrderCondition condition) { return join(OrderCondition.Conjunction.AND, condition); }
    /** Adds a condition that may hold instead of the ones before it. */
    public Q or(OrderCondition condition) { return join(OrderCondition.Conjunction.OR, condition); }
    /** Makes the conditions cancel the order rather than activate it. */
    public Q conditionsCancelOrder() { conditionsCancel = true; return self(); }
    /** Evaluates the conditions outside regular trading hours too. */
    public Q conditionsIgnoreRth() { conditionsIgnoreRth = true; return self(); }

    private Q join(OrderCondition.Conjunction conjunction, OrderCondition condition) {
        if (conditions.isEmpty()) {
            throw OrderValidation.invalid("and(...) and or(...) join a condition to an earlier one: start with condition(...)");
        }
        int last = conditions.size() - 1;
        conditions.set(last, conditions.get(last).joinedBy(conjunction));
        return condition(condition);
    }

    // ---- the result

    /** Returns the contract the order is for. */
    public Contract contract() {
        return contract;
    }

    /**
     * Returns the order as described, checked as it would be before sending.
     *
     * @throws io.tws4j.client.InvalidRequestException if the order is incomplete or contradictory
     */
    public Order build() {
        if (!conditions.isEmpty() || conditionsCancel || conditionsIgnoreRth) {
            draft.conditions(new OrderConditions(conditions, conditionsCancel, conditionsIgnoreRth));
        }
        Order order = draft.build();
        OrderValidation.check(contract, order);
        return order;
    }
}
