package io.tws4j.marketdata;

/**
 * One item of a market data stream ({@code reqMktData}). Each tick names the request it
 * answers, so that a consumer merging several streams can tell them apart.
 *
 * {@snippet :
 * for (Tick tick : subscription.data()) {
 *     switch (tick) {
 *         case PriceTick price -> System.out.println(price.type() + " " + price.price() + " x " + price.size());
 *         case SizeTick size -> System.out.println(size.type() + " " + size.size());
 *         case OptionComputationTick greeks -> System.out.println("delta " + greeks.delta());
 *         case SnapshotEndTick end -> System.out.println("snapshot complete");
 *         default -> { }
 *     }
 * }
 * }
 */
public sealed interface Tick permits PriceTick, SizeTick, GenericTick, StringTick, OptionComputationTick,
        SnapshotEndTick, RequestParametersTick, MarketDataTypeTick {

    /** Returns the id of the market data request this tick answers. */
    int requestId();
}
