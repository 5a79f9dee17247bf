package io.tws4j.client.marketdata;

import io.tws4j.client.core.StreamOpener;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.Hours;
import io.tws4j.marketdata.RealTimeBarsRequest;
import io.tws4j.marketdata.RealTimeWhatToShow;
import java.util.Map;
import java.util.Objects;

/**
 * One real-time bars request ({@code reqRealTimeBars}) being described: five-second bars of
 * trades (by default), midpoints, bids or asks, over regular or extended hours (the default).
 * {@link #subscribe()} returns a {@code Subscription<RealTimeBar>} on the blocking surface and a
 * {@code Feed<RealTimeBar>} on the asynchronous one.
 *
 * {@snippet :
 * try (Subscription<RealTimeBar> bars = client.realTimeBars(aapl).tradingHours(Hours.EXTENDED).subscribe()) {
 *     for (RealTimeBar bar : bars.data()) {
 *         System.out.println(bar.time() + " " + bar.close());
 *     }
 * }
 * }
 *
 * @param <S> what {@link #subscribe()} returns
 */
public final class RealTimeBarsQuery<S> {
    private final Contract contract;
    private final StreamOpener<RealTimeBarsRequest, S> subscribe;
    private RealTimeWhatToShow whatToShow = RealTimeWhatToShow.TRADES;
    private Hours hours = Hours.EXTENDED;
    private boolean resumeOnReconnect;

    RealTimeBarsQuery(Contract contract, boolean resumeByDefault, StreamOpener<RealTimeBarsRequest, S> subscribe) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.resumeOnReconnect = resumeByDefault;
        this.subscribe = subscribe;
    }

    /** Sets what the bars are built from ({@link RealTimeWhatToShow#TRADES} by default). */
    public RealTimeBarsQuery<S> whatToShow(RealTimeWhatToShow whatToShow) {
        this.whatToShow = Objects.requireNonNull(whatToShow);
        return this;
    }

    /** Sets the hours the bars cover ({@link Hours#EXTENDED} by default: every hour the contract trades). */
    public RealTimeBarsQuery<S> tradingHours(Hours hours) {
        this.hours = Objects.requireNonNull(hours);
        return this;
    }

    /**
     * Sets whether the stream resumes after a reconnect; by default it does as the client's
     * {@link io.tws4j.client.ClientOptions#resumeStreams()} says (on). Resuming, its request is
     * sent again under a new request id and the same subscription or feed subscriber goes on,
     * the gap marked with {@link io.tws4j.client.StreamItem.Interrupted} and
     * {@link io.tws4j.client.StreamItem.Resumed}; not resuming, it ends with a
     * {@link io.tws4j.client.ConnectionResetException} when the connection is lost.
     * Bars of the five-second periods the gap covered are not sent again.
     */
    public RealTimeBarsQuery<S> resumeOnReconnect(boolean resume) {
        this.resumeOnReconnect = resume;
        return this;
    }

    /** Returns the request as described so far. */
    public RealTimeBarsRequest request() {
        return new RealTimeBarsRequest(contract, whatToShow, hours, Map.of());
    }

    /**
     * Sends the request and returns the bars, each when its five seconds are over; none come
     * while the market is closed (or outside regular hours for {@link Hours#REGULAR}). Closing the
     * subscription sends the cancel.
     *
     * @throws io.tws4j.client.InvalidRequestException if the contract identifies nothing; nothing is sent
     */
    public S subscribe() {
        return subscribe.open(request(), resumeOnReconnect);
    }
}
