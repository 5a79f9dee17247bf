package io.tws4j.examples.blocking;

import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;

/**
 * Places a market buy of 100 AAPL and a good-till-cancel limit sell of 50 that may work outside
 * regular hours, prints their order ids, then lists the orders still open. Argument:
 * {@code [host:port]}.
 */
public final class PlaceOrdersExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            Contract contract = Contract.stock("AAPL").build();

            int orderId = client.order(contract).buy(100).market().submit();
            System.out.println("Order submitted with ID: " + orderId);

            int limitId = client.order(contract).sell(50).limit(150.00).goodTillCancel().outsideRth().submit();
            System.out.println("Limit order submitted with ID: " + limitId);

            client.openOrders().forEach(open -> System.out.println("Open order " + open.orderId() + ": "
                    + open.order().describe() + " " + open.contract().symbol() + ", " + open.state().status()));
        }
    }
}
