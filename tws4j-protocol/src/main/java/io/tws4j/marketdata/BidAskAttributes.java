package io.tws4j.marketdata;

/**
 * The flags of a bid/ask tick. The four combinations are shared instances.
 *
 * @param bidPastLow the bid is below the day's low
 * @param askPastHigh the ask is above the day's high
 */
public record BidAskAttributes(boolean bidPastLow, boolean askPastHigh) {
    private static final BidAskAttributes[] ALL = {
            new BidAskAttributes(false, false), new BidAskAttributes(true, false),
            new BidAskAttributes(false, true), new BidAskAttributes(true, true)};

    /** Returns the shared instance of these flags. */
    public static BidAskAttributes of(boolean bidPastLow, boolean askPastHigh) {
        return ALL[(bidPastLow ? 1 : 0) | (askPastHigh ? 2 : 0)];
    }
}
