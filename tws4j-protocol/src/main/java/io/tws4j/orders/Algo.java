package io.tws4j.orders;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An IB algorithm for an order: its strategy name and parameters as TWS reads them. Build one
 * with the typed builders of {@link Algos}, or {@link #of} for a strategy they do not cover.
 *
 * {@snippet :
 * Algo vwap = Algos.vwap().maxPercentOfVolume(0.2).startTime("09:45:00 US/Eastern").build();
 * Algo custom = Algo.of("Adaptive", Map.of("adaptivePriority", "Patient"));
 * }
 *
 * @param strategy the strategy name, e.g. {@code Vwap}; empty for no algo
 * @param params the parameters, in the order they were given
 * @param id the algo id of a third-party algo, empty when unset
 */
public record Algo(String strategy, Map<String, String> params, String id) {

    /** No algo. */
    public static final Algo NONE = new Algo("", Map.of(), "");

    public Algo {
        Objects.requireNonNull(strategy, "strategy");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Objects.requireNonNull(id, "id");
    }

    /** An algo of a strategy with parameters. */
    public static Algo of(String strategy, Map<String, String> params) {
        return new Algo(strategy, params, "");
    }

    /** Returns whether an algo is set. */
    public boolean isSet() {
        return !strategy.isEmpty();
    }
}
