package io.tws4j.examples.blocking;

import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.historical.Bar;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.HistoricalBars;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.WhatToShow;
import java.time.Instant;

/**
 * The rust-ibapi README's "Requesting Historical Market Data": AAPL's hourly bars of the trading
 * day ending 2023-04-11 20:00 UTC, trades, regular hours. Argument: {@code [host:port]}.
 */
public final class HistoricalDataExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            Contract contract = Contract.stock("AAPL").build();

            HistoricalBars historicalData = client.historicalData(contract, BarSize.HOURS_1)
                    .endingAt(Instant.parse("2023-04-11T20:00:00Z"))
                    .duration(HistoricalDuration.days(1))
                    .whatToShow(WhatToShow.TRADES)
                    .tradingHours(MarketHours.REGULAR)
                    .fetch();

            System.out.println("start: " + historicalData.start() + ", end: " + historicalData.end());
            for (Bar bar : historicalData.bars()) {
                System.out.println(bar);
            }
        }
    }
}
