package io.tws4j.bench;

import io.tws4j.client.ClientOptions;
import io.tws4j.client.OrderNotAcknowledgedException;
import io.tws4j.client.OrderNotReceivedException;
import io.tws4j.client.ReconnectPolicy;
import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.client.TwsException;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.SimulatedGateway;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The disconnect storm, by hand: threads place market orders that fill in parts while the
 * simulated gateway drops the connection again and again, then the run checks every outcome
 * against what the gateway booked. Prints how each {@code submit()} ended, orders that returned
 * normally but the gateway does not have (silently lost), orders reported not received that the
 * gateway does have (a resend would double-trade), and fills and commissions missing from or
 * doubled on the order update stream.
 *
 * <p>Arguments: {@code [orders=2000] [drops=100] [threads=4]}.
 */
public final class OrderStorm {
    private static final Contract AAPL = Contract.stock("AAPL").build();

    private OrderStorm() {}

    public static void main(String[] args) throws Exception {
        int orders = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int drops = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        try (SimulatedGateway gateway = SimulatedGateway.builder().startTime(Instant.parse("2025-01-06T15:00:00Z")).speed(10)
                .recordedRequests(0).build().start()) {
            ClientOptions options = ClientOptions.builder().address(gateway.address()).clientId(1)
                    .requestTimeout(Duration.ofSeconds(30))
                    .reconnect(ReconnectPolicy.fibonacci().withForever().withBackoff(Duration.ofMillis(10), Duration.ofMillis(100)))
                    .build();
            try (TwsClient client = TwsClient.connect(options);
                 Subscription<OrderUpdate> updates = client.orderUpdateStream()) {
                List<StreamItem<OrderUpdate>> seen = new CopyOnWriteArrayList<>();
                Thread.ofVirtual().start(() -> updates.forEach(seen::add));
                Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
                Set<Integer> notReceived = ConcurrentHashMap.newKeySet();
                AtomicInteger notAcknowledged = new AtomicInteger();
                AtomicInteger notWritten = new AtomicInteger();
                AtomicInteger dropped = new AtomicInteger();
                Map<String, Integer> errors = new ConcurrentHashMap<>();
                AtomicInteger rejected = new AtomicInteger();
                AtomicInteger next = new AtomicInteger();
                long start = System.nanoTime();
                Thread[] placers = new Thread[threads];
                for (int t = 0; t < threads; t++) {
                    placers[t] = Thread.ofVirtual().start(() -> {
                        for (int i = next.getAndIncrement(); i < orders; i = next.getAndIncrement()) {
                            boolean buy = i % 2 == 0;
                            try {
                                acknowledged.add(buy ? client.order(AAPL).buy(300).market().submit()
                                        : client.order(AAPL).sell(300).market().submit());
                            } catch (OrderNotReceivedException e) {
                                if (e.orderId() >= 0) {
                                    notReceived.add(e.orderId());
                                } else {
                                    notWritten.incrementAndGet();
                                }
                                awaitConnected(client);
                            } catch (OrderNotAcknowledgedException e) {
                                notAcknowledged.incrementAndGet();
                            } catch (TwsException e) {
                                rejected.incrementAndGet();
                                errors.merge(e.getClass().getSimpleName() + ": " + e.getMessage().replaceAll("\\d+", "#"), 1, Integer::sum);
                            }
                        }
                    });
                }
                while (dropped.get() < drops && next.get() < orders) {
                    Thread.sleep(40);
                    gateway.inject(Fault.disconnect());
                    dropped.incrementAndGet();
                    awaitConnected(client);
                }
                for (Thread placer : placers) {
                    placer.join();
                }
                long placed = System.nanoTime() - start;
                while (!client.openOrders().isEmpty()) {
                    Thread.sleep(100);
                }
                List<Fill> booked = client.executions(ExecutionFilter.builder().clientId(1).build());
                List<CompletedOrder> completed = client.completedOrders(true);
                Thread.sleep(500);
                report(orders, dropped.get(), placed, acknowledged, notReceived, notWritten.get(), notAcknowledged.get(), rejected.get(),
                        booked, completed, seen);
                errors.forEach((error, count) -> System.out.println("  " + count + " x " + error));
            }
        }
    }

    private static void awaitConnected(TwsClient client) {
        while (!client.isConnected()) {
            Thread.onSpinWait();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void report(int orders, int drops, long nanos, Set<Integer> acknowledged, Set<Integer> notReceived,
                               int notWritten, int notAcknowledged, int rejected, List<Fill> booked, List<CompletedOrder> completed,
                               List<StreamItem<OrderUpdate>> seen) {
        Set<Integer> atGateway = new HashSet<>();
        booked.forEach(fill -> atGateway.add(fill.execution().orderId()));
        completed.forEach(done -> atGateway.add(done.order().orderId()));
        long silentlyLost = acknowledged.stream().filter(id -> !atGateway.contains(id)).count();
        long wronglyNotReceived = notReceived.stream().filter(atGateway::contains).count();
        Map<String, Integer> executions = new HashMap<>();
        Map<String, Integer> commissions = new HashMap<>();
        long reconciled = 0;
        for (StreamItem<OrderUpdate> item : seen) {
            switch (item) {
                case StreamItem.Data<OrderUpdate>(ExecutionReport report) -> executions.merge(report.execution().execId(), 1, Integer::sum);
                case StreamItem.Data<OrderUpdate>(CommissionReport report) -> commissions.merge(report.execId(), 1, Integer::sum);
                case StreamItem.Reconciled<OrderUpdate> done -> reconciled++;
                default -> { }
            }
        }
        Set<String> bookedIds = new HashSet<>();
        booked.forEach(fill -> bookedIds.add(fill.execution().execId()));
        long missing = bookedIds.stream().filter(id -> !executions.containsKey(id)).count();
        long doubled = executions.values().stream().filter(count -> count > 1).count();
        long commissionsMissing = bookedIds.stream().filter(id -> !commissions.containsKey(id)).count();
        long commissionsDoubled = commissions.values().stream().filter(count -> count > 1).count();
        System.out.printf("%d orders, %d drops, %d reconciliations, %.1f s%n", orders, drops, reconciled, nanos / 1e9);
        System.out.printf("submit(): %d acknowledged, %d not received after being written, %d not written (reconnecting),"
                + " %d not acknowledged, %d other errors%n", acknowledged.size(), notReceived.size(), notWritten, notAcknowledged, rejected);
        System.out.printf("acknowledged but not at the gateway (silently lost): %d; not received but at the gateway: %d%n",
                silentlyLost, wronglyNotReceived);
        System.out.printf("fills booked %d; on the update stream missing %d, doubled %d; commissions missing %d, doubled %d%n",
                bookedIds.size(), missing, doubled, commissionsMissing, commissionsDoubled);
    }
}
