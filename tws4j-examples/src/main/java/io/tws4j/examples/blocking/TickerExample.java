package io.tws4j.examples.blocking;

import io.tws4j.client.TwsClient;
import io.tws4j.client.marketdata.Ticker;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.marketdata.TickerSnapshot;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A ticker: AAPL's latest quote, trade and volume, kept up to date and read as consistent
 * snapshots; waits for a few dozen ticks between reads. Argument: {@code [host:port]}.
 */
public final class TickerExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100);
             Ticker aapl = client.ticker(Contract.stock("AAPL").build())) {
            TickerSnapshot quote = aapl.awaitUpdate(0, Duration.ofSeconds(10));
            for (int read = 0; read < 3; read++) {
                quote = aapl.awaitUpdate(quote.updates() + 25, Duration.ofSeconds(10));
                System.out.printf("AAPL bid %.2f ask %.2f last %.2f volume %s (%d ticks)%n", quote.bid().orElse(Double.NaN),
                        quote.ask().orElse(Double.NaN), quote.last().orElse(Double.NaN),
                        quote.volume().map(BigDecimal::toPlainString).orElse("-"), quote.updates());
            }
        }
    }
}
