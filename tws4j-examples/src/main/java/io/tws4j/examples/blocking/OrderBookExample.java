package io.tws4j.examples.blocking;

import io.tws4j.client.TwsClient;
import io.tws4j.client.marketdata.OrderBook;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.marketdata.OrderBookSnapshot;
import java.time.Duration;

/** AAPL's order book, five rows of SMART depth, kept up to date from the depth stream. Argument: {@code [host:port]}. */
public final class OrderBookExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100);
             OrderBook book = client.marketDepth(Contract.stock("AAPL").build(), 5).smartDepth().orderBook()) {
            OrderBookSnapshot snapshot = book.awaitUpdate(10, Duration.ofSeconds(10));
            System.out.println("Order book after " + snapshot.updates() + " row updates:");
            for (int row = 0; row < Math.min(snapshot.bids().size(), snapshot.asks().size()); row++) {
                var bid = snapshot.bids().get(row);
                var ask = snapshot.asks().get(row);
                System.out.printf("  %8s %10.2f x %-6s | %10.2f x %-6s %s%n", bid.marketMaker(), bid.price(),
                        bid.size().toPlainString(), ask.price(), ask.size().toPlainString(), ask.marketMaker());
            }
        }
    }
}
