package io.tws4j.client.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.tws4j.client.ClientOptions;
import io.tws4j.client.PacingRules;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.Action;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderType;
import io.tws4j.orders.codec.OrdersCodec;
import io.tws4j.protocol.proto.OrdersProto.PlaceOrderRequest;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.junit5.SimulatedGatewayExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A body given as a supplier is built when its frame is written, under the write lock, also when
 * it waited for its pacing turn: what it takes (an order id) reaches the gateway in the order it
 * was taken, whatever the number of threads.
 */
class DeferredBodyIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Contract AAPL = Contract.stock("AAPL").build();

    @RegisterExtension
    static final SimulatedGatewayExtension gateway = SimulatedGatewayExtension.perMethod();

    @Test
    void idsTakenWhileWritingReachTheGatewayInIncreasingOrder() throws Exception {
        // a quick rate, so that most orders wait for their turn and are written by the writer thread
        ClientOptions options = ClientOptions.builder().address(gateway.get().address()).clientId(1)
                .pacing(PacingRules.tws().withMessageRate(20, Duration.ofMillis(100)).withMargin(Duration.ZERO)).build();
        int threads = 16;
        int perThread = 10;
        ConcurrentLinkedQueue<Integer> taken = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Void>> written = new ArrayList<>();
        try (Core core = Core.connect(options, new NoticeHub());
             ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            Order order = Order.builder().action(Action.BUY).totalQuantity(1).orderType(OrderType.MARKET).build();
            CountDownLatch start = new CountDownLatch(1);
            List<java.util.concurrent.Future<List<CompletableFuture<Void>>>> senders = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                senders.add(pool.submit(() -> {
                    start.await();
                    List<CompletableFuture<Void>> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(core.send(OutMessage.PLACE_ORDER, () -> {
                            int id = core.orderIds().next();
                            taken.add(id);
                            return OrdersCodec.placeOrderRequest(id, AAPL, order);
                        }));
                    }
                    return mine;
                }));
            }
            start.countDown();
            for (var sender : senders) {
                written.addAll(sender.get());
            }
            CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).get(WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);

            List<Integer> received = new ArrayList<>();
            for (int i = 0; i < threads * perThread; i++) {
                received.add(gateway.get().takeRequest(OutMessage.PLACE_ORDER, WAIT).orElseThrow()
                        .body(PlaceOrderRequest.class).getOrderId());
            }
            assertThat(received).isSorted().doesNotHaveDuplicates().hasSize(threads * perThread);
            assertThat(received).containsExactlyElementsOf(List.copyOf(taken));
        }
    }
}
