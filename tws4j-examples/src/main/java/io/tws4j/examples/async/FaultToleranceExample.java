package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.client.ConnectionResetException;
import io.tws4j.client.StreamItem;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.marketdata.Hours;
import io.tws4j.marketdata.RealTimeBar;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * The asynchronous twin of the blocking {@code FaultToleranceExample}: AAPL's five-second bars as
 * a {@link Flow.Publisher} of items, which carry the {@link StreamItem.Interrupted} and
 * {@link StreamItem.Resumed} marks of a reconnect (a data-only publisher skips and logs them).
 * Resuming is on by default, so the subscriber is never told {@code onError} on a reset; the
 * resubscription in {@code onError} is the seed's recipe, kept for clients that turn resuming off.
 * On the embedded gateway the connection is dropped after the second bar. Argument: {@code [host:port]}.
 */
public final class FaultToleranceExample {
    private static final int BARS = 4;

    public static void main(String[] args) throws InterruptedException {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient client = AsyncTwsClient.connect(gateway.address(), 100).join();
            try (client) {
                CountDownLatch done = new CountDownLatch(1);
                follow(client, gateway, done, new int[1]);
                if (!done.await(30, TimeUnit.SECONDS)) {
                    System.out.println("no bars within 30 seconds (is the market open?)");
                }
            }
        }
    }

    private static void follow(AsyncTwsClient client, ExampleGateway gateway, CountDownLatch done, int[] bars) {
        client.realTimeBars(Contract.stock("AAPL").build())
                .tradingHours(Hours.EXTENDED)
                .subscribe()
                .subscribe(new Flow.Subscriber<StreamItem<RealTimeBar>>() {
                    private Flow.Subscription subscription;

                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        this.subscription = subscription;
                        subscription.request(Long.MAX_VALUE);
                    }

                    @Override
                    public void onNext(StreamItem<RealTimeBar> item) {
                        switch (item) {
                            case StreamItem.Data<RealTimeBar>(var bar) -> {
                                System.out.println("bar: " + bar);
                                bars[0]++;
                                if (bars[0] == 2 && gateway.dropConnections()) {
                                    System.out.println("(the gateway dropped the connection)");
                                }
                                if (bars[0] == BARS) {
                                    subscription.cancel();
                                    done.countDown();
                                }
                            }
                            case StreamItem.Notice<RealTimeBar>(var notice) -> System.out.println("notice: " + notice);
                            case StreamItem.Interrupted<RealTimeBar>(var at, var reason) ->
                                    System.out.println("interrupted: " + reason);
                            case StreamItem.Resumed<RealTimeBar> resumed ->
                                    System.out.println("resumed after " + resumed.gap().toMillis() + " ms");
                            case StreamItem.Reconciled<RealTimeBar> reconciled -> { }
                        }
                    }

                    @Override
                    public void onError(Throwable error) {
                        if (error instanceof ConnectionResetException) {
                            System.out.println("Connection reset. Retrying stream...");   // only when resuming is off
                            follow(client, gateway, done, bars);
                        } else {
                            System.out.println("error: " + error.getMessage());
                            done.countDown();
                        }
                    }

                    @Override
                    public void onComplete() {
                        done.countDown();
                    }
                });
    }
}
