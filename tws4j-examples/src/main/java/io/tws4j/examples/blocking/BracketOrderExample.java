package io.tws4j.examples.blocking;

import io.tws4j.client.TwsClient;
import io.tws4j.client.orders.BracketIds;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;

/**
 * Places a bracket: buy 100 AAPL at a limit of 150, take profit at 160, stop the loss at 145.
 * The three ids are reserved at once, and nothing executes before the whole bracket has arrived.
 * Argument: {@code [host:port]}.
 */
public final class BracketOrderExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            Contract contract = Contract.stock("AAPL").build();

            BracketIds ids = client.order(contract).buy(100).bracket()
                    .entryLimit(150.00).takeProfit(160.00).stopLoss(145.00)
                    .submitAll();

            System.out.println("Bracket order IDs - Parent: " + ids.parent() + ", TP: " + ids.takeProfit()
                    + ", SL: " + ids.stopLoss());
            client.openOrders().forEach(open -> System.out.println("Open order " + open.orderId() + ": "
                    + open.order().describe() + ", " + open.state().status()));
        }
    }
}
