package io.tws4j.examples.blocking;

import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.marketdata.Hours;
import io.tws4j.marketdata.RealTimeBar;
import java.util.Iterator;

/**
 * The seed README's "iterate over multiple contracts": AAPL and NVDA bars read in step, as Rust
 * zips two iterators; the loop stops when either stream ends (here after three pairs).
 * Argument: {@code [host:port]}.
 */
public final class RealTimeBarsZipExample {

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100);
             Subscription<RealTimeBar> aapl = client.realTimeBars(Contract.stock("AAPL").build())
                     .tradingHours(Hours.EXTENDED).subscribe();
             Subscription<RealTimeBar> nvda = client.realTimeBars(Contract.stock("NVDA").build())
                     .tradingHours(Hours.EXTENDED).subscribe()) {
            Iterator<RealTimeBar> left = aapl.data().iterator();
            Iterator<RealTimeBar> right = nvda.data().iterator();
            for (int pairs = 0; pairs < 3 && left.hasNext() && right.hasNext(); pairs++) {
                RealTimeBar barAapl = left.next();
                RealTimeBar barNvda = right.next();
                System.out.println("AAPL " + barAapl.close() + ", NVDA " + barNvda.close() + " at " + barAapl.time());
            }
        }
    }
}
