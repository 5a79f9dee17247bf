package io.tws4j.examples.blocking;

import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.marketdata.Hours;
import io.tws4j.marketdata.RealTimeBar;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed README's multi-threading example: one client shared by two threads, each reading a
 * subscription of its own. Every request has its own id, so each thread gets exactly its
 * symbol's bars. Argument: {@code [host:port]}.
 */
public final class RealTimeBarsThreadsExample {

    public static void main(String[] args) throws InterruptedException {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            List<Thread> threads = new ArrayList<>();
            for (String symbol : List.of("AAPL", "NVDA")) {
                threads.add(Thread.ofPlatform().name("bars-" + symbol).start(() -> {
                    Contract contract = Contract.stock(symbol).build();
                    try (Subscription<RealTimeBar> subscription = client.realTimeBars(contract)
                            .tradingHours(Hours.EXTENDED).subscribe()) {
                        int seen = 0;
                        for (RealTimeBar bar : subscription.data()) {
                            System.out.println(symbol + " bar: " + bar.time() + " close " + bar.close());
                            if (++seen == 2) {
                                break;
                            }
                        }
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }
}
