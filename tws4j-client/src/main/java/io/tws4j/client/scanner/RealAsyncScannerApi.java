package io.tws4j.client.scanner;

import io.tws4j.client.Feed;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.FlowFeed;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScannerParameters;
import io.tws4j.scanner.ScannerSubscription;
import java.util.concurrent.CompletableFuture;

/** The implementation behind {@link AsyncScannerApi}; clients create it, users get it from a client. */
public final class RealAsyncScannerApi implements AsyncScannerApi {
    private final Core core;

    public RealAsyncScannerApi(Core core) {
        this.core = core;
    }

    @Override
    public CompletableFuture<ScannerParameters> scannerParameters() {
        return ScannerRequests.parsed(core.call(ScannerRequests.parametersXml()));
    }

    @Override
    public ScannerSubscriptionQuery<Feed<ScanResult>> scannerSubscription(ScanCode scanCode) {
        return query(ScannerRequests.defaults(scanCode));
    }

    @Override
    public ScannerSubscriptionQuery<Feed<ScanResult>> scannerSubscription(ScannerSubscription subscription) {
        return query(subscription.toBuilder());
    }

    /** A refused subscription ends the feed with the error when it is subscribed to, as a failed future would. */
    private ScannerSubscriptionQuery<Feed<ScanResult>> query(ScannerSubscription.Builder subscription) {
        return new ScannerSubscriptionQuery<>(subscription, core.options().resumeStreams(), (described, resume) -> new FlowFeed<>(
                "scanner-" + described.scanCode(), () -> core.open(ScannerRequests.subscription(described), resume)));
    }
}
