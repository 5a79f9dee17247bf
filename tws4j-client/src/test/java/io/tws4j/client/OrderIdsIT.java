package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.client.orders.BracketIds;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.RecordedRequest;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Order ids tws4j picks are taken in the same step as the order is written, so that many threads
 * placing orders on one client never reach the gateway out of order: TWS refuses none of them with
 * 103 (duplicate order id), and the ids it receives strictly increase, a bracket's three legs
 * consecutive and what-if orders among them. Half the threads use the blocking surface, half the
 * asynchronous one; every order is acknowledged.
 */
class OrderIdsIT {
    private static final int THREADS = 8;
    private static final int ORDERS_PER_THREAD = 1_000;
    private static final int DUPLICATE_ORDER_ID = 103;
    /** Every this many orders, a thread also places a bracket and asks for a what-if. */
    private static final int EVERY = 100;

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(
            () -> Markets.trading(1).recordedRequests(4 * THREADS * ORDERS_PER_THREAD));

    @Test
    void eightPlatformThreadsPlacingAThousandOrdersEachAreNeverRefusedAsDuplicates() throws Exception {
        placeFromManyThreads(Thread.ofPlatform().name("placing-", 0).factory());
    }

    @Test
    void eightVirtualThreadsPlacingAThousandOrdersEachAreNeverRefusedAsDuplicates() throws Exception {
        placeFromManyThreads(Thread.ofVirtual().name("placing-", 0).factory());
    }

    private static void placeFromManyThreads(ThreadFactory threads) throws Exception {
        // Pacing only spaces the writes (TWS's 50 a second would make this 3 minutes); the order of
        // the ids is what is checked, and it must hold on the fast path and through the writer alike.
        ClientOptions options = TestOptions.against(gateway.get(), 1).requestTimeout(Duration.ofSeconds(30))
                .pacing(PacingRules.unlimited()).build();
        Set acknowledged = new Set();
        AtomicInteger duplicates = new AtomicInteger();
        AtomicInteger brackets = new AtomicInteger();
        try (TwsClient client = TwsClient.connect(options);
             ExecutorService placing = Executors.newFixedThreadPool(THREADS, threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Trading trading = TradingSurface.values()[t % 2].of(client);
                done.add(placing.submit(() -> {
                    for (int i = 0; i < ORDERS_PER_THREAD; i++) {
                        try {
                            // far below the market: the order rests, acknowledged at once, and never trades
                            acknowledged.add(trading.submit(Markets.aapl(), o -> o.buy(1).limit(1.00)));
                            if (i % EVERY == 0) {
                                BracketIds bracket = trading.bracket(Markets.aapl(), o -> o.buy(1), 1.00, 2.00, 0.50);
                                acknowledged.add(bracket.parent());
                                acknowledged.add(bracket.takeProfit());
                                acknowledged.add(bracket.stopLoss());
                                trading.analyze(Markets.aapl(), o -> o.buy(1).limit(1.00));
                                brackets.incrementAndGet();
                            }
                        } catch (RequestRejectedException e) {
                            if (e.code() == DUPLICATE_ORDER_ID) {
                                duplicates.incrementAndGet();
                            }
                            throw e;
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> thread : done) {
                thread.get();
            }
        }

        int placed = THREADS * ORDERS_PER_THREAD + 3 * brackets.get();
        assertThat(duplicates).hasValue(0);
        assertThat(brackets).hasValue(THREADS * ORDERS_PER_THREAD / EVERY);
        assertThat(acknowledged.size()).isEqualTo(placed);
        List<Integer> received = new ArrayList<>();
        List<Integer> whatIf = new ArrayList<>();
        for (Optional<RecordedRequest> request = take(); request.isPresent(); request = take()) {
            PlaceOrderRequest order = request.get().body(PlaceOrderRequest.class);
            received.add(order.getOrderId());
            if (order.getOrder().getWhatIf()) {
                whatIf.add(order.getOrderId());
            }
        }
        assertThat(received).as("ids in the order the gateway read them").hasSize(placed + brackets.get())
                .isSorted().doesNotHaveDuplicates();
        assertThat(whatIf).hasSize(brackets.get());
        assertThat(received).containsAll(acknowledged.ids.keySet());
    }

    private static Optional<RecordedRequest> take() {
        return gateway.get().takeRequest(OutMessage.PLACE_ORDER, Duration.ZERO);
    }

    /** The ids of the acknowledged orders, from every thread. */
    private static final class Set {
        final ConcurrentHashMap<Integer, Boolean> ids = new ConcurrentHashMap<>();

        void add(int id) {
            ids.put(id, Boolean.TRUE);
        }

        int size() {
            return ids.size();
        }
    }
}
