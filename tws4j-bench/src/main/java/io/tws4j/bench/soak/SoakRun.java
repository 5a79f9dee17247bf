package io.tws4j.bench.soak;

import io.tws4j.client.ClientOptions;
import io.tws4j.client.OrderNotReceivedException;
import io.tws4j.client.ReconnectPolicy;
import io.tws4j.client.RequestRejectedException;
import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.client.TwsException;
import io.tws4j.client.orders.AsyncOrderHandle;
import io.tws4j.client.orders.OrderHandle;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OrderUpdate;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.SimulatedGateway;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * One soak run: a client on a simulated gateway places orders from several threads (both
 * surfaces, calls and handles) and keeps market data streams open while the gateway suffers a
 * seeded sequence of faults (dropped connections, orders lost unread, acknowledgements lost after
 * the order was handled, nightly restarts, TWS losing IB with data lost). Afterwards it checks
 * every outcome against what the gateway booked. See {@link SoakReport} for the figures.
 */
public final class SoakRun {
    private static final List<String> SYMBOLS =
            List.of("AAPL", "MSFT", "NVDA", "TSLA", "AMZN", "GOOGL", "META", "JPM", "XOM", "SPY");
    private static final Contract TRADED = Contract.stock("AAPL").build();
    private static final BigDecimal QUANTITY = BigDecimal.valueOf(100);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int CLIENT_ID = 1;

    private final SoakPlan plan;
    private final SplittableRandom random;
    private final Map<String, Integer> faultsByKind = new TreeMap<>();
    private final Set<Integer> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<Integer> notReceived = ConcurrentHashMap.newKeySet();
    private final AtomicInteger notWritten = new AtomicInteger();
    private final Map<Integer, Integer> rejectedByCode = new ConcurrentHashMap<>();
    private final Map<String, Integer> undefined = new ConcurrentHashMap<>();
    private final Map<String, Integer> executionsSeen = new ConcurrentHashMap<>();
    private final Map<String, Integer> commissionsSeen = new ConcurrentHashMap<>();
    private final AtomicInteger nextOrder = new AtomicInteger();
    private final Map<String, Integer> missedResumptions = new TreeMap<>();
    private final List<String> missedDetails = new ArrayList<>();

    private SoakRun(SoakPlan plan) {
        this.plan = plan;
        this.random = new SplittableRandom(plan.seed());
    }

    /** Runs a plan against a fresh simulated gateway and returns what it found. */
    public static SoakReport run(SoakPlan plan) throws InterruptedException {
        return new SoakRun(plan).run();
    }

    private SoakReport run() throws InterruptedException {
        // a Monday morning in New York: market orders fill at once; ten times real speed keeps ticks coming
        try (SimulatedGateway gateway = SimulatedGateway.builder().seed(plan.seed())
                .startTime(Instant.parse("2025-01-06T15:00:00Z")).speed(10).recordedRequests(0).build().start()) {
            ClientOptions options = ClientOptions.builder().address(gateway.address()).clientId(CLIENT_ID)
                    .requestTimeout(Duration.ofSeconds(30))
                    .reconnect(ReconnectPolicy.fibonacci().withForever().withBackoff(Duration.ofMillis(10), Duration.ofMillis(100)))
                    .build();
            try (TwsClient client = TwsClient.connect(options);
                 Subscription<OrderUpdate> updates = client.orderUpdateStream()) {
                Thread.ofVirtual().name("soak-updates").start(() -> watch(updates));
                List<StreamTally> streams = openStreams(client);
                await("every stream delivering", () -> streams.stream().allMatch(StreamTally::flowing));
                long start = System.nanoTime();
                List<Thread> placers = new ArrayList<>();
                for (int t = 0; t < plan.threads(); t++) {
                    boolean async = t % 2 == 1;
                    placers.add(Thread.ofVirtual().name("soak-placer-" + t).start(() -> placeOrders(client, async)));
                }
                injectFaults(gateway, client, streams);
                for (Thread placer : placers) {
                    placer.join(PATIENCE.toMillis());
                    if (placer.isAlive()) {
                        undefined.merge("placer stuck after " + PATIENCE, 1, Integer::sum);
                    }
                }
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                return settle(client, streams, elapsed);
            }
        }
    }

