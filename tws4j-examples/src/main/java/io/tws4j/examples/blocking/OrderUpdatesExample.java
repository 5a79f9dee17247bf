package io.tws4j.examples.blocking;

import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import java.time.Duration;

/**
 * Monitors every order on the order update stream (statuses, open orders, executions and their
 * commissions, and what a lost connection did: interrupted, resumed, reconciled) from a thread of
 * its own, places a market buy of 100 AAPL, and stops when the
 * order is done, or after three seconds (a closed market leaves it waiting). Argument:
 * {@code [host:port]}.
 */
public final class OrderUpdatesExample {

    public static void main(String[] args) throws InterruptedException {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100);
             Subscription<OrderUpdate> stream = client.orderUpdateStream()) {
            Thread monitor = Thread.ofVirtual().start(() -> {
                for (StreamItem<OrderUpdate> item : stream) {
                    switch (item) {
                        case StreamItem.Data<OrderUpdate>(OrderStatusUpdate status) -> {
                            System.out.println("Order " + status.orderId() + " Status: " + status.status());
                            System.out.println(" Filled: " + status.filled() + ", Remaining: " + status.remaining());
                        }
                        case StreamItem.Data<OrderUpdate>(OpenOrder open) -> System.out.println("Open Order " + open.orderId() + ": "
                                + open.order().action() + " " + open.contract().symbol());
                        case StreamItem.Data<OrderUpdate>(ExecutionReport execution) -> System.out.println("Execution: "
                                + execution.execution().shares() + " shares @ " + execution.execution().price());
                        case StreamItem.Data<OrderUpdate>(CommissionReport report) -> {
                            System.out.println("Commission: $" + report.commission());
                            return;
                        }
                        case StreamItem.Interrupted<OrderUpdate> lost -> System.out.println("Connection lost: " + lost.reason());
                        case StreamItem.Resumed<OrderUpdate> back -> System.out.println("Reconnected after " + back.gap().toMillis() + " ms");
                        case StreamItem.Reconciled<OrderUpdate>(var report) -> System.out.println("Reconciled: "
                                + report.fillsRecovered() + " missed fill(s) delivered, not received: " + report.notReceived());
                        default -> { }
                    }
                }
            });

            Contract contract = Contract.stock("AAPL").build();
            int orderId = client.order(contract).buy(100).market().submit();
            System.out.println("Order " + orderId + " submitted");

            if (!monitor.join(Duration.ofSeconds(3))) {
                System.out.println("Order " + orderId + " is still working");
            }
        }
    }
}
