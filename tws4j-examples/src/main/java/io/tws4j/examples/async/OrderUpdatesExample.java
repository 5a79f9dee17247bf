package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.orders.CommissionReport;
import io.tws4j.orders.ExecutionReport;
import io.tws4j.orders.OpenOrder;
import io.tws4j.orders.OrderStatusUpdate;
import io.tws4j.orders.OrderUpdate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Subscribes to the order update stream as a {@link Flow.Publisher}, places a market buy of 100
 * AAPL, and prints its statuses, open orders, executions and commission until the commission
 * report arrives, or for three seconds (a closed market leaves it waiting). Argument:
 * {@code [host:port]}.
 */
public final class OrderUpdatesExample {

    public static void main(String[] args) throws InterruptedException {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient client = AsyncTwsClient.connect(gateway.address(), 100).join();
            try (client) {
                CountDownLatch commissioned = new CountDownLatch(1);
                client.orderUpdateStream().data().subscribe(new Flow.Subscriber<>() {
                    private Flow.Subscription subscription;

                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        this.subscription = subscription;
                        subscription.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(OrderUpdate update) {
                        switch (update) {
                            case OrderStatusUpdate status -> System.out.println("Order " + status.orderId() + " Status: "
                                    + status.status() + " (filled " + status.filled() + ", remaining " + status.remaining() + ")");
                            case OpenOrder open -> System.out.println("Open Order " + open.orderId() + ": "
                                    + open.order().action() + " " + open.contract().symbol());
                            case ExecutionReport fill -> System.out.println("Execution: " + fill.execution().shares()
                                    + " shares @ " + fill.execution().price());
                            case CommissionReport report -> {
                                System.out.println("Commission: $" + report.commission());
                                subscription.cancel();
                                commissioned.countDown();
                            }
                            default -> { }
                        }
                    }

                    @Override
                    public void onError(Throwable error) {
                        System.out.println("Order updates ended: " + error.getMessage());
                        commissioned.countDown();
                    }

                    @Override
                    public void onComplete() {
                        commissioned.countDown();
                    }
                });

                Contract contract = Contract.stock("AAPL").build();
                int orderId = client.order(contract).buy(100).market().submit().join();
                System.out.println("Order " + orderId + " submitted");
                if (!commissioned.await(3, TimeUnit.SECONDS)) {
                    System.out.println("Order " + orderId + " is still working");
                }
            }
        }
    }
}
