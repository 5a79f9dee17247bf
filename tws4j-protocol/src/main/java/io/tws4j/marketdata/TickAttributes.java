package io.tws4j.marketdata;

/**
 * The flags of a price tick, {@code attrMask} on the wire. The eight combinations are shared
 * instances, so reading them allocates nothing.
 *
 * @param canAutoExecute the quote can be executed automatically (bit 1)
 * @param pastLimit the price is outside the limit the exchange allows (bit 2)
 * @param preOpen the quote is from before the open (bit 4)
 */
public record TickAttributes(boolean canAutoExecute, boolean pastLimit, boolean preOpen) {
    private static final TickAttributes[] BY_MASK = new TickAttributes[8];

    static {
        for (int mask = 0; mask < BY_MASK.length; mask++) {
            BY_MASK[mask] = new TickAttributes((mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0);
        }
    }

    /** Returns the attributes of a wire mask; unknown bits are ignored. */
    public static TickAttributes of(int mask) {
        return BY_MASK[mask & 7];
    }

    /** Returns the wire mask. */
    public int mask() {
        return (canAutoExecute ? 1 : 0) | (pastLimit ? 2 : 0) | (preOpen ? 4 : 0);
    }
}
