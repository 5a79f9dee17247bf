package io.tws4j.orders;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A TWS order: every field of the wire's {@code Order}, the everyday ones at the top and the
 * rest in groups ({@link #timing()}, {@link #handling()}, {@link #offsets()} ...). Immutable;
 * {@link #toBuilder()} derives a changed copy, which is how an order is modified: place it again
 * under the same order id.
 *
 * <p>Build orders with a client's fluent builder ({@code client.order(contract).buy(100).limit(150).submit()}),
 * or here without a client:
 *
 * {@snippet :
 * Order order = Order.builder()
 *         .action(Action.BUY).totalQuantity(100)
 *         .orderType(OrderType.LIMIT).limitPrice(150.25)
 *         .timeInForce(TimeInForce.GOOD_TILL_CANCEL).outsideRth(true)
 *         .build();
 * }
 *
 * <p>Zero, empty and false are unset and stay off the wire, except the values IB's own client
 * always writes. Prices are {@code double}s; quantities are exact decimals.
 *
 * @param orderId the order id (sent beside the order, not in it)
 * @param clientId the id of the client that placed it
 * @param permId TWS's permanent id, 0 until TWS assigns one
 * @param parentId the parent's order id for a child order (a bracket's take-profit or stop-loss), 0 otherwise
 * @param parentPermId the parent's permanent id, 0 when unknown
 * @param action buy or sell
 * @param totalQuantity how much, in shares, contracts or units; zero with a cash quantity
 * @param cashQuantity the amount of cash to trade instead of a quantity (forex, crypto, fractional), 0 when unset
 * @param filledQuantity how much has filled, as TWS reports it on completed orders
 * @param orderType the order type
 * @param limitPrice the limit price, for the types that use one
 * @param auxPrice the stop, trigger or trailing amount, or the offset, for the types that use one
 * @param timeInForce how long the order works
 * @param account the account, empty for the only (or default) one
 * @param orderRef the client's own reference for the order
 * @param transmit whether TWS transmits the order at once; false holds it (the parent of a bracket until its last child arrives)
 * @param outsideRth whether the order may work outside regular trading hours
 * @param whatIf whether this is a what-if analysis, not an order
 * @param oca the one-cancels-all group
 * @param timing start, end and manual-order times
 * @param handling display, routing and precaution settings
 * @param offsets trailing, relative, discretionary and other offsets
 * @param conditions the conditions that activate or cancel the order
 * @param algo the IB algorithm, {@link Algo#NONE} for none
 * @param clearing clearing, regulatory and model fields
 * @param allocation an advisor's allocation
 * @param volatility the settings of a volatility order
 * @param scale the settings of a scale order
 * @param hedge the hedge of a child order
 * @param benchmarkPeg the reference of an order pegged to a benchmark
 * @param adjustedStop the adjustment of an attached stop
 * @param smartComboRoutingParams the SMART routing parameters of a combo order
 * @param miscOptions other options, by name
 */
public record Order(int orderId, int clientId, long permId, int parentId, long parentPermId, Action action,
                    BigDecimal totalQuantity, double cashQuantity, BigDecimal filledQuantity, OrderType orderType,
                    double limitPrice, double auxPrice, TimeInForce timeInForce, String account, String orderRef,
                    boolean transmit, boolean outsideRth, boolean whatIf, OcaGroup oca, OrderTiming timing,
                    OrderHandling handling, OrderOffsets offsets, OrderConditions conditions, Algo algo,
                    OrderClearing clearing, FaAllocation allocation, VolatilityOrder volatility, ScaleOrder scale,
                    HedgeOrder hedge, BenchmarkPeg benchmarkPeg, AdjustedStop adjustedStop,
                    Map<String, String> smartComboRoutingParams, Map<String, String> miscOptions) {

    public Order {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(totalQuantity, "totalQuantity");
        Objects.requireNonNull(filledQuantity, "filledQuantity");
        Objects.requireNonNull(orderType, "orderType");
        Objects.requireNonNull(timeInForce, "timeInForce");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(orderRef, "orderRef");
        Objects.requireNonNull(oca, "oca");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(handling, "handling");
        Objects.requireNonNull(offsets, "offsets");
        Objects.requireNonNull(conditions, "conditions");
        Objects.requireNonNull(algo, "algo");
        Objects.requireNonNull(clearing, "clearing");
        Objects.requireNonNull(allocation, "allocation");
        Objects.requireNonNull(volatility, "volatility");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(hedge, "hedge");
        Objects.requireNonNull(benchmarkPeg, "benchmarkPeg");
        Objects.requireNonNull(adjustedStop, "adjustedStop");
        smartComboRoutingParams = Collections.unmodifiableMap(new LinkedHashMap<>(smartComboRoutingParams));
        miscOptions = Collections.unmodifiableMap(new LinkedHashMap<>(miscOptions));
    }

    /** Starts an order with nothing set but TWS's defaults: transmit, no exemption code. */
    public static OrderBuilder builder() {
        return new OrderBuilder();
    }

    /** Returns a builder holding this order's fields. */
    public OrderBuilder toBuilder() {
        return new OrderBuilder(this);
    }

    /** Returns a copy under another order id. */
    public Order withOrderId(int id) {
        return toBuilder().orderId(id).build();
    }

    /** Returns a short description for logs, e.g. {@code BUY 100 LMT 150.25 DAY}. */
    public String describe() {
        StringBuilder text = new StringBuilder(action.wireValue()).append(' ')
                .append(totalQuantity.signum() == 0 && cashQuantity != 0 ? "$" + cashQuantity : totalQuantity.toPlainString())
                .append(' ').append(orderType.wireValue());
        if (limitPrice != 0) {
            text.append(' ').append(limitPrice);
        }
        if (auxPrice != 0) {
            text.append(" aux ").append(auxPrice);
        }
        if (timeInForce != TimeInForce.UNSET) {
            text.append(' ').append(timeInForce.wireValue());
        }
        return text.toString();
    }
}
