package io.tws4j.examples.blocking;

import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.marketdata.Hours;
import io.tws4j.marketdata.RealTimeBar;

/**
 * The seed README's first real-time example: AAPL's five-second bars over extended hours,
 * iterating the data only (notices are logged); stops after three bars, which closes the
 * subscription and cancels it at TWS. Argument: {@code [host:port]}.
 */
public final class RealTimeBarsExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            Contract contract = Contract.stock("AAPL").build();
            try (Subscription<RealTimeBar> subscription = client.realTimeBars(contract)
                    .tradingHours(Hours.EXTENDED)
                    .subscribe()) {
                int seen = 0;
                for (RealTimeBar bar : subscription.data()) {      // an error ends the stream and is thrown here
                    System.out.println("bar: " + bar);
                    if (++seen == 3) {
                        break;
                    }
                }
            }
        }
    }
}
