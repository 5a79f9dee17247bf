package io.tws4j.client.orders;

import io.tws4j.client.Feed;
import io.tws4j.contracts.Contract;
import io.tws4j.orders.CompletedOrder;
import io.tws4j.orders.ExecutionFilter;
import io.tws4j.orders.ExerciseAction;
import io.tws4j.orders.Fill;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.Order;
import io.tws4j.orders.OrderUpdate;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Orders, asynchronous: the same requests as {@link OrdersApi}, with futures and feeds. A check
 * that keeps an order from being sent fails the future; the handle-returning calls throw it, as
 * there is no handle to give.
 *
 * {@snippet :
 * async.order(aapl).buy(100).market().submit().thenAccept(id -> System.out.println("order " + id));
 * }
 */
public interface AsyncOrdersApi {

    /**
     * Starts describing an order for {@code contract}.
     *
     * {@snippet :
     * async.order(aapl).sell(50).limit(150.00).goodTillCancel().outsideRth().submit();
     * }
     */
    AsyncOrderQuery order(Contract contract);

    /**
     * Places an order under {@code orderId} and returns a handle on its updates at once; its
     * {@link AsyncOrderHandle#acknowledged()} completes when TWS has acknowledged the order.
     *
     * {@snippet :
     * async.placeOrder(async.nextOrderId(), aapl, order).done().thenAccept(System.out::println);
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if the order is incomplete or contradictory; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     */
    AsyncOrderHandle placeOrder(int orderId, Contract contract, Order order);

    /**
     * Sends (or, under an open order's id, modifies) an order without watching it; the future
     * completes once TWS has acknowledged it, or fails as {@link OrdersApi#submitOrder} throws.
     *
     * {@snippet :
     * async.submitOrder(id, aapl, order.toBuilder().limitPrice(151).build());
     * }
     */
    CompletableFuture<Void> submitOrder(int orderId, Contract contract, Order order);

    /**
     * Asks TWS to cancel an order; the future completes once the request is sent.
     *
     * {@snippet :
     * async.cancelOrder(id);
     * }
     */
    CompletableFuture<Void> cancelOrder(int orderId);

    /**
     * Cancels an order, recording the time a person decided to.
     *
     * {@snippet :
     * async.cancelOrder(id, Instant.now());
     * }
     */
    CompletableFuture<Void> cancelOrder(int orderId, Instant manualCancelTime);

    /**
     * Cancels every open order of the account.
     *
     * {@snippet :
     * async.globalCancel();
     * }
     */
    CompletableFuture<Void> globalCancel();

    /**
     * Returns a feed of every order message this connection receives; each subscriber observes
     * from when it subscribes.
     *
     * {@snippet :
     * async.orderUpdateStream().data().subscribe(subscriber);
     * }
     */
    Feed<OrderUpdate> orderUpdateStream();

    /**
     * Returns this client's open orders.
     *
     * {@snippet :
     * async.openOrders().thenAccept(orders -> System.out.println(orders.size() + " open"));
     * }
     */
    CompletableFuture<List<OpenOrder>> openOrders();

    /**
     * Returns every open order of the account.
     *
     * {@snippet :
     * async.allOpenOrders().thenAccept(System.out::println);
     * }
     */
    CompletableFuture<List<OpenOrder>> allOpenOrders();

    /**
     * Returns client 0's open orders, binding orders entered in TWS.
     *
     * {@snippet :
     * async.autoOpenOrders(true);
     * }
     */
    CompletableFuture<List<OpenOrder>> autoOpenOrders(boolean autoBind);

    /**
     * Returns the day's filled and cancelled orders.
     *
     * {@snippet :
     * async.completedOrders(false).thenAccept(System.out::println);
     * }
     */
    CompletableFuture<List<CompletedOrder>> completedOrders(boolean apiOnly);

    /**
     * Returns the day's executions the filter matches, each with its commission report.
     *
     * {@snippet :
     * async.executions(ExecutionFilter.ALL).thenAccept(fills -> fills.forEach(System.out::println));
     * }
     */
    CompletableFuture<List<Fill>> executions(ExecutionFilter filter);

    /**
     * Exercises options, or lets them lapse, and returns a handle on the instruction's updates.
     *
     * {@snippet :
     * async.exerciseOptions(call, ExerciseAction.EXERCISE, 1, "", false).done().join();
     * }
     */
    AsyncOrderHandle exerciseOptions(Contract option, ExerciseAction action, int quantity, String account, boolean override);
}
