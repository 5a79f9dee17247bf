package io.tws4j.client.scanner;

import io.tws4j.client.Subscription;
import io.tws4j.scanner.ScanCode;
import io.tws4j.scanner.ScanResult;
import io.tws4j.scanner.ScannerParameters;
import io.tws4j.scanner.ScannerSubscription;

/**
 * Market scanners, blocking: what TWS can scan, and scanner subscriptions whose results arrive
 * as ranked rows of contracts.
 *
 * @see io.tws4j.client.scanner.AsyncScannerApi the same requests, asynchronous
 */
public interface ScannerApi {

    /**
     * Returns what TWS can scan: its scanner parameters XML and the instruments, locations, scan
     * types and filters in it. Blocks until TWS answers or the request timeout passes; TWS's XML
     * is large, so asking once and keeping the answer is wise.
     *
     * {@snippet :
     * ScannerParameters parameters = client.scannerParameters();
     * System.out.println(parameters.scanCodes().size() + " scans, e.g. " + parameters.scanCodes().getFirst());
     * }
     *
     * @throws io.tws4j.client.ProtocolViolationException if TWS's answer is not scanner parameters XML
     * @throws io.tws4j.client.RequestTimeoutException if TWS does not answer in time
     */
    ScannerParameters scannerParameters();

    /**
     * Starts a scanner subscription of a scan code; {@link ScannerSubscriptionQuery#subscribe()}
     * sends it and returns the subscription, whose items are the results as TWS sends them.
     * TWS allows 10 scanner subscriptions at a time and refuses more with error 162.
     *
     * {@snippet :
     * try (Subscription<ScanResult> active = client.scannerSubscription(ScanCode.MOST_ACTIVE).rows(5).subscribe()) {
     *     ScanResult first = active.data().iterator().next();
     *     first.rows().forEach(row -> System.out.println(row.rank() + " " + row.contract().symbol()));
     * }
     * }
     *
     * @see ScannerSubscriptionQuery#subscribe() for the errors
     */
    ScannerSubscriptionQuery<Subscription<ScanResult>> scannerSubscription(ScanCode scanCode);

    /**
     * Starts a scanner subscription from a full description, for fields the query does not name
     * (bond ratings, maturities, coupons ...); the query can still change it before subscribing.
     *
     * {@snippet :
     * ScannerSubscription bonds = ScannerSubscription.builder(ScanCode.of("HIGH_BOND_ASK_YIELD_ALL"))
     *         .instrument("BOND").locationCode("BOND.US").moodyRating("A", "").build();
     * Subscription<ScanResult> scan = client.scannerSubscription(bonds).subscribe();
     * }
     */
    ScannerSubscriptionQuery<Subscription<ScanResult>> scannerSubscription(ScannerSubscription subscription);
}
