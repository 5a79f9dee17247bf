package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.marketdata.TickerState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Snapshots of three contracts at once, each a future of its ticks, folded into quotes with the
 * same state a ticker keeps. Argument: {@code [host:port]}.
 */
public final class SnapshotExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient client = AsyncTwsClient.connect(gateway.address(), 100).join();
            try (client) {
                List<Contract> contracts = List.of(Contract.stock("TSLA").build(), Contract.forex("EUR", "USD").build(),
                        Contract.crypto("ETH").build());
                List<CompletableFuture<Void>> printed = contracts.stream()
                        .map(contract -> client.marketData(contract).snapshotOnce(Duration.ofSeconds(12)).thenAccept(ticks -> {
                            TickerState state = new TickerState();
                            ticks.forEach(state::apply);
                            var quote = state.snapshot();
                            System.out.println("Snapshot of " + contract.symbol() + ": bid " + quote.bid().orElse(Double.NaN)
                                    + " ask " + quote.ask().orElse(Double.NaN));
                        }))
                        .toList();
                CompletableFuture.allOf(printed.toArray(CompletableFuture[]::new)).join();
            }
        }
    }
}
