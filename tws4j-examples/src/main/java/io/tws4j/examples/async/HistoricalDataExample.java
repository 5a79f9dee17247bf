package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.WhatToShow;
import java.time.Instant;

/**
 * The rust-ibapi README's asynchronous "Requesting Historical Market Data": the same query, its
 * bars arriving as a future. Argument: {@code [host:port]}.
 */
public final class HistoricalDataExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient client = AsyncTwsClient.connect(gateway.address(), 100).join();
            try (client) {
                Contract contract = Contract.stock("AAPL").build();

                client.historicalData(contract, BarSize.HOURS_1)
                        .endingAt(Instant.parse("2023-04-11T20:00:00Z"))
                        .duration(HistoricalDuration.days(1))
                        .whatToShow(WhatToShow.TRADES)
                        .tradingHours(MarketHours.REGULAR)
                        .fetch()
                        .thenAccept(historicalData -> {
                            System.out.println("start: " + historicalData.start() + ", end: " + historicalData.end());
                            historicalData.bars().forEach(System.out::println);
                        })
                        .join();
            }
        }
    }
}
