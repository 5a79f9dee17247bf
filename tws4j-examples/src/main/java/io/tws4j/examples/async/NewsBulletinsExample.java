package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.news.NewsBulletin;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

/**
 * Subscribes to IB's news bulletins as a {@link Flow.Publisher}, takes the first one, and
 * cancels. Argument: {@code [host:port]}.
 */
public final class NewsBulletinsExample {

    public static void main(String[] args) throws InterruptedException {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient client = AsyncTwsClient.connect(gateway.address(), 100).join();
            try (client) {
                CountDownLatch first = new CountDownLatch(1);
                client.newsBulletins(true).data().subscribe(new Flow.Subscriber<>() {
                    private Flow.Subscription subscription;

                    @Override
                    public void onSubscribe(Flow.Subscription subscription) {
                        this.subscription = subscription;
                        subscription.request(1);
                    }

                    @Override
                    public void onNext(NewsBulletin bulletin) {
                        System.out.println("Bulletin " + bulletin.id() + ": " + bulletin.message());
                        subscription.cancel();
                        first.countDown();
                    }

                    @Override
                    public void onError(Throwable error) {
                        System.out.println("Bulletins ended: " + error.getMessage());
                        first.countDown();
                    }

                    @Override
                    public void onComplete() {
                        first.countDown();
                    }
                });
                if (!first.await(10, TimeUnit.SECONDS)) {
                    System.out.println("No bulletin within 10 seconds");
                }
            }
        }
    }
}
