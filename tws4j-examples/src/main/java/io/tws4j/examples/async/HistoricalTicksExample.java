package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.WhatToShow;
import java.time.Instant;

/**
 * The last 1,500 AAPL midpoints before an instant, paged backward, and when AAPL's trade
 * history begins, asked for at once. Argument: {@code [host:port]}.
 */
public final class HistoricalTicksExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient client = AsyncTwsClient.connect(gateway.address(), 100).join();
            try (client) {
                Contract aapl = Contract.stock("AAPL").build();

                client.historicalTicks(aapl).ending(Instant.parse("2023-04-11T15:00:00Z")).limit(1_500).midpoints()
                        .thenCombine(client.headTimestamp(aapl, WhatToShow.TRADES, MarketHours.REGULAR), (midpoints, head) ->
                                midpoints.size() + " midpoints up to " + midpoints.getLast().time() + "; trades since " + head)
                        .thenAccept(System.out::println)
                        .join();
            }
        }
    }
}
