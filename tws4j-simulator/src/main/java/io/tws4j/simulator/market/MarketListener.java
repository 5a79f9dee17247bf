package io.tws4j.simulator.market;

/** Receives a live feed's events, in time order, on one of the gateway scheduler's threads. */
@FunctionalInterface
public interface MarketListener {

    /** Takes the next event. */
    void onEvent(MarketEvent event);
}
