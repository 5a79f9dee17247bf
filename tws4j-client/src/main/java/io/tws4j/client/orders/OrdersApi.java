package io.tws4j.client.orders;

import io.tws4j.client.Subscription;
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

/**
 * Orders, blocking: a fluent order builder, placing orders with or without watching them,
 * modifying (placing again under the same id), cancelling, the order update stream, open and
 * completed orders, executions and option exercise. Every order-sending call checks the order
 * first and refuses to send anything when the client is read-only.
 *
 * {@snippet :
 * Contract aapl = Contract.stock("AAPL").build();
 * int id = client.order(aapl).buy(100).market().submit();
 * BracketIds bracket = client.order(aapl).buy(100).bracket().entryLimit(150).takeProfit(160).stopLoss(145).submitAll();
 * }
 *
 * @see AsyncOrdersApi the same requests, asynchronous
 */
public interface OrdersApi {

    /**
     * Starts describing an order for {@code contract}; its terminals submit, place, analyze or
     * bracket it.
     *
     * {@snippet :
     * OrderHandle order = client.order(aapl).sell(50).limit(150.00).goodTillCancel().outsideRth().place();
     * }
     */
    OrderQuery order(Contract contract);

    /**
     * Places an order under {@code orderId} (a fresh id from {@code nextOrderId()}, or an open
     * order's id to modify it) and returns a handle on its updates once TWS has acknowledged it
     * (a modification: once TWS next reports the order). The handle's stream is open before the
     * order goes out.
     *
     * {@snippet :
     * Order order = Order.builder().action(Action.BUY).totalQuantity(100).orderType(OrderType.LIMIT).limitPrice(150).build();
     * try (OrderHandle handle = client.placeOrder(client.nextOrderId(), aapl, order)) {
     *     System.out.println(handle.awaitDone(Duration.ofMinutes(1)).status());
     * }
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if the order is incomplete or contradictory; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException if TWS rejected it, with its code
     * @throws io.tws4j.client.OrderNotReceivedException if the gateway never received it; safe to send again
     * @throws io.tws4j.client.OrderNotAcknowledgedException if TWS said nothing within the request timeout
     *         although the connection stayed up; do not send it again
     */
    OrderHandle placeOrder(int orderId, Contract contract, Order order);

    /**
     * Sends an order under {@code orderId} without watching it, and returns once TWS has
     * acknowledged it. Sending an open order's id again modifies that order (TWS changes its
     * price, quantity and other working fields), acknowledged when TWS next reports the order;
     * its updates continue on its handle and the order update stream.
     *
     * {@snippet :
     * client.submitOrder(id, aapl, order.toBuilder().limitPrice(151).build());    // modify
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if the order is incomplete or contradictory; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException if TWS rejected it, with its code
     * @throws io.tws4j.client.OrderNotReceivedException if the gateway never received it; safe to send again
     * @throws io.tws4j.client.OrderNotAcknowledgedException if TWS said nothing within the request timeout
     *         although the connection stayed up; do not send it again
     */
    void submitOrder(int orderId, Contract contract, Order order);

    /**
     * Asks TWS to cancel an order. TWS answers on the order's stream: notice 202 and a Cancelled
     * status, or 10147 (no such order) or 10148 (already done).
     *
     * {@snippet :
     * client.cancelOrder(id);
     * }
     *
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     */
    void cancelOrder(int orderId);

    /**
     * Cancels an order, recording the time a person decided to (regulatory, for manual orders).
     *
     * {@snippet :
     * client.cancelOrder(id, Instant.now());
     * }
     *
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     */
    void cancelOrder(int orderId, Instant manualCancelTime);

    /**
     * Cancels every open order of the account, whichever client (or TWS itself) placed it.
     *
     * {@snippet :
     * client.globalCancel();
     * }
     *
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     */
    void globalCancel();

    /**
     * Streams every order update this client receives: open orders, statuses, executions and
     * their commission reports (each once), bindings and completed orders, for every order, with
     * TWS's notices about orders as notice items. Across a lost connection it carries
     * {@link io.tws4j.client.StreamItem.Interrupted}, {@link io.tws4j.client.StreamItem.Resumed},
     * what the orders did meanwhile, then {@link io.tws4j.client.StreamItem.Reconciled} with the
     * reconciliation's report (see {@code docs/recovery.md}). Sends nothing; close it to stop.
     *
     * {@snippet :
     * try (Subscription<OrderUpdate> updates = client.orderUpdateStream()) {
     *     for (OrderUpdate update : updates.data()) {
     *         if (update instanceof OrderStatusUpdate status && status.status().isTerminal()) {
     *             break;
     *         }
     *     }
     * }
     * }
     */
    Subscription<OrderUpdate> orderUpdateStream();

    /**
     * Returns this client's open orders (client 0 also binds and gets the orders entered in TWS).
     *
     * {@snippet :
     * client.openOrders().forEach(open -> System.out.println(open.orderId() + " " + open.order().describe()));
     * }
     */
    List<OpenOrder> openOrders();

    /**
     * Returns every open order of the account, whichever client placed it.
     *
     * {@snippet :
     * int working = client.allOpenOrders().size();
     * }
     */
    List<OpenOrder> allOpenOrders();

    /**
     * Returns client 0's open orders and, with {@code autoBind}, binds orders entered in TWS to
     * it from now on. Only client 0 may ask (TWS error 327 otherwise).
     *
     * {@snippet :
     * List<OpenOrder> bound = client.autoOpenOrders(true);
     * }
     *
     * @throws io.tws4j.client.RequestRejectedException with code 327 for a client id other than 0
     */
    List<OpenOrder> autoOpenOrders(boolean autoBind);

    /**
     * Returns the account's filled and cancelled orders of the day.
     *
     * {@snippet :
     * client.completedOrders(true).forEach(done -> System.out.println(done.state().completedStatus()));
     * }
     */
    List<CompletedOrder> completedOrders(boolean apiOnly);

    /**
     * Returns the day's executions the filter matches, each paired with its commission report.
     *
     * {@snippet :
     * List<Fill> fills = client.executions(ExecutionFilter.builder().symbol("AAPL").build());
     * }
     */
    List<Fill> executions(ExecutionFilter filter);

    /**
     * Exercises options, or lets them lapse, and returns a handle on the instruction's updates.
     *
     * {@snippet :
     * client.exerciseOptions(call, ExerciseAction.EXERCISE, 1, "", false).awaitDone(Duration.ofSeconds(30));
     * }
     *
     * @param override whether to override TWS's default action at expiry
     * @throws io.tws4j.client.InvalidRequestException if the quantity is not positive or the option unidentified; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     */
    OrderHandle exerciseOptions(Contract option, ExerciseAction action, int quantity, String account, boolean override);
}
