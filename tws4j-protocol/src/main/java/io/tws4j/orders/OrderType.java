package io.tws4j.orders;

import java.util.Locale;

/**
 * The order types TWS accepts, with the codes they travel as ({@code LMT}, {@code STP LMT} ...).
 * Some familiar names are a type combined with a time in force: market-on-open is {@link #MARKET}
 * with {@link TimeInForce#OPENING}, limit-on-open {@link #LIMIT} with it, and an at-auction order
 * {@link #MARKET_TO_LIMIT} with {@link TimeInForce#AUCTION}. Discretionary, sweep-to-fill and block
 * orders are limit orders with an attribute set.
 */
public enum OrderType {
    MARKET("MKT", Price.NONE, Price.NONE),
    LIMIT("LMT", Price.REQUIRED, Price.NONE),
    STOP("STP", Price.NONE, Price.REQUIRED),
    STOP_LIMIT("STP LMT", Price.REQUIRED, Price.REQUIRED),
    /** A stop that trails the market by an amount ({@code auxPrice}) or a percentage. */
    TRAILING_STOP("TRAIL", Price.NONE, Price.OPTIONAL),
    /** A trailing stop that becomes a limit order, offset by {@code lmtPriceOffset}, when triggered. */
    TRAILING_STOP_LIMIT("TRAIL LIMIT", Price.OPTIONAL, Price.OPTIONAL),
    MARKET_ON_CLOSE("MOC", Price.NONE, Price.NONE),
    LIMIT_ON_CLOSE("LOC", Price.REQUIRED, Price.NONE),
    /** Becomes a market order when the market touches the trigger price ({@code auxPrice}). */
    MARKET_IF_TOUCHED("MIT", Price.NONE, Price.REQUIRED),
    /** Becomes a limit order when the market touches the trigger price ({@code auxPrice}). */
    LIMIT_IF_TOUCHED("LIT", Price.REQUIRED, Price.REQUIRED),
    /** Executes at the best price; what does not fill rests as a limit order at that price. */
    MARKET_TO_LIMIT("MTL", Price.NONE, Price.NONE),
    /** A market order with a protection limit TWS sets around the best price (futures). */
    MARKET_WITH_PROTECTION("MKT PRT", Price.NONE, Price.NONE),
    /** A stop that becomes a market-with-protection order (futures). */
    STOP_WITH_PROTECTION("STP PRT", Price.NONE, Price.REQUIRED),
    /** Seeks the midpoint, optionally capped by a limit price. */
    MIDPRICE("MIDPRICE", Price.OPTIONAL, Price.NONE),
    /** Relative, also called pegged-to-primary: pegs to the same side's best price plus an offset ({@code auxPrice}), capped by a limit. */
    RELATIVE("REL", Price.OPTIONAL, Price.OPTIONAL),
    /** Pegs to the opposite side's best price less an offset ({@code auxPrice}), capped by a limit. */
    PASSIVE_RELATIVE("PASSV REL", Price.OPTIONAL, Price.OPTIONAL),
    PEGGED_TO_MARKET("PEG MKT", Price.OPTIONAL, Price.OPTIONAL),
    PEGGED_TO_MIDPOINT("PEG MID", Price.OPTIONAL, Price.OPTIONAL),
    PEGGED_TO_STOCK("PEG STK", Price.OPTIONAL, Price.NONE),
    PEGGED_TO_BENCHMARK("PEG BENCH", Price.OPTIONAL, Price.OPTIONAL),
    PEGGED_TO_BEST("PEG BEST", Price.OPTIONAL, Price.NONE),
    /** An option order priced from a volatility ({@link VolatilityOrder#volatility()}). */
    VOLATILITY("VOL", Price.NONE, Price.NONE),
    BOX_TOP("BOX TOP", Price.NONE, Price.NONE),
    RELATIVE_PLUS_LIMIT("REL + LMT", Price.OPTIONAL, Price.OPTIONAL),
    RELATIVE_PLUS_MARKET("REL + MKT", Price.NONE, Price.OPTIONAL),
    LIMIT_PLUS_MARKET("LMT + MKT", Price.REQUIRED, Price.NONE),
    SNAP_TO_MARKET("SNAP MKT", Price.NONE, Price.OPTIONAL),
    SNAP_TO_MIDPOINT("SNAP MID", Price.NONE, Price.OPTIONAL),
    SNAP_TO_PRIMARY("SNAP PRIM", Price.NONE, Price.OPTIONAL),
    /** No order type given. */
    UNSET("", Price.NONE, Price.NONE),
    /** A code this version of tws4j does not know; it cannot be sent. */
    UNKNOWN("?", Price.NONE, Price.NONE);

    /** Whether a price field is used by an order type. */
    public enum Price {
        /** The type does not use it. */
        NONE,
        /** The type may use it. */
        OPTIONAL,
        /** The type needs it. */
        REQUIRED
    }

    private final String wireValue;
    private final Price limitPrice;
    private final Price auxPrice;

    OrderType(String wireValue, Price limitPrice, Price auxPrice) {
        this.wireValue = wireValue;
        this.limitPrice = limitPrice;
        this.auxPrice = auxPrice;
    }

    /** Returns the code that travels, e.g. {@code STP LMT}. */
    public String wireValue() {
        return wireValue;
    }

    /** Returns whether the type uses {@code lmtPrice}. */
    public Price limitPrice() {
        return limitPrice;
    }

    /** Returns whether the type uses {@code auxPrice} (a stop, trigger or trailing amount, or an offset). */
    public Price auxPrice() {
        return auxPrice;
    }

    /** Returns whether this is a trailing stop, with or without a limit. */
    public boolean isTrailing() {
        return this == TRAILING_STOP || this == TRAILING_STOP_LIMIT;
    }

    /** Returns the type a code names (any case, spaces as sent), {@link #UNSET} or {@link #UNKNOWN}. */
    public static OrderType of(String code) {
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        for (OrderType type : values()) {
            if (type != UNKNOWN && type.wireValue.equals(normalized)) {
                return type;
            }
        }
        return UNKNOWN;
    }
}
