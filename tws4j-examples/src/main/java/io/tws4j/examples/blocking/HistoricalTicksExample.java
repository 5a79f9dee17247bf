package io.tws4j.examples.blocking;

import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.historical.HistoricalTrade;
import java.time.Instant;
import java.util.List;

/**
 * Every AAPL trade of twenty minutes: more than TWS's 1,000 ticks a request, so tws4j pages.
 * Argument: {@code [host:port]}.
 */
public final class HistoricalTicksExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            List<HistoricalTrade> trades = client.historicalTicks(Contract.stock("AAPL").build())
                    .between(Instant.parse("2023-04-11T14:00:00Z"), Instant.parse("2023-04-11T14:20:00Z"))
                    .trades();

            System.out.println(trades.size() + " trades from " + trades.getFirst().time() + " to " + trades.getLast().time());
            System.out.println("first: " + trades.getFirst());
        }
    }
}
