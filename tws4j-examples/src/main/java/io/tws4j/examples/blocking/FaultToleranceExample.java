package io.tws4j.examples.blocking;

import io.tws4j.client.ConnectionResetException;
import io.tws4j.client.StreamItem;
import io.tws4j.client.Subscription;
import io.tws4j.client.TwsClient;
import io.tws4j.client.TwsException;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.marketdata.Hours;
import io.tws4j.marketdata.RealTimeBar;

/**
 * Fault tolerance, after the seed README's recipe: AAPL's five-second bars in a loop that
 * subscribes again when the stream ends with a {@link ConnectionResetException}. tws4j resumes
 * streams by itself (on by default): across a reconnect the same subscription goes on, and says
 * so with {@link StreamItem.Interrupted} and {@link StreamItem.Resumed} items, so the loop runs
 * once; it is kept for clients that turn resuming off ({@code resumeOnReconnect(false)},
 * {@code ClientOptions.resumeStreams(false)}). On the embedded gateway the connection is dropped
 * after the second bar; against a running TWS, restart it to see the gap. Stops after four bars.
 * Argument: {@code [host:port]}.
 */
public final class FaultToleranceExample {
    private static final int BARS = 4;

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            Contract contract = Contract.stock("AAPL").build();
            int bars = 0;
            stream:
            while (true) {      // the seed's loop: with resuming on it never goes round a second time
                try (Subscription<RealTimeBar> subscription = client.realTimeBars(contract)
                        .tradingHours(Hours.EXTENDED)
                        .subscribe()) {
                    for (StreamItem<RealTimeBar> item : subscription) {
                        switch (item) {
                            case StreamItem.Data<RealTimeBar>(var bar) -> {
                                System.out.println("bar: " + bar);
                                bars++;
                                if (bars == 2 && gateway.dropConnections()) {
                                    System.out.println("(the gateway dropped the connection)");
                                }
                                if (bars == BARS) {
                                    break stream;
                                }
                            }
                            case StreamItem.Notice<RealTimeBar>(var notice) -> System.out.println("notice: " + notice);
                            // data stopped: a gap in the bars is not a quiet market
                            case StreamItem.Interrupted<RealTimeBar>(var at, var reason) ->
                                    System.out.println("interrupted: " + reason);
                            // the request was sent again under a new id; the bars that follow are live again
                            case StreamItem.Resumed<RealTimeBar> resumed ->
                                    System.out.println("resumed after " + resumed.gap().toMillis() + " ms");
                            case StreamItem.Reconciled<RealTimeBar> reconciled -> { }   // order streams only
                        }
                    }
                    break;      // the stream ended normally
                } catch (ConnectionResetException e) {
                    System.out.println("Connection reset. Retrying stream...");   // only when resuming is off
                } catch (TwsException e) {
                    System.out.println("error: " + e.getMessage());
                    break;
                }
            }
        }
    }
}
