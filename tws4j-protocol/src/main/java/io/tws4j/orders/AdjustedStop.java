package io.tws4j.orders;

import java.util.Objects;

/**
 * An adjustment of an attached stop: once the trigger price trades, the stop becomes another
 * order type at other prices.
 *
 * @param orderType the type the order becomes, {@link OrderType#UNSET} for none
 * @param triggerPrice the price that triggers the adjustment
 * @param stopPrice the adjusted stop price
 * @param stopLimitPrice the adjusted stop limit price
 * @param trailingAmount the adjusted trailing amount
 * @param trailingUnit 0 for an amount, 1 for a percentage
 */
public record AdjustedStop(OrderType orderType, double triggerPrice, double stopPrice, double stopLimitPrice,
                           double trailingAmount, int trailingUnit) {

    /** No adjustment. */
    public static final AdjustedStop NONE = new AdjustedStop(OrderType.UNSET, 0, 0, 0, 0, 0);

    public AdjustedStop {
        Objects.requireNonNull(orderType, "orderType");
    }
}
