package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.client.OrderNotReceivedException;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;

/**
 * Places a market buy of 100 AAPL and a bracket order asynchronously, prints their ids once TWS
 * has acknowledged them, and counts the orders still open.
 * Argument: {@code [host:port]}.
 */
public final class PlaceOrdersExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient client = AsyncTwsClient.connect(gateway.address(), 100).join();
            try (client) {
                Contract contract = Contract.stock("AAPL").build();

                client.order(contract).buy(100).market().submit()
                        .thenAccept(orderId -> System.out.println("Order submitted with ID: " + orderId + " (acknowledged by TWS)"))
                        .exceptionally(error -> {
                            if (error.getCause() instanceof OrderNotReceivedException notReceived) {
                                System.out.println("TWS never received the order; safe to send it again: " + notReceived.getMessage());
                            }
                            return null;
                        })
                        .join();

                client.order(contract).buy(100).bracket()
                        .entryLimit(150.00).takeProfit(160.00).stopLoss(145.00)
                        .submitAll()
                        .thenAccept(ids -> System.out.println("Bracket order IDs - Parent: " + ids.parent()
                                + ", TP: " + ids.takeProfit() + ", SL: " + ids.stopLoss()))
                        .join();

                client.openOrders()
                        .thenAccept(orders -> System.out.println("Open orders: " + orders.size()))
                        .join();
            }
        }
    }
}
