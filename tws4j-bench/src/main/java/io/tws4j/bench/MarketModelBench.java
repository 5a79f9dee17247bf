package io.tws4j.bench;

import io.tws4j.simulator.SimulatedGateway;
import io.tws4j.simulator.market.InstrumentMarket;
import io.tws4j.simulator.market.PriceSeries;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/**
 * How fast the simulated market model summarizes long periods, on one thread, without the wire:
 * AAPL's trading-day summaries (regular hours, then all hours) over twenty years, a fresh model
 * each round. Prints wall and thread CPU time per round and per summarized minute, so that the
 * figure does not depend on what else the machine runs.
 *
 * <p>Arguments: {@code [rounds=3]}.
 */
public final class MarketModelBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Instant FROM = Instant.parse("2005-01-03T00:00:00Z");
    private static final Instant TO = Instant.parse("2025-01-01T00:00:00Z");

    private MarketModelBench() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        for (int round = 0; round < rounds; round++) {
            try (SimulatedGateway gateway = SimulatedGateway.builder().seed(round + 1).clock(InstantSource.fixed(TO)).build().start()) {
                InstrumentMarket aapl = gateway.market().market(265598).orElseThrow();
                long cpu = THREADS.getCurrentThreadCpuTime();
                int events = 0;
                int minutes = 0;
                for (Instant minute = Instant.parse("2024-03-04T14:30:00Z"); minutes < 2_000; minute = minute.plusSeconds(60)) {
                    events += aapl.events(minute, minute.plusSeconds(60)).size();
                    minutes++;
                }
                long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
                System.out.printf("round %d, events of %,d minutes (%,d events): %,d ms cpu (%.0f us cpu a minute)%n", round, minutes,
                        events, cpuNanos / 1_000_000, cpuNanos / 1000.0 / minutes);
            }
            for (boolean regular : new boolean[] {true, false}) {
                try (SimulatedGateway gateway = SimulatedGateway.builder().seed(round + 1).clock(InstantSource.fixed(TO)).build().start()) {
                    InstrumentMarket aapl = gateway.market().market(265598).orElseThrow();
                    long minutes = 0;
                    long cpu = THREADS.getCurrentThreadCpuTime();
                    long wall = System.nanoTime();
                    for (Instant day = FROM; day.isBefore(TO); day = day.plus(Duration.ofDays(1))) {
                        // 9:30 to 16:00 or 4:00 to 20:00 in New York, as UTC in winter; weekends and holidays summarize to nothing.
                        Instant start = day.plus(regular ? Duration.ofMinutes(14 * 60 + 30) : Duration.ofHours(9));
                        Instant end = day.plus(regular ? Duration.ofHours(21) : Duration.ofHours(25));
                        if (aapl.summarize(start, end, PriceSeries.TRADES).isPresent()) {
                            minutes += Duration.between(start, end).toMinutes();
                        }
                    }
                    long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpu;
                    long wallNanos = System.nanoTime() - wall;
                    System.out.printf("round %d, %s: %,d minutes in %,d ms wall, %,d ms cpu (%.0f ns cpu a minute)%n", round,
                            regular ? "regular hours" : "all hours  ", minutes, wallNanos / 1_000_000, cpuNanos / 1_000_000,
                            cpuNanos / (double) minutes);
                }
            }
        }
    }
}
