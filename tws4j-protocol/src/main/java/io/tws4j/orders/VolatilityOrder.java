package io.tws4j.orders;

import java.util.Objects;

/**
 * The settings of a volatility ({@code VOL}) order: an option order priced from a volatility,
 * optionally re-priced as the underlying moves, with an optional delta-neutral hedge.
 *
 * @param volatility the volatility, in percent (e.g. 25 for 25 %), 0 when unset
 * @param volatilityType 1 for daily, 2 for annual volatility, 0 when unset
 * @param continuousUpdate whether the price follows the underlying
 * @param referencePriceType 1 for the average of the best bid and ask, 2 for the bid or ask, 0 when unset
 * @param deltaNeutral the hedge order, {@link DeltaNeutralOrder#NONE} for none
 */
public record VolatilityOrder(double volatility, int volatilityType, boolean continuousUpdate, int referencePriceType,
                              DeltaNeutralOrder deltaNeutral) {

    /** No volatility settings. */
    public static final VolatilityOrder NONE = new VolatilityOrder(0, 0, false, 0, DeltaNeutralOrder.NONE);

    public VolatilityOrder {
        Objects.requireNonNull(deltaNeutral, "deltaNeutral");
    }

    /** An annual volatility in percent, re-priced continuously from the bid/ask average when {@code continuousUpdate}. */
    public static VolatilityOrder annual(double volatilityPercent, boolean continuousUpdate) {
        return new VolatilityOrder(volatilityPercent, 2, continuousUpdate, 1, DeltaNeutralOrder.NONE);
    }

    /** Returns a copy with a delta-neutral hedge. */
    public VolatilityOrder withHedge(DeltaNeutralOrder hedge) {
        return new VolatilityOrder(volatility, volatilityType, continuousUpdate, referencePriceType, hedge);
    }
}