    private List<StreamTally> openStreams(TwsClient client) {
        List<StreamTally> streams = new ArrayList<>();
        for (int i = 0; i < plan.streams(); i++) {
            Contract contract = Contract.stock(SYMBOLS.get(i % SYMBOLS.size())).build();
            streams.add(i % 2 == 0 ? StreamTally.of(client.marketData(contract).subscribe())
                    : StreamTally.of(client.async().marketData(contract).subscribe()));
        }
        return streams;
    }

    /** Records every execution and commission report the order update stream delivers. */
    private void watch(Subscription<OrderUpdate> updates) {
        try {
            for (StreamItem<OrderUpdate> item : updates) {
                if (item instanceof StreamItem.Data<OrderUpdate>(ExecutionReport report)) {
                    executionsSeen.merge(report.execution().execId(), 1, Integer::sum);
                } else if (item instanceof StreamItem.Data<OrderUpdate>(CommissionReport report)) {
                    commissionsSeen.merge(report.execId(), 1, Integer::sum);
                }
            }
        } catch (TwsException e) {
            undefined.merge("order update stream ended: " + e.getClass().getSimpleName(), 1, Integer::sum);
        }
    }

    /** Places orders until the plan's count is reached: every tenth through a handle watched to its end. */
    private void placeOrders(TwsClient client, boolean async) {
        for (int i = nextOrder.getAndIncrement(); i < plan.orders(); i = nextOrder.getAndIncrement()) {
            boolean buy = i % 2 == 0;
            boolean handle = i % 10 == 9;
            try {
                int id = handle ? placeAndWatch(client, async, buy) : submit(client, async, buy);
                acknowledged.add(id);
            } catch (OrderNotReceivedException e) {
                if (e.orderId() >= 0) {
                    notReceived.add(e.orderId());
                } else {
                    notWritten.incrementAndGet();
                }
                awaitQuietly(client::isConnected);
            } catch (RequestRejectedException e) {
                rejectedByCode.merge(e.code(), 1, Integer::sum);
            } catch (TwsException e) {
                undefined.merge(e.getClass().getSimpleName(), 1, Integer::sum);
            }
        }
    }

    private int submit(TwsClient client, boolean async, boolean buy) {
        if (async) {
            var order = client.async().order(TRADED);
            return join(buy ? order.buy(100).market().submit() : order.sell(100).market().submit());
        }
        var order = client.order(TRADED);
        return buy ? order.buy(100).market().submit() : order.sell(100).market().submit();
    }

    /** Places through a handle, which must see the order to its end across whatever happens meanwhile. */
    private int placeAndWatch(TwsClient client, boolean async, boolean buy) {
        if (async) {
            var order = client.async().order(TRADED);
            AsyncOrderHandle handle = buy ? order.buy(100).market().place() : order.sell(100).market().place();
            try (handle) {
                join(handle.acknowledged());
                join(handle.done());
                return handle.orderId();
            }
        }
        var order = client.order(TRADED);
        try (OrderHandle handle = buy ? order.buy(100).market().place() : order.sell(100).market().place()) {
            handle.awaitDone(PATIENCE);
            return handle.orderId();
        }
    }

