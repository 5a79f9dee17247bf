package io.tws4j.client.marketdata;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.Hours;
import io.tws4j.marketdata.RealTimeBarsRequest;
import io.tws4j.marketdata.RealTimeWhatToShow;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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
    private final Function<RealTimeBarsRequest, S> subscribe;
    private RealTimeWhatToShow whatToShow = RealTimeWhatToShow.TRADES;
    private Hours hours = Hours.EXTENDED;

    RealTimeBarsQuery(Contract contract, Function<RealTimeBarsRequest, S> subscribe) {
        this.contract = Objects.requireNonNull(contract, "contract");
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
        return subscribe.apply(request());
    }
}
