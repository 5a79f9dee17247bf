package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.Tick;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.RecordedRequest;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A short soak: 50 market data streams, half on each surface, across 20 dropped connections.
 * After every reconnect each stream shows exactly one more Interrupted and one more Resumed and
 * delivers again; none ends; the gateway received every request again under a new id, exactly
 * 50 per reconnect. (The long version, with timings, is {@code io.tws4j.bench.soak.Soak}.)
 */
class ManyStreamsResumeIT {
    private static final int STREAMS = 50;
    private static final int DISCONNECTS = 20;
    private static final List<String> SYMBOLS =
            List.of("AAPL", "MSFT", "NVDA", "TSLA", "AMZN", "GOOGL", "META", "JPM", "XOM", "SPY");

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> MarketHours.open(10));

    @Test
    void fiftyStreamsAcrossTwentyDisconnectsAllResumeNoneEnds() {
        try (TwsClient client = TwsClient.connect(TestOptions.against(gateway.get(), 1).build())) {
            List<Tally> tallies = new ArrayList<>();
            for (int i = 0; i < STREAMS; i++) {
                Contract contract = Contract.stock(SYMBOLS.get(i % SYMBOLS.size())).build();
                tallies.add(i % 2 == 0 ? Tally.of(client.marketData(contract).subscribe())
                        : Tally.of(client.async().marketData(contract).subscribe()));
            }
            await().atMost(TestOptions.WAIT).until(() -> tallies.stream().allMatch(tally -> tally.dataSinceResumed.get() > 0));

            for (int loss = 1; loss <= DISCONNECTS; loss++) {
                int expected = loss;
                gateway.get().inject(Fault.disconnect());
                await().atMost(TestOptions.WAIT).pollInterval(Duration.ofMillis(10)).untilAsserted(() -> {
                    for (Tally tally : tallies) {
                        assertThat(tally.failure.get()).isNull();
                        assertThat(tally.resumed.get()).isEqualTo(expected);
                        assertThat(tally.dataSinceResumed.get()).isPositive();
                    }
                });
            }

            for (Tally tally : tallies) {
                assertThat(tally.interrupted.get()).isEqualTo(DISCONNECTS);
                assertThat(tally.resumed.get()).isEqualTo(DISCONNECTS);
                assertThat(tally.outOfOrder.get()).as("Interrupted and Resumed alternate").isZero();
                assertThat(tally.ended.get()).isFalse();
                tally.close();
            }
            Set<Integer> ids = new HashSet<>();
            int requests = 0;
            for (RecordedRequest request = gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, Duration.ZERO).orElse(null); request != null;
                 request = gateway.get().takeRequest(OutMessage.REQ_MKT_DATA, Duration.ZERO).orElse(null)) {
                requests++;
                ids.add(Gaps.requestId(request));
            }
            assertThat(requests).isEqualTo(STREAMS * (DISCONNECTS + 1));
            assertThat(ids).as("every request under an id of its own").hasSize(requests);
        }
    }

    /** Counts what one stream delivers, read on a thread of its own (blocking) or by a subscriber (async). */
    private static final class Tally implements AutoCloseable {
        final AtomicInteger interrupted = new AtomicInteger();
        final AtomicInteger resumed = new AtomicInteger();
        final AtomicInteger dataSinceResumed = new AtomicInteger();
        final AtomicInteger outOfOrder = new AtomicInteger();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final java.util.concurrent.atomic.AtomicBoolean ended = new java.util.concurrent.atomic.AtomicBoolean();
        private Runnable closer = () -> { };

        static Tally of(Subscription<Tick> subscription) {
            Tally tally = new Tally();
            tally.closer = subscription::close;
            Thread.ofVirtual().start(() -> {
                try {
                    for (StreamItem<Tick> item : subscription) {
                        tally.count(item);
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
                    tally.closer = subscription::cancel;
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(StreamItem<Tick> item) {
                    tally.count(item);
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

        private void count(StreamItem<Tick> item) {
            switch (item) {
                case StreamItem.Interrupted<Tick> gap -> {
                    if (interrupted.incrementAndGet() != resumed.get() + 1) {
                        outOfOrder.incrementAndGet();
                    }
                }
                case StreamItem.Resumed<Tick> back -> {
                    dataSinceResumed.set(0);
                    if (resumed.incrementAndGet() != interrupted.get() || back.dataMaintained()) {
                        outOfOrder.incrementAndGet();
                    }
                }
                case StreamItem.Data<Tick> data -> dataSinceResumed.incrementAndGet();
                default -> { }
            }
        }

        @Override
        public void close() {
            closer.run();
        }
    }
}
