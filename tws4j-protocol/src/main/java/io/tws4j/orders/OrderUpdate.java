package io.tws4j.orders;

/**
 * One event in the life of an order, as TWS reports it: the order itself ({@link OpenOrder},
 * {@link CompletedOrder}), its status ({@link OrderStatusUpdate}), a fill ({@link ExecutionReport}),
 * the fill's commission ({@link CommissionReport}), or TWS binding a manual order to a client
 * ({@link OrderBound}).
 *
 * {@snippet :
 * switch (update) {
 *     case OrderStatusUpdate status -> System.out.println(status.orderId() + " " + status.status());
 *     case OpenOrder open -> System.out.println(open.order().describe() + " " + open.contract().symbol());
 *     case ExecutionReport fill -> System.out.println(fill.execution().shares() + " @ " + fill.execution().price());
 *     case CommissionReport commission -> System.out.println("commission " + commission.commission());
 *     case OrderBound bound -> System.out.println("bound as " + bound.orderId());
 *     case CompletedOrder done -> System.out.println("completed " + done.state().completedStatus());
 * }
 * }
 */
public sealed interface OrderUpdate
        permits OpenOrder, OrderStatusUpdate, ExecutionReport, CommissionReport, OrderBound, CompletedOrder {}
