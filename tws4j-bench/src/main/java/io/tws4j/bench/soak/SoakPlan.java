package io.tws4j.bench.soak;

import java.time.Duration;

/**
 * What one soak run does: how many orders it places from how many threads, how many market data
 * streams it keeps open, and how many faults it injects, chosen and spaced by a seeded random.
 *
 * @param orders orders placed in all (market orders of 100 shares, buys and sells alternating)
 * @param threads threads placing them; half use the blocking surface, half the asynchronous one
 * @param streams market data streams kept open; half blocking subscriptions, half feeds
 * @param faults faults injected, each after the previous one has been recovered from
 * @param spacing the longest pause between two faults (each pause is drawn between a fifth of it and it)
 * @param seed the seed of every random choice (fault kinds, their parameters, pauses)
 */
public record SoakPlan(int orders, int threads, int streams, int faults, Duration spacing, long seed) {
    public SoakPlan {
        if (orders < 0 || threads < 1 || streams < 0 || faults < 0) {
            throw new IllegalArgumentException("orders, streams and faults must not be negative; threads must be positive");
        }
    }

    /** A plan from {@code key=value} arguments, e.g. {@code orders=2000 faults=1000}; the rest default. */
    public static SoakPlan parse(String... args) {
        int orders = 2_000;
        int threads = 8;
        int streams = 20;
        int faults = 1_000;
        Duration spacing = Duration.ofMillis(60);
        long seed = 1;
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("expected key=value, not '" + arg + "'");
            }
            switch (pair[0]) {
                case "orders" -> orders = Integer.parseInt(pair[1]);
                case "threads" -> threads = Integer.parseInt(pair[1]);
                case "streams" -> streams = Integer.parseInt(pair[1]);
                case "faults" -> faults = Integer.parseInt(pair[1]);
                case "spacingMillis" -> spacing = Duration.ofMillis(Long.parseLong(pair[1]));
                case "seed" -> seed = Long.parseLong(pair[1]);
                default -> throw new IllegalArgumentException("unknown setting '" + pair[0]
                        + "' (orders, threads, streams, faults, spacingMillis, seed)");
            }
        }
        return new SoakPlan(orders, threads, streams, faults, spacing, seed);
    }
}
