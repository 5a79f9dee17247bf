package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Subscribes to the most active US stocks as a {@link Flow.Publisher}, takes the first result,
 * and cancels (which cancels the scan at TWS). Argument: {@code [host:port]}.
 */
public final class ScannerExample {

    public static void main(String[] args) throws InterruptedException {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient client = AsyncTwsClient.connect(gateway.address(), 100).join();
            try (client) {
                CountDownLatch first = new CountDownLatch(1);
                client.scannerSubscription(ScanCode.MOST_ACTIVE).rows(3).subscribe().data().subscribe(new Flow.Subscriber<>() {
                    private Flow.Subscription subscription;

                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        this.subscription = subscription;
                        subscription.request(1);
                    }

                    @Override
                    public void onNext(ScanResult result) {
                        System.out.println("Most active: " + result.symbols());
                        subscription.cancel();
                        first.countDown();
                    }

                    @Override
                    public void onError(Throwable error) {
                        System.out.println("Scan ended: " + error.getMessage());
                        first.countDown();
                    }

                    @Override
                    public void onComplete() {
                        first.countDown();
                    }
                });
                if (!first.await(30, TimeUnit.SECONDS)) {
                    System.out.println("No scan result within 30 seconds");
                }
            }
        }
    }
}
