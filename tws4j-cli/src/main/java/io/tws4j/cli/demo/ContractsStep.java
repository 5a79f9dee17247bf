package io.tws4j.cli.demo;

import io.tws4j.client.TwsClient;
import io.tws4j.client.TwsException;
import io.tws4j.contracts.Contract;
import io.tws4j.contracts.ContractDetails;
import io.tws4j.contracts.OptionChain;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TickerSnapshot;
import io.tws4j.marketdata.TickerState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The contract builder's examples, each looked up with contract details and quoted with a market
 * data snapshot (all snapshots at once, as TWS may take seconds over each).
 */
final class ContractsStep implements DemoStep {
    /** TWS collects a snapshot for up to 11 seconds. */
    private static final Duration SNAPSHOT_TIMEOUT = Duration.ofSeconds(12);

    private record Example(String label, Function<TwsClient, Contract> contract) {}

    private static final List<Example> EXAMPLES = List.of(
            new Example("Contract.stock(\"TSLA\")", client -> Contract.stock("TSLA").build()),
            new Example("Contract.stock(\"7203\") TSEJ JPY",
                    client -> Contract.stock("7203").onExchange("TSEJ").inCurrency("JPY").build()),
            new Example("Contract.call(\"AAPL\")", ContractsStep::aaplCall),
            new Example("frontMonth(futures(\"ES\"))", client -> client.frontMonth(Contract.futures("ES"))),
            new Example("Contract.forex(\"EUR\", \"USD\")", client -> Contract.forex("EUR", "USD").build()),
            new Example("Contract.bondCusip(\"912810RN0\")", client -> Contract.bondCusip("912810RN0").build()),
            new Example("Contract.bondIsin(\"DE0001102309\")", client -> Contract.bondIsin("DE0001102309").build()));

    @Override
    public String title() {
        return "Contracts and snapshots";
    }

    @Override
    public void run(TwsClient client, DemoOutput out) {
        List<ContractDetails> details = new ArrayList<>();
        List<CompletableFuture<List<Tick>>> snapshots = new ArrayList<>();
        for (Example example : EXAMPLES) {
            try {
                ContractDetails found = client.contractDetails(example.contract().apply(client)).getFirst();
                details.add(found);
                snapshots.add(client.async().marketData(found.contract()).snapshotOnce(SNAPSHOT_TIMEOUT));
            } catch (TwsException e) {
                details.add(null);
                snapshots.add(CompletableFuture.failedFuture(e));
            }
        }
        for (int i = 0; i < EXAMPLES.size(); i++) {
            out.line(EXAMPLES.get(i).label());
            if (details.get(i) == null) {
                out.line("    " + quote(snapshots.get(i)));
                continue;
            }
            Contract contract = details.get(i).contract();
            out.line("    " + contract.localSymbol().strip() + " " + contract.secType() + " " + contract.exchange() + " "
                    + contract.currency() + ", conId " + contract.conId() + ", " + details.get(i).longName());
            out.line("    " + quote(snapshots.get(i)));
        }
    }

    /** An AAPL call from the listed chain: the second expiry, the strike in the middle. */
    private static Contract aaplCall(TwsClient client) {
        Contract aapl = client.contractDetails(Contract.stock("AAPL").build()).getFirst().contract();
        OptionChain chain = client.optionChain(aapl).getFirst();
        return Contract.call("AAPL").strike(chain.strikes().get(chain.strikes().size() / 2))
                .expiresOn(chain.expirations().get(Math.min(1, chain.expirations().size() - 1))).build();
    }

    /** The snapshot's quote in one line, folded with the same state a ticker keeps. */
    private static String quote(CompletableFuture<List<Tick>> snapshot) {
        TickerState state = new TickerState();
        try {
            snapshot.join().forEach(state::apply);
        } catch (CompletionException e) {
            return "unavailable: " + (e.getCause() instanceof TwsException tws ? tws.getMessage() : e.getCause());
        }
        TickerSnapshot quote = state.snapshot();
        String last = quote.last().isPresent() ? "last " + DemoFormat.price(quote.last().getAsDouble())
                : quote.close().isPresent() ? "close " + DemoFormat.price(quote.close().getAsDouble()) : "no last";
        if (quote.bid().isEmpty() || quote.ask().isEmpty()) {
            return "no quote (market closed), " + last;
        }
        String text = "bid " + DemoFormat.price(quote.bid().getAsDouble()) + quote.bidSize().map(size -> " x " + DemoFormat.size(size)).orElse("")
                + "  ask " + DemoFormat.price(quote.ask().getAsDouble()) + quote.askSize().map(size -> " x " + DemoFormat.size(size)).orElse("")
                + "  " + last;
        return quote.modelGreeks().flatMap(greeks -> greeks.delta().isPresent()
                ? Optional.of(String.format("  delta %.3f", greeks.delta().getAsDouble())) : Optional.empty())
                .map(text::concat).orElse(text);
    }
}
