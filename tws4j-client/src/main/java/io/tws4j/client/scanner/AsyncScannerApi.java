package io.tws4j.client.scanner;

import io.tws4j.client.Feed;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScannerParameters;
import io.tws4j.scanner.ScannerSubscription;
import java.util.concurrent.CompletableFuture;

/** Market scanners, asynchronous. Futures and feed signals never run on the connection's reader thread. */
public interface AsyncScannerApi {

    /**
     * Returns what TWS can scan; the XML is parsed off the reader thread.
     *
     * {@snippet :
     * client.async().scannerParameters().thenAccept(parameters -> System.out.println(parameters.scanCodes()));
     * }
     */
    CompletableFuture<ScannerParameters> scannerParameters();

    /**
     * Starts a scanner subscription of a scan code; {@link ScannerSubscriptionQuery#subscribe()}
     * returns a feed whose every subscriber opens a subscription of its own.
     *
     * {@snippet :
     * client.async().scannerSubscription(ScanCode.TOP_PERC_GAIN).rows(10).subscribe().data()
     *         .subscribe(subscriber);   // onNext(ScanResult) about every 30 seconds
     * }
     */
    ScannerSubscriptionQuery<Feed<ScanResult>> scannerSubscription(ScanCode scanCode);

    /**
     * Starts a scanner subscription from a full description.
     *
     * {@snippet :
     * client.async().scannerSubscription(ScannerSubscription.builder(ScanCode.MOST_ACTIVE).instrument("STOCK.EU").build())
     *         .subscribe().data().subscribe(subscriber);
     * }
     */
    ScannerSubscriptionQuery<Feed<ScanResult>> scannerSubscription(ScannerSubscription subscription);
}
