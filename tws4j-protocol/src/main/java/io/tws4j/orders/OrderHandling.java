package io.tws4j.orders;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How an order is worked and routed: iceberg and hidden display, all-or-none, block and sweep
 * flags, minimum quantities, session and routing preferences, and the flags of TWS's order
 * precautions. Zero and false are unset; the tri-state settings (TWS's default, off, on) are
 * {@link OptionalInt}s.
 *
 * @param displaySize the size shown at the exchange (an iceberg order), 0 for all of it
 * @param hidden whether the order is hidden from the book (NASDAQ and a few other venues)
 * @param allOrNone whether the order fills completely or not at all
 * @param blockOrder whether it is a block order (at least 50 options contracts)
 * @param sweepToFill whether SMART routing takes all the liquidity it can at once, price after price
 * @param minQty the least quantity of a fill, 0 when unset
 * @param notHeld whether the broker may work the order at its discretion (IBKRATS)
 * @param optOutSmartRouting whether to opt out of SMART routing (Asian exchanges)
 * @param randomizeSize whether TWS randomizes the displayed size of an iceberg
 * @param randomizePrice whether TWS randomizes the price of an iceberg
 * @param solicited whether the order was solicited (regulatory)
 * @param includeOvernight whether the order may trade in the overnight session
 * @param postOnly whether the order may only add liquidity
 * @param allowPreOpen whether the order may trade before the open
 * @param ignoreOpenAuction whether the order skips the opening auction
 * @param seekPriceImprovement whether SMART routing seeks price improvement (TWS's default when empty)
 * @param routeMarketableToBbo whether marketable orders go to the best bid or offer (TWS's default when empty)
 * @param usePriceMgmtAlgo whether IB's price management algo may adjust the price (TWS's default when empty)
 * @param postToAts whether the order may be posted to IB's ATS (TWS's default when empty)
 * @param minTradeQty the least quantity of each trade (IBKRATS), 0 when unset
 * @param minCompeteSize the least size to compete against (IBKRATS), 0 when unset
 * @param imbalanceOnly whether the order only offsets an auction imbalance
 * @param overridePercentageConstraints whether to bypass TWS's percentage precautions
 * @param deactivate whether the order is held deactivated
 * @param autoCancelParent whether cancelling this child cancels its parent
 * @param dontUseAutoPriceForHedge whether a hedge leg is not auto-priced
 * @param omsContainer whether the order is an OMS container
 * @param whatIfType the kind of what-if analysis asked for, 0 when unset
 * @param advancedErrorOverride the advanced error codes to override, comma-separated
 */
public record OrderHandling(int displaySize, boolean hidden, boolean allOrNone, boolean blockOrder, boolean sweepToFill,
                            int minQty, boolean notHeld, boolean optOutSmartRouting, boolean randomizeSize,
                            boolean randomizePrice, boolean solicited, boolean includeOvernight, boolean postOnly,
                            boolean allowPreOpen, boolean ignoreOpenAuction, OptionalInt seekPriceImprovement,
                            OptionalInt routeMarketableToBbo, OptionalInt usePriceMgmtAlgo, OptionalInt postToAts,
                            int minTradeQty, int minCompeteSize, boolean imbalanceOnly,
                            boolean overridePercentageConstraints, boolean deactivate, boolean autoCancelParent,
                            boolean dontUseAutoPriceForHedge, boolean omsContainer, int whatIfType,
                            String advancedErrorOverride) {

    /** Nothing set. */
    public static final OrderHandling NONE = builder().build();

    public OrderHandling {
        Objects.requireNonNull(seekPriceImprovement, "seekPriceImprovement");
        Objects.requireNonNull(routeMarketableToBbo, "routeMarketableToBbo");
        Objects.requireNonNull(usePriceMgmtAlgo, "usePriceMgmtAlgo");
        Objects.requireNonNull(postToAts, "postToAts");
        Objects.requireNonNull(advancedErrorOverride, "advancedErrorOverride");
    }

    /** Starts with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding these values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.displaySize = displaySize;
        b.hidden = hidden;
        b.allOrNone = allOrNone;
        b.blockOrder = blockOrder;
        b.sweepToFill = sweepToFill;
        b.minQty = minQty;
        b.notHeld = notHeld;
        b.optOutSmartRouting = optOutSmartRouting;
        b.randomizeSize = randomizeSize;
        b.randomizePrice = randomizePrice;
        b.solicited = solicited;
        b.includeOvernight = includeOvernight;
        b.postOnly = postOnly;
        b.allowPreOpen = allowPreOpen;
        b.ignoreOpenAuction = ignoreOpenAuction;
        b.seekPriceImprovement = seekPriceImprovement;
        b.routeMarketableToBbo = routeMarketableToBbo;
        b.usePriceMgmtAlgo = usePriceMgmtAlgo;
        b.postToAts = postToAts;
        b.minTradeQty = minTradeQty;
        b.minCompeteSize = minCompeteSize;
        b.imbalanceOnly = imbalanceOnly;
        b.overridePercentageConstraints = overridePercentageConstraints;
        b.deactivate = deactivate;
        b.autoCancelParent = autoCancelParent;
        b.dontUseAutoPriceForHedge = dontUseAutoPriceForHedge;
        b.omsContainer = omsContainer;
        b.whatIfType = whatIfType;
        b.advancedErrorOverride = advancedErrorOverride;
        return b;
    }

    /** Builds an {@link OrderHandling}; every setter is named after its component. */
    public static final class Builder {
        private int displaySize;
        private boolean hidden;
        private boolean allOrNone;
        private boolean blockOrder;
        private boolean sweepToFill;
        private int minQty;
        private boolean notHeld;
        private boolean optOutSmartRouting;
        private boolean randomizeSize;
        private boolean randomizePrice;
        private boolean solicited;
        private boolean includeOvernight;
        private boolean postOnly;
        private boolean allowPreOpen;
        private boolean ignoreOpenAuction;
        private OptionalInt seekPriceImprovement = OptionalInt.empty();
        private OptionalInt routeMarketableToBbo = OptionalInt.empty();
        private OptionalInt usePriceMgmtAlgo = OptionalInt.empty();
        private OptionalInt postToAts = OptionalInt.empty();
        private int minTradeQty;
        private int minCompeteSize;
        private boolean imbalanceOnly;
        private boolean overridePercentageConstraints;
        private boolean deactivate;
        private boolean autoCancelParent;
        private boolean dontUseAutoPriceForHedge;
        private boolean omsContainer;
        private int whatIfType;
        private String advancedErrorOverride = "";

        private Builder() {}

        public Builder displaySize(int v) { displaySize = v; return this; }
        public Builder hidden(boolean v) { hidden = v; return this; }
        public Builder allOrNone(boolean v) { allOrNone = v; return this; }
        public Builder blockOrder(boolean v) { blockOrder = v; return this; }
        public Builder sweepToFill(boolean v) { sweepToFill = v; return this; }
        public Builder minQty(int v) { minQty = v; return this; }
        public Builder notHeld(boolean v) { notHeld = v; return this; }
        public Builder optOutSmartRouting(boolean v) { optOutSmartRouting = v; return this; }
        public Builder randomizeSize(boolean v) { randomizeSize = v; return this; }
        public Builder randomizePrice(boolean v) { randomizePrice = v; return this; }
        public Builder solicited(boolean v) { solicited = v; return this; }
        public Builder includeOvernight(boolean v) { includeOvernight = v; return this; }
        public Builder postOnly(boolean v) { postOnly = v; return this; }
        public Builder allowPreOpen(boolean v) { allowPreOpen = v; return this; }
        public Builder ignoreOpenAuction(boolean v) { ignoreOpenAuction = v; return this; }
        public Builder seekPriceImprovement(OptionalInt v) { seekPriceImprovement = Objects.requireNonNull(v); return this; }
        public Builder routeMarketableToBbo(OptionalInt v) { routeMarketableToBbo = Objects.requireNonNull(v); return this; }
        public Builder usePriceMgmtAlgo(OptionalInt v) { usePriceMgmtAlgo = Objects.requireNonNull(v); return this; }
        public Builder postToAts(OptionalInt v) { postToAts = Objects.requireNonNull(v); return this; }
        public Builder minTradeQty(int v) { minTradeQty = v; return this; }
        public Builder minCompeteSize(int v) { minCompeteSize = v; return this; }
        public Builder imbalanceOnly(boolean v) { imbalanceOnly = v; return this; }
        public Builder overridePercentageConstraints(boolean v) { overridePercentageConstraints = v; return this; }
        public Builder deactivate(boolean v) { deactivate = v; return this; }
        public Builder autoCancelParent(boolean v) { autoCancelParent = v; return this; }
        public Builder dontUseAutoPriceForHedge(boolean v) { dontUseAutoPriceForHedge = v; return this; }
        public Builder omsContainer(boolean v) { omsContainer = v; return this; }
        public Builder whatIfType(int v) { whatIfType = v; return this; }
        public Builder advancedErrorOverride(String v) { advancedErrorOverride = Objects.requireNonNull(v); return this; }

        public OrderHandling build() {
            return new OrderHandling(displaySize, hidden, allOrNone, blockOrder, sweepToFill, minQty, notHeld,
                    optOutSmartRouting, randomizeSize, randomizePrice, solicited, includeOvernight, postOnly, allowPreOpen,
                    ignoreOpenAuction, seekPriceImprovement, routeMarketableToBbo, usePriceMgmtAlgo, postToAts, minTradeQty,
                    minCompeteSize, imbalanceOnly, overridePercentageConstraints, deactivate, autoCancelParent,
                    dontUseAutoPriceForHedge, omsContainer, whatIfType, advancedErrorOverride);
        }
    }
}
