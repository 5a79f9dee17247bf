package io.tws4j.orders;

import java.util.Objects;

/**
 * The settings of a scale order: a large order worked in components at stepped prices, with
 * optional profit taking. Zero and false are unset.
 *
 * @param initLevelSize the size of the first component
 * @param subsLevelSize the size of each later component
 * @param priceIncrement the price step between components
 * @param priceAdjustValue how much the starting price moves each interval
 * @param priceAdjustInterval the interval of price adjustments, in seconds
 * @param profitOffset the offset of the profit-taking orders
 * @param autoReset whether the size is restored after taking profit
 * @param initPosition the initial position
 * @param initFillQty the filled size of the initial component
 * @param randomPercent whether component sizes are randomized by up to 55 %
 * @param table the scale table
 */
public record ScaleOrder(int initLevelSize, int subsLevelSize, double priceIncrement, double priceAdjustValue,
                         int priceAdjustInterval, double profitOffset, boolean autoReset, int initPosition,
                         int initFillQty, boolean randomPercent, String table) {

    /** No scale settings. */
    public static final ScaleOrder NONE = new ScaleOrder(0, 0, 0, 0, 0, 0, false, 0, 0, false, "");

    public ScaleOrder {
        Objects.requireNonNull(table, "table");
    }

    /** Components of the given sizes, {@code priceIncrement} apart. */
    public static ScaleOrder of(int initLevelSize, int subsLevelSize, double priceIncrement) {
        return new ScaleOrder(initLevelSize, subsLevelSize, priceIncrement, 0, 0, 0, false, 0, 0, false, "");
    }
}
