package io.tws4j.examples.blocking;

import io.tws4j.client.OrderNotReceivedException;
import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;

/**
 * Places a market buy of 100 AAPL and a good-till-cancel limit sell of 50 that may work outside
 * regular hours, each returning once TWS has acknowledged it, then ten small resting orders as
 * fast as they can be written ({@code submitNoWait}), and lists the orders still open. An order
 * the gateway never received (the connection dropped first) is said so, and is safe to send
 * again. Argument: {@code [host:port]}.
 */
public final class PlaceOrdersExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            Contract contract = Contract.stock("AAPL").build();

            try {
                int orderId = client.order(contract).buy(100).market().submit();
                System.out.println("Order submitted with ID: " + orderId + " (acknowledged by TWS)");

                int limitId = client.order(contract).sell(50).limit(150.00).goodTillCancel().outsideRth().submit();
                System.out.println("Limit order submitted with ID: " + limitId);
            } catch (OrderNotReceivedException e) {
                System.out.println("TWS never received the order; it is safe to send it again: " + e.getMessage());
            }

            for (int i = 0; i < 10; i++) {
                int id = client.order(contract).buy(1).limit(100.00).submitNoWait();   // follow it on the order update stream
                System.out.println("Resting order written with ID: " + id);
            }

            client.openOrders().forEach(open -> System.out.println("Open order " + open.orderId() + ": "
                    + open.order().describe() + " " + open.contract().symbol() + ", " + open.state().status()));
        }
    }
}
