package io.tws4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The short, exact version of the disconnect storm: orders are placed and fill in parts while
 * the gateway drops the connection again and again. Every fill the gateway booked for the client
 * reaches the order update stream exactly once, with its commission report exactly once, on a
 * blocking subscription and on a feed alike; every call ends definitely.
 */
class OrderFillsAcrossDisconnectsIT {
    private static final int CLIENT = 1;
    private static final int DISCONNECTS = 5;

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod(() -> Markets.trading(10));

    @ParameterizedTest
    @EnumSource(TradingSurface.class)
    void noFillIsMissedOrDoubledAcrossRepeatedDisconnects(TradingSurface surface) throws Exception {
        ClientOptions options = TestOptions.against(gateway.get(), CLIENT)
                .reconnect(ReconnectPolicy.fibonacci().withForever().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)))
                .build();
        try (TwsClient client = TwsClient.connect(options)) {
            Trading trading = surface.of(client);
            Recorded blocking = Recorded.of(client.orderUpdateStream());
            Recorded async = Recorded.of(client.async().orderUpdateStream());
            AtomicBoolean placing = new AtomicBoolean(true);
            AtomicInteger acknowledged = new AtomicInteger();
            AtomicInteger notReceived = new AtomicInteger();
            AtomicInteger rejected = new AtomicInteger();
            AtomicReference<Throwable> unexpected = new AtomicReference<>();
            Thread placer = Thread.ofVirtual().name("placing").start(() -> {
                for (int i = 0; placing.get(); i++) {
                    boolean buy = i % 2 == 0;
                    try {
                        // larger than the displayed size: each order fills in parts over the next quotes
                        trading.submit(Markets.aapl(), o -> (buy ? o.buy(400) : o.sell(400)).market());
                        acknowledged.incrementAndGet();
                    } catch (OrderNotReceivedException e) {
                        notReceived.incrementAndGet();
                        await().atMost(TestOptions.WAIT).until(client::isConnected);
                    } catch (RequestRejectedException e) {
                        // TWS's margin check (201) when the orders still filling add up: a definite answer too
                        rejected.incrementAndGet();
                    } catch (Throwable e) {
                        unexpected.compareAndSet(null, e);
                        return;
                    }
                }
            });

            for (int i = 0; i < DISCONNECTS; i++) {
                int fills = blocking.executions().size();
                int reconciled = i;
                await().atMost(TestOptions.WAIT).until(() -> placerOk(unexpected) && blocking.executions().size() > fills + 2);
                gateway.get().inject(Fault.disconnect());
                await().atMost(TestOptions.WAIT).until(() -> blocking.reconciliations() > reconciled);
            }
            placing.set(false);
            placer.join(TestOptions.WAIT);
            assertThat(unexpected.get()).isNull();
            await().atMost(TestOptions.WAIT).until(() -> trading.openOrders().isEmpty());

            List<String> booked = trading.executions(ExecutionFilter.builder().clientId(CLIENT).build()).stream()
                    .map(fill -> fill.execution().execId()).toList();
            for (Recorded stream : List.of(blocking, async)) {
                await().atMost(TestOptions.WAIT).until(() -> stream.commissions().size() >= booked.size());
                assertThat(stream.executions()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(booked);
                assertThat(stream.commissions()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(booked);
                assertThat(stream.reconciliations()).isEqualTo(DISCONNECTS);
            }
            assertThat(acknowledged.get()).isPositive();
            List<Fill> fills = trading.executions(ExecutionFilter.ALL);
            assertThat(fills).allSatisfy(fill -> assertThat(fill.commission()).isPresent());
            blocking.close();
            async.close();
        }
    }

    private static boolean placerOk(AtomicReference<Throwable> unexpected) {
        if (unexpected.get() != null) {
            throw new AssertionError("the placing thread failed", unexpected.get());
        }
        return true;
    }

    /** An order update stream read by a thread of its own into lists. */
    private static final class Recorded implements AutoCloseable {
        private final List<StreamItem<OrderUpdate>> items = new CopyOnWriteArrayList<>();
        private final Runnable closer;

        private Recorded(Runnable closer) {
            this.closer = closer;
        }

        static Recorded of(Subscription<OrderUpdate> subscription) {
            Recorded recorded = new Recorded(subscription::close);
            Thread.ofVirtual().name("recording").start(() -> subscription.forEach(recorded.items::add));
            return recorded;
        }

        static Recorded of(Feed<OrderUpdate> feed) {
            List<Flow.Subscription> upstream = new CopyOnWriteArrayList<>();
            Recorded recorded = new Recorded(() -> upstream.forEach(Flow.Subscription::cancel));
            feed.subscribe(new Flow.Subscriber<>() {
                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    upstream.add(subscription);
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(StreamItem<OrderUpdate> item) {
                    recorded.items.add(item);
                }

                @Override
                public void onError(Throwable error) {
                    throw new AssertionError("the order update feed failed", error);
                }

                @Override
                public void onComplete() {
                }
            });
            return recorded;
        }

        List<String> executions() {
            List<String> ids = new ArrayList<>();
            for (StreamItem<OrderUpdate> item : items) {
                if (item instanceof StreamItem.Data<OrderUpdate>(ExecutionReport report)) {
                    ids.add(report.execution().execId());
                }
            }
            return ids;
        }

        List<String> commissions() {
            List<String> ids = new ArrayList<>();
            for (StreamItem<OrderUpdate> item : items) {
                if (item instanceof StreamItem.Data<OrderUpdate>(CommissionReport report)) {
                    ids.add(report.execId());
                }
            }
            return ids;
        }

        int reconciliations() {
            return (int) items.stream().filter(StreamItem.Reconciled.class::isInstance).count();
        }

        @Override
        public void close() {
            closer.run();
        }
    }
}
