package io.tws4j.client.scanner;

import io.tws4j.client.Subscription;
import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.BlockingSubscription;
import io.tws4j.client.core.Core;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScannerParameters;
import io.tws4j.scanner.ScannerSubscription;

/** The implementation behind {@link ScannerApi}; clients create it, users get it from a client. */
public final class RealScannerApi implements ScannerApi {
    private final Core core;

    public RealScannerApi(Core core) {
        this.core = core;
    }

    @Override
    public ScannerParameters scannerParameters() {
        return Blocking.await(ScannerRequests.parsed(core.call(ScannerRequests.parametersXml())), "scanner parameters");
    }

    @Override
    public ScannerSubscriptionQuery<Subscription<ScanResult>> scannerSubscription(ScanCode scanCode) {
        return query(ScannerRequests.defaults(scanCode));
    }

    @Override
    public ScannerSubscriptionQuery<Subscription<ScanResult>> scannerSubscription(ScannerSubscription subscription) {
        return query(subscription.toBuilder());
    }

    private ScannerSubscriptionQuery<Subscription<ScanResult>> query(ScannerSubscription.Builder subscription) {
        return new ScannerSubscriptionQuery<>(subscription, core.options().resumeStreams(),
                (described, resume) -> new BlockingSubscription<>(core.open(ScannerRequests.subscription(described), resume)));
    }
}
