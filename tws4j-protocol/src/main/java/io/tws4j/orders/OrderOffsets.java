package io.tws4j.orders;

import java.util.Objects;

/**
 * The prices and offsets that shape an order beyond its limit and aux prices: trailing stops,
 * relative and pegged offsets, discretion, midprice offsets, the stock reference of options
 * pegged to stock, and what triggers a stop. Zero is unset.
 *
 * @param trailingPercent a trailing stop's distance in percent, instead of an amount in {@code auxPrice}
 * @param trailStopPrice a trailing stop's initial stop price
 * @param percentOffset a relative order's offset in percent
 * @param limitPriceOffset a trailing stop limit's distance of the limit from the stop
 * @param discretionaryAmount how far beyond its limit a discretionary order may fill
 * @param discretionaryUpToLimitPrice whether discretion may go up to the limit price
 * @param startingPrice the starting price of an option pegged to stock or a box top
 * @param stockReferencePrice the stock price an option pegged to stock refers to
 * @param delta the delta of an option pegged to stock
 * @param stockRangeLower the lower bound of the stock price within which the order works
 * @param stockRangeUpper the upper bound of the stock price within which the order works
 * @param triggerMethod what price moves trigger a stop or a touch
 * @param midOffsetAtWhole a midprice order's offset when the spread is a whole number of ticks
 * @param midOffsetAtHalf a midprice order's offset when the spread is half a tick
 * @param competeAgainstBestOffset the offset to the best price an IBKRATS order competes against
 */
public record OrderOffsets(double trailingPercent, double trailStopPrice, double percentOffset, double limitPriceOffset,
                           double discretionaryAmount, boolean discretionaryUpToLimitPrice, double startingPrice,
                           double stockReferencePrice, double delta, double stockRangeLower, double stockRangeUpper,
                           TriggerMethod triggerMethod, double midOffsetAtWhole, double midOffsetAtHalf,
                           double competeAgainstBestOffset) {

    /** Nothing set. */
    public static final OrderOffsets NONE = builder().build();

    public OrderOffsets {
        Objects.requireNonNull(triggerMethod, "triggerMethod");
    }

    /** Starts with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding these values. */
    public Builder toBuilder() {
        return new Builder().trailingPercent(trailingPercent).trailStopPrice(trailStopPrice).percentOffset(percentOffset)
                .limitPriceOffset(limitPriceOffset).discretionaryAmount(discretionaryAmount)
                .discretionaryUpToLimitPrice(discretionaryUpToLimitPrice).startingPrice(startingPrice)
                .stockReferencePrice(stockReferencePrice).delta(delta).stockRange(stockRangeLower, stockRangeUpper)
                .triggerMethod(triggerMethod).midOffsets(midOffsetAtWhole, midOffsetAtHalf)
                .competeAgainstBestOffset(competeAgainstBestOffset);
    }

    /** Builds {@link OrderOffsets}; setters are named after the components. */
    public static final class Builder {
        private double trailingPercent;
        private double trailStopPrice;
        private double percentOffset;
        private double limitPriceOffset;
        private double discretionaryAmount;
        private boolean discretionaryUpToLimitPrice;
        private double startingPrice;
        private double stockReferencePrice;
        private double delta;
        private double stockRangeLower;
        private double stockRangeUpper;
        private TriggerMethod triggerMethod = TriggerMethod.DEFAULT;
        private double midOffsetAtWhole;
        private double midOffsetAtHalf;
        private double competeAgainstBestOffset;

        private Builder() {}

        public Builder trailingPercent(double v) { trailingPercent = v; return this; }
        public Builder trailStopPrice(double v) { trailStopPrice = v; return this; }
        public Builder percentOffset(double v) { percentOffset = v; return this; }
        public Builder limitPriceOffset(double v) { limitPriceOffset = v; return this; }
        public Builder discretionaryAmount(double v) { discretionaryAmount = v; return this; }
        public Builder discretionaryUpToLimitPrice(boolean v) { discretionaryUpToLimitPrice = v; return this; }
        public Builder startingPrice(double v) { startingPrice = v; return this; }
        public Builder stockReferencePrice(double v) { stockReferencePrice = v; return this; }
        public Builder delta(double v) { delta = v; return this; }
        public Builder stockRange(double lower, double upper) { stockRangeLower = lower; stockRangeUpper = upper; return this; }
        public Builder triggerMethod(TriggerMethod v) { triggerMethod = Objects.requireNonNull(v); return this; }
        public Builder midOffsets(double atWhole, double atHalf) { midOffsetAtWhole = atWhole; midOffsetAtHalf = atHalf; return this; }
        public Builder competeAgainstBestOffset(double v) { competeAgainstBestOffset = v; return this; }

        public OrderOffsets build() {
            return new OrderOffsets(trailingPercent, trailStopPrice, percentOffset, limitPriceOffset, discretionaryAmount,
                    discretionaryUpToLimitPrice, startingPrice, stockReferencePrice, delta, stockRangeLower, stockRangeUpper,
                    triggerMethod, midOffsetAtWhole, midOffsetAtHalf, competeAgainstBestOffset);
        }
    }
}
