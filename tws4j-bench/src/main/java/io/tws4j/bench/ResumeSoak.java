package io.tws4j.bench;

import io.tws4j.client.ClientOptions;
import io.tws4j.client.Feed;
import io.tws4j.client.ReconnectPolicy;
import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.Tick;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.SimulatedGateway;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The long soak of stream resumption: market data streams (half blocking subscriptions, half
 * async feeds) on a simulated gateway that drops the connection again and again. After each drop
 * it waits until every stream has shown its Resumed mark and a data item after it, then prints,
 * over all drops, the time from the reconnect (the Resumed mark, stamped as the new connection
 * sends the requests again) to each stream's first resumed item, the reconnect gap
 * (Interrupted to Resumed) and the time from the drop to the first resumed item, as p50 and p99.
 * It checks that every stream resumed after every drop and none ended.
 *
 * <p>Arguments: {@code [disconnects=1000] [streams=20]}.
 */
public final class ResumeSoak {
    private static final List<String> SYMBOLS =
            List.of("AAPL", "MSFT", "NVDA", "TSLA", "AMZN", "GOOGL", "META", "JPM", "XOM", "SPY");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private ResumeSoak() {}

    public static void main(String[] args) {
        int disconnects = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int streams = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (SimulatedGateway gateway = SimulatedGateway.builder().startTime(Instant.parse("2026-11-18T15:00:00Z")).speed(10)
                .recordedRequests(0).build().start()) {
            ClientOptions options = ClientOptions.builder().address(gateway.address()).clientId(1)
                    .reconnect(ReconnectPolicy.fibonacci().withBackoff(Duration.ofMillis(10), Duration.ofMillis(100))
                            .withForever())
                    .build();
            try (TwsClient client = TwsClient.connect(options)) {
                List<Tally> tallies = new ArrayList<>();
                for (int i = 0; i < streams; i++) {
                    Contract contract = Contract.stock(SYMBOLS.get(i % SYMBOLS.size())).build();
                    tallies.add(i % 2 == 0 ? Tally.of(client.marketData(contract).subscribe())
                            : Tally.of(client.async().marketData(contract).subscribe()));
                }
                awaitAll(tallies, 0);
                long[] toFirstItem = new long[disconnects * streams];
                long[] fromDrop = new long[disconnects * streams];
                long[] gaps = new long[disconnects * streams];
                int sample = 0;
                long started = System.nanoTime();
                for (int drop = 1; drop <= disconnects; drop++) {
                    Instant dropped = Instant.now();
                    gateway.inject(Fault.disconnect());
                    awaitAll(tallies, drop);
                    for (Tally tally : tallies) {
                        Instant resumed = tally.resumedAt.get();
                        Instant first = tally.firstItemAt.get();
                        toFirstItem[sample] = Duration.between(resumed, first).toNanos();
                        fromDrop[sample] = Duration.between(dropped, first).toNanos();
                        gaps[sample] = tally.lastGap.get();
                        sample++;
                    }
                    if (drop % 100 == 0) {
                        System.out.printf("%,d drops ...%n", drop);
                    }
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                long failures = tallies.stream().filter(tally -> tally.failure.get() != null || tally.ended.get()).count();
                long wrongCounts = tallies.stream()
                        .filter(tally -> tally.interrupted.get() != disconnects || tally.resumed.get() != disconnects).count();
                System.out.printf("%n%,d drops x %d streams in %.1f s: %s%n", disconnects, streams, seconds,
                        failures == 0 && wrongCounts == 0 ? "every stream resumed after every drop, none ended"
                                : failures + " stream(s) ended, " + wrongCounts + " with wrong counts");
                print("reconnect (Resumed) to first resumed item", toFirstItem);
                print("reconnect gap (Interrupted to Resumed)", gaps);
                print("drop to first resumed item", fromDrop);
            }
        }
    }

    private static void awaitAll(List<Tally> tallies, int resumes) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!tallies.stream().allMatch(tally -> tally.resumed.get() == resumes && tally.firstItemAt.get() != null)) {
            for (Tally tally : tallies) {
                if (tally.failure.get() != null) {
                    throw new IllegalStateException("a stream ended", tally.failure.get());
                }
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not every stream resumed within " + PATIENCE + " after drop " + resumes);
            }
            LockSupport.parkNanos(100_000);
        }
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %-44s p50 %8.2f ms   p99 %8.2f ms   max %8.2f ms%n", what,
                percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static long percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    /** What one stream showed: its marks, and when its first item after the latest Resumed arrived. */
    private static final class Tally {
        final AtomicInteger interrupted = new AtomicInteger();
        final AtomicInteger resumed = new AtomicInteger();
        final AtomicReference<Instant> resumedAt = new AtomicReference<>();
        final AtomicReference<Instant> firstItemAt = new AtomicReference<>();
        final AtomicLong lastGap = new AtomicLong();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();

        static Tally of(Subscription<Tick> subscription) {
            Tally tally = new Tally();
            Thread.ofVirtual().start(() -> {
                try {
                    for (StreamItem<Tick> item : subscription) {
                        tally.take(item);
                    }
                } catch (RuntimeException e) {
                    tally.failure.set(e);
                }
                tally.ended.set(true);
            });
            return tally;
        }

        static Tally of(Feed<Tick> feed) {
            Tally tally = new Tally();
            feed.subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(StreamItem<Tick> item) {
                    tally.take(item);
                }

                @Override
                public void onError(Throwable error) {
                    tally.failure.set(error);
                    tally.ended.set(true);
                }

                @Override
                public void onComplete() {
                    tally.ended.set(true);
                }
            });
            return tally;
        }

        private void take(StreamItem<Tick> item) {
            switch (item) {
                case StreamItem.Interrupted<Tick> gap -> interrupted.incrementAndGet();
                case StreamItem.Resumed<Tick> back -> {
                    firstItemAt.set(null);
                    resumedAt.set(back.at());
                    lastGap.set(back.gap().toNanos());
                    resumed.incrementAndGet();
                }
                case StreamItem.Data<Tick> data -> {
                    if (firstItemAt.get() == null) {
                        firstItemAt.set(Instant.now());
                    }
                }
                default -> { }
            }
        }
    }
}
