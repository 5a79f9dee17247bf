package io.tws4j.client.scanner;

import io.tws4j.client.core.StreamOpener;
import io.tws4j.scanner.ScannerSubscription;

/**
 * One scanner subscription being described; the surface that made it decides what
 * {@link #subscribe()} returns: a {@link io.tws4j.client.Subscription} on the blocking surface,
 * a {@link io.tws4j.client.Feed} on the asynchronous one. Unset filters stay off the wire. The
 * instrument defaults to {@code STK} (US stocks) and the location to {@code STK.US.MAJOR}
 * (the listed US exchanges); {@link io.tws4j.scanner.ScannerParameters} lists the others. A
 * query is not safe for concurrent use; it can subscribe more than once.
 *
 * {@snippet :
 * try (Subscription<ScanResult> gainers = client.scannerSubscription(ScanCode.TOP_PERC_GAIN)
 *         .instrument("STK").location("STK.US.MAJOR").abovePrice(5).rows(10)
 *         .filter("marketCapAbove1e6", "1000")
 *         .subscribe()) {
 *     System.out.println(gainers.data().iterator().next().symbols());
 * }
 * }
 *
 * @param <R> what {@link #subscribe()} returns
 */
public final class ScannerSubscriptionQuery<R> {
    /** The instrument a query scans unless told otherwise: US stocks. */
    public static final String DEFAULT_INSTRUMENT = "STK";
    /** The location a query scans unless told otherwise: the listed US exchanges. */
    public static final String DEFAULT_LOCATION = "STK.US.MAJOR";

    private final ScannerSubscription.Builder subscription;
    private final StreamOpener<ScannerSubscription, R> terminal;
    private boolean resumeOnReconnect;

    ScannerSubscriptionQuery(ScannerSubscription.Builder subscription, boolean resumeByDefault,
                             StreamOpener<ScannerSubscription, R> terminal) {
        this.subscription = subscription;
        this.resumeOnReconnect = resumeByDefault;
        this.terminal = terminal;
    }

    /** Sets the instrument type to scan, e.g. {@code STK}, {@code ETF.EQ.US}, {@code STOCK.EU}. */
    public ScannerSubscriptionQuery<R> instrument(String instrument) {
        subscription.instrument(instrument);
        return this;
    }

    /** Sets where to scan, e.g. {@code STK.US.MAJOR} or {@code STK.NASDAQ}. */
    public ScannerSubscriptionQuery<R> location(String locationCode) {
        subscription.locationCode(locationCode);
        return this;
    }

    /** Sets how many rows each result has at most, 1 to 50 (TWS returns no more than 50). */
    public ScannerSubscriptionQuery<R> rows(int rows) {
        subscription.numberOfRows(rows);
        return this;
    }

    /** Keeps contracts priced at or above {@code price}. */
    public ScannerSubscriptionQuery<R> abovePrice(double price) {
        subscription.abovePrice(price);
        return this;
    }

    /** Keeps contracts priced at or below {@code price}. */
    public ScannerSubscriptionQuery<R> belowPrice(double price) {
        subscription.belowPrice(price);
        return this;
    }

    /** Keeps contracts that traded at least {@code volume} today. */
    public ScannerSubscriptionQuery<R> aboveVolume(long volume) {
        subscription.aboveVolume(volume);
        return this;
    }

    /** Keeps companies worth at least {@code marketCap}. */
    public ScannerSubscriptionQuery<R> marketCapAbove(double marketCap) {
        subscription.marketCapAbove(marketCap);
        return this;
    }

    /** Keeps companies worth at most {@code marketCap}. */
    public ScannerSubscriptionQuery<R> marketCapBelow(double marketCap) {
        subscription.marketCapBelow(marketCap);
        return this;
    }

    /** Keeps stocks of some types: {@code ALL}, {@code CORP}, {@code ADR}, {@code ETF}, {@code REIT} or {@code CEF}. */
    public ScannerSubscriptionQuery<R> stockTypes(String stockTypeFilter) {
        subscription.stockTypeFilter(stockTypeFilter);
        return this;
    }

    /** Adds a filter by its tag, as {@link io.tws4j.scanner.ScannerFilter#codes()} names it, e.g. {@code changePercAbove} = {@code 2}. */
    public ScannerSubscriptionQuery<R> filter(String tag, String value) {
        subscription.filterOption(tag, value);
        return this;
    }

    /** Adds a numeric filter by its tag. */
    public ScannerSubscriptionQuery<R> filter(String tag, double value) {
        return filter(tag, value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value));
    }

    /**
     * Sets whether the stream resumes after a reconnect; by default it does as the client's
     * {@link io.tws4j.client.ClientOptions#resumeStreams()} says (on). Resuming, its request is
     * sent again under a new request id and the same subscription (or feed subscriber) goes on,
     * the gap marked with {@link io.tws4j.client.StreamItem.Interrupted} and
     * {@link io.tws4j.client.StreamItem.Resumed}; not resuming, it ends with a
     * {@link io.tws4j.client.ConnectionResetException} when the connection is lost.
     */
    public ScannerSubscriptionQuery<R> resumeOnReconnect(boolean resume) {
        this.resumeOnReconnect = resume;
        return this;
    }

    /** Returns the subscription as described so far. */
    public ScannerSubscription subscription() {
        return subscription.build();
    }

    /**
     * Sends the subscription. TWS answers at once and then about every 30 seconds with a fresh
     * result, until the subscription is closed (blocking) or the feed's subscriber cancels
     * (asynchronous), which sends the cancel. On the asynchronous surface, each subscriber of the
     * feed opens a subscription of its own, and the errors below end the feed instead of being thrown.
     *
     * @throws io.tws4j.client.InvalidRequestException if a value is impossible (rows outside 1 to 50, a negative or crossed price range, a blank tag); nothing is sent
     */
    public R subscribe() {
        return terminal.open(subscription.build(), resumeOnReconnect);
    }
}
