package io.tws4j.bench;

import io.tws4j.client.ClientOptions;
import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.simulator.SimulatedGateway;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long an acknowledged order takes over loopback: {@code submit()} returns when the gateway's
 * first open order or status for the order arrived. Places resting limit orders (far from the
 * market, so that nothing trades) on the simulated gateway, first one at a time, then from many
 * virtual threads at once, and prints the latency percentiles and the orders per second. The
 * gateway's own work per order is part of what is measured.
 *
 * <p>Arguments: {@code [orders=2000] [threads=8]}.
 */
public final class OrderAcks {
    private static final Contract AAPL = Contract.stock("AAPL").build();

    private OrderAcks() {}

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        try (SimulatedGateway gateway = SimulatedGateway.builder().startTime(Instant.parse("2025-01-06T15:00:00Z"))
                .recordedRequests(0).build().start();
             TwsClient client = TwsClient.connect(ClientOptions.builder().address(gateway.address()).clientId(1).build())) {
            sequential(client, orders / 4, "warm-up");
            sequential(client, orders, "one thread");
            concurrent(client, orders, threads);
        }
    }

    private static void sequential(TwsClient client, int orders, String label) {
        long[] nanos = new long[orders];
        long start = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            long before = System.nanoTime();
            client.order(AAPL).buy(1).limit(1.00).submit();
            nanos[i] = System.nanoTime() - before;
        }
        report(label, nanos, System.nanoTime() - start);
    }

    private static void concurrent(TwsClient client, int orders, int threads) throws Exception {
        long[] nanos = new long[orders];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<?>[] done = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                done[t] = pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < orders; i = next.getAndIncrement()) {
                        long before = System.nanoTime();
                        client.order(AAPL).buy(1).limit(1.00).submit();
                        nanos[i] = System.nanoTime() - before;
                    }
                    return null;
                });
            }
            for (Future<?> thread : done) {
                thread.get();
            }
        }
        report(threads + " virtual threads", nanos, System.nanoTime() - start);
    }

    private static void report(String label, long[] nanos, long elapsed) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-18s %6d orders  %8.0f orders/s  ack p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n", label, sorted.length,
                sorted.length / (elapsed / 1e9), percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

}
