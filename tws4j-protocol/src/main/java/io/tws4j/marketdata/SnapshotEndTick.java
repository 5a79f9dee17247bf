package io.tws4j.marketdata;

/**
 * The end of a snapshot: TWS has sent every value of a snapshot (or regulatory snapshot)
 * request and sends nothing more for it. A snapshot subscription ends normally after this tick.
 *
 * @param requestId the market data request it answers
 */
public record SnapshotEndTick(int requestId) implements Tick {}
