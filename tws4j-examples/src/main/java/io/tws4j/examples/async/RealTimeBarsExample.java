package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.contracts.Contract;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.marketdata.Hours;
import io.tws4j.marketdata.RealTimeBar;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * The seed README's async real-time example: AAPL's bars as a {@link Flow.Publisher} of the data
 * only (Rust's {@code filter_data()}), three of them, then a cancel, which cancels at TWS.
 * Argument: {@code [host:port]}.
 */
public final class RealTimeBarsExample {

    public static void main(String[] args) throws InterruptedException {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient client = AsyncTwsClient.connect(gateway.address(), 100).join();
            try (client) {
                CountDownLatch done = new CountDownLatch(1);
                client.realTimeBars(Contract.stock("AAPL").build())
                        .tradingHours(Hours.EXTENDED)
                        .subscribe()
                        .data()
                        .subscribe(new Flow.Subscriber<RealTimeBar>() {
                            private Flow.Subscription subscription;
                            private int seen;

                            @Override
                            public void onSubscribe(Flow.Subscription subscription) {
                                this.subscription = subscription;
                                subscription.request(1);
                            }

                            @Override
                            public void onNext(RealTimeBar bar) {
                                System.out.println("bar: " + bar);
                                if (++seen == 3) {
                                    subscription.cancel();
                                    done.countDown();
                                } else {
                                    subscription.request(1);
                                }
                            }

                            @Override
                            public void onError(Throwable error) {
                                System.out.println("error: " + error.getMessage());
                                done.countDown();
                            }

                            @Override
                            public void onComplete() {
                                done.countDown();
                            }
                        });
                if (!done.await(30, TimeUnit.SECONDS)) {
                    System.out.println("no bars within 30 seconds (is the market open?)");
                }
            }
        }
    }
}
