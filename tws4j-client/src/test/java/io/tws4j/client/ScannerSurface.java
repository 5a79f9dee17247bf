package io.tws4j.client;

import io.tws4j.client.scanner.ScannerSubscriptionQuery;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScannerParameters;
import java.util.function.Consumer;

/** The two surfaces a scanner scenario runs through: the blocking client, or the async view waited on and its feeds read. */
enum ScannerSurface {
    BLOCKING {
        @Override
        ScannerParameters parameters(TwsClient client) {
            return client.scannerParameters();
        }

        @Override
        Subscription<ScanResult> subscribe(TwsClient client, ScanCode code, Consumer<ScannerSubscriptionQuery<?>> describe) {
            ScannerSubscriptionQuery<Subscription<ScanResult>> query = client.scannerSubscription(code);
            describe.accept(query);
            return query.subscribe();
        }
    },
    ASYNC {
        @Override
        ScannerParameters parameters(TwsClient client) {
            return Futures.await(client.async().scannerParameters());
        }

        @Override
        Subscription<ScanResult> subscribe(TwsClient client, ScanCode code, Consumer<ScannerSubscriptionQuery<?>> describe) {
            ScannerSubscriptionQuery<Feed<ScanResult>> query = client.async().scannerSubscription(code);
            describe.accept(query);
            return FeedSubscription.of(query.subscribe());
        }
    };

    abstract ScannerParameters parameters(TwsClient client);

    /** Describes a subscription of {@code code} and subscribes. */
    abstract Subscription<ScanResult> subscribe(TwsClient client, ScanCode code, Consumer<ScannerSubscriptionQuery<?>> describe);
}
