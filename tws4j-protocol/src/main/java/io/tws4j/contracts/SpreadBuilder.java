package io.tws4j.contracts;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a combo ({@code BAG}) contract from legs given by contract id: verticals, iron condors,
 * or legs of your own with ratios. Resolve the legs' conIds first, e.g. with contract details.
 *
 * {@snippet :
 * Contract vertical = Contract.spread("AAPL").vertical(longCallId, shortCallId).build();
 * Contract condor = Contract.spread("SPY").ironCondor(longPutId, shortPutId, shortCallId, longCallId).build();
 * Contract ratio = Contract.spread("AAPL").leg(boughtId, LegAction.BUY, 1).leg(soldId, LegAction.SELL, 2).build();
 * }
 *
 * <p>Combos default to SMART and USD.
 */
public final class SpreadBuilder extends VenueBuilder<SpreadBuilder> {
    private final List<ComboLeg> legs = new ArrayList<>();

    SpreadBuilder(String symbol) {
        super(symbol, "SMART", "USD");
    }

    @Override
    SpreadBuilder self() {
        return this;
    }

    /** Adds a vertical: buys one {@code longLeg}, sells one {@code shortLeg}. */
    public SpreadBuilder vertical(int longLeg, int shortLeg) {
        return leg(longLeg, LegAction.BUY, 1).leg(shortLeg, LegAction.SELL, 1);
    }

    /**
     * Adds an iron condor: buys the outer put and call, sells the inner put and call, one each.
     * Pass the legs from the lowest strike to the highest.
     */
    public SpreadBuilder ironCondor(int longPut, int shortPut, int shortCall, int longCall) {
        return leg(longPut, LegAction.BUY, 1).leg(shortPut, LegAction.SELL, 1)
                .leg(shortCall, LegAction.SELL, 1).leg(longCall, LegAction.BUY, 1);
    }

    /** Adds one unit of a leg. */
    public SpreadBuilder leg(int conId, LegAction action) {
        return leg(conId, action, 1);
    }

    /**
     * Adds a leg with a ratio.
     *
     * @throws IllegalArgumentException if the contract id or the ratio is not positive
     */
    public SpreadBuilder leg(int conId, LegAction action, int ratio) {
        legs.add(ComboLeg.of(conId, action, ratio));
        return this;
    }

    /** Adds a fully described leg. */
    public SpreadBuilder leg(ComboLeg leg) {
        if (leg.conId() <= 0 || leg.ratio() <= 0) {
            throw new IllegalArgumentException("a combo leg needs a positive conId and ratio: " + leg);
        }
        legs.add(leg);
        return this;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if the combo has fewer than two legs
     */
    @Override
    public Contract build() {
        if (legs.size() < 2) {
            throw new IllegalStateException("a combo needs at least two legs; " + symbol + " has " + legs.size());
        }
        return base(SecurityType.COMBO).comboLegs(legs).build();
    }
}
