package io.tws4j.marketdata;

/**
 * The flags of a trade tick. The four combinations are shared instances.
 *
 * @param pastLimit the trade printed outside the limit the exchange allows
 * @param unreported the trade is not reported to the tape (and counts toward no last price)
 */
public record TradeAttributes(boolean pastLimit, boolean unreported) {
    private static final TradeAttributes[] ALL = {
            new TradeAttributes(false, false), new TradeAttributes(true, false),
            new TradeAttributes(false, true), new TradeAttributes(true, true)};

    /** Returns the shared instance of these flags. */
    public static TradeAttributes of(boolean pastLimit, boolean unreported) {
        return ALL[(pastLimit ? 1 : 0) | (unreported ? 2 : 0)];
    }
}