    private void injectFaults(SimulatedGateway gateway, TwsClient client, List<StreamTally> streams) {
        for (int i = 1; i <= plan.faults(); i++) {
            long spacing = plan.spacing().toNanos();
            LockSupport.parkNanos(spacing / 5 + random.nextLong(Math.max(1, spacing - spacing / 5)));
            Fault fault = nextFault(nextOrder.get() < plan.orders());
            faultsByKind.merge(kind(fault), 1, Integer::sum);
            streams.forEach(StreamTally::mark);
            CompletableFuture<Void> done = gateway.inject(fault);
            try {
                done.get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                // a frame countdown with no frames coming: the orders ran out meanwhile
                faultsByKind.merge("disconnect (countdown unfinished)", 1, Integer::sum);
                join(gateway.inject(Fault.disconnect()));
            } catch (ExecutionException e) {
                throw new IllegalStateException("fault " + fault + " failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            int[] before = streams.stream().mapToInt(tally -> tally.resumedBefore).toArray();
            BooleanSupplier recovered = () -> client.isConnected() && streams.stream().allMatch(StreamTally::resumedSinceMark);
            if (!awaitQuietly(recovered)) {
                long stuck = streams.stream().filter(tally -> !tally.resumedSinceMark()).count();
                missedResumptions.merge(kind(fault), (int) stuck, Integer::sum);
                if (missedDetails.size() < 5) {
                    missedDetails.add("fault " + i + " (" + fault + "): " + stuck + " stream(s) not resumed within " + PATIENCE
                            + "; " + streams.stream().filter(tally -> !tally.resumedSinceMark()).findFirst().map(StreamTally::describe).orElse(""));
                }
            }
            streams.forEach(StreamTally::mark);
        }
    }

    /** Picks the next fault; faults that need frames from the client only while orders are still being placed. */
    private Fault nextFault(boolean ordersFlowing) {
        int roll = random.nextInt(ordersFlowing ? 10 : 6);
        return switch (roll) {
            case 0, 1, 2 -> Fault.disconnect();
            case 3 -> Fault.restart(Duration.ofMillis(50 + random.nextInt(150)));
            case 4, 5 -> Fault.connectivityLost(Duration.ofMillis(20 + random.nextInt(80)), false);
            case 6, 7 -> Fault.dropAfterFrames(1 + random.nextInt(3));
            default -> Fault.closeAfterFrames(1 + random.nextInt(3));
        };
    }

    private static String kind(Fault fault) {
        return switch (fault) {
            case Fault.ConnectivityLost lost -> "connectivity lost (1101)";
            default -> fault.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        };
    }

    /** Lets the gateway finish every order, then compares what it booked with what the client said and showed. */
    private SoakReport settle(TwsClient client, List<StreamTally> streams, Duration elapsed) {
        awaitQuietly(client::isConnected);
        awaitQuietly(() -> client.openOrders().isEmpty());
        List<Fill> booked = client.executions(ExecutionFilter.builder().clientId(CLIENT_ID).build());
        Set<Integer> atGateway = new HashSet<>();
        booked.forEach(fill -> atGateway.add(fill.execution().orderId()));
        client.completedOrders(true).forEach(done -> atGateway.add(done.order().orderId()));
        client.openOrders().forEach(open -> atGateway.add(open.orderId()));
        Set<String> bookedIds = new HashSet<>();
        Map<Integer, BigDecimal> filledByOrder = new HashMap<>();
        for (Fill fill : booked) {
            bookedIds.add(fill.execution().execId());
            filledByOrder.merge(fill.execution().orderId(), fill.execution().shares(), BigDecimal::add);
        }
        // the stream runs behind the listing by at most the messages in flight
        awaitQuietly(() -> executionsSeen.keySet().containsAll(bookedIds) && commissionsSeen.keySet().containsAll(bookedIds));
        List<Long> resumes = new ArrayList<>();
        streams.forEach(tally -> resumes.addAll(tally.resumeToFirstItem));
        return new SoakReport(plan, elapsed, faultsByKind, acknowledged.size(), notReceived.size(), notWritten.get(),
                new TreeMap<>(rejectedByCode),
                acknowledged.stream().filter(id -> !atGateway.contains(id)).count(),
                notReceived.stream().filter(atGateway::contains).count(),
                new TreeMap<>(undefined), bookedIds.size(),
                bookedIds.stream().filter(id -> !executionsSeen.containsKey(id)).count(),
                executionsSeen.values().stream().filter(count -> count > 1).count(),
                bookedIds.stream().filter(id -> !commissionsSeen.containsKey(id)).count(),
                commissionsSeen.values().stream().filter(count -> count > 1).count(),
                filledByOrder.values().stream().filter(filled -> filled.compareTo(QUANTITY) > 0).count(),
                (int) streams.stream().filter(tally -> tally.flowing() && !tally.ended).count(),
                (int) streams.stream().filter(tally -> tally.ended).count(), missedResumptions, missedDetails, resumes);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TwsException tws) {
                throw tws;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer within " + PATIENCE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        if (!awaitQuietly(condition)) {
            throw new IllegalStateException("not reached within " + PATIENCE + ": " + what);
        }
    }

    /** Polls a condition until it holds or the patience runs out; returns whether it held. */
    private static boolean awaitQuietly(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!safely(condition)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            LockSupport.parkNanos(2_000_000);
        }
        return true;
    }

    private static boolean safely(BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (TwsException e) {
            return false;   // a listing cut off by a fault: ask again
        }
    }
}
