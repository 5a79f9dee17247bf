package io.tws4j.client.historical;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.core.StreamOpener;
import io.tws4j.contracts.Contract;
import io.tws4j.historical.BarSize;
import io.tws4j.historical.BarsRequest;
import io.tws4j.historical.HistoricalDuration;
import io.tws4j.historical.MarketHours;
import io.tws4j.historical.WhatToShow;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One historical bars request being described; the surface that made it decides what the
 * terminals return: {@link #fetch()} the bars (or their future), {@link #keepUpToDate()} a
 * {@link io.tws4j.client.Subscription} (or a {@link io.tws4j.client.Feed}). Give the period as a
 * {@link #duration(HistoricalDuration) duration} back from {@link #endingAt(Instant) an end}
 * (now by default), or as an exact {@link #between(Instant, Instant) start and end}, not both.
 * Defaults: trades, regular hours only. A query is not safe for concurrent use; it can be sent
 * again.
 *
 * {@snippet :
 * HistoricalBars day = client.historicalData(Contract.stock("AAPL").build(), BarSize.HOURS_1)
 *         .endingAt(Instant.parse("2023-04-11T20:00:00Z"))
 *         .duration(HistoricalDuration.days(1))
 *         .whatToShow(WhatToShow.TRADES)
 *         .tradingHours(MarketHours.REGULAR)
 *         .fetch();
 * }
 *
 * @param <R> what {@link #fetch()} returns
 * @param <S> what {@link #keepUpToDate()} returns
 */
public final class HistoricalDataQuery<R, S> {
    private final Contract contract;
    private final BarSize barSize;
    private final Function<Supplier<BarsPlan>, R> fetch;
    private final StreamOpener<Supplier<BarsPlan>, S> stream;
    private Instant end;
    private HistoricalDuration duration;
    private BarsWindow window;
    private WhatToShow whatToShow = WhatToShow.TRADES;
    private MarketHours hours = MarketHours.REGULAR;
    private boolean resumeOnReconnect;

    HistoricalDataQuery(Contract contract, BarSize barSize, boolean resumeByDefault, Function<Supplier<BarsPlan>, R> fetch,
                        StreamOpener<Supplier<BarsPlan>, S> stream) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.barSize = Objects.requireNonNull(barSize, "barSize");
        this.resumeOnReconnect = resumeByDefault;
        this.fetch = fetch;
        this.stream = stream;
    }

    /** Sets the end of the period (now by default); goes with {@link #duration}. */
    public HistoricalDataQuery<R, S> endingAt(Instant end) {
        this.end = Objects.requireNonNull(end, "end");
        return this;
    }

    /** Sets how far back from the end the bars reach, as TWS counts: trading seconds or days, calendar weeks, months, years. */
    public HistoricalDataQuery<R, S> duration(HistoricalDuration duration) {
        this.duration = Objects.requireNonNull(duration, "duration");
        return this;
    }

    /**
     * Asks for the bars that start in [{@code start}, {@code end}) exactly: tws4j asks TWS for a
     * duration that covers the period and keeps the bars in it. Not with {@link #duration} or
     * {@link #endingAt}.
     */
    public HistoricalDataQuery<R, S> between(Instant start, Instant end) {
        this.window = new BarsWindow(Objects.requireNonNull(start, "start"), Objects.requireNonNull(end, "end"));
        return this;
    }

    /** Sets the data series (trades by default). */
    public HistoricalDataQuery<R, S> whatToShow(WhatToShow whatToShow) {
        this.whatToShow = Objects.requireNonNull(whatToShow, "whatToShow");
        return this;
    }

    /** Sets whether the bars cover regular hours only (the default) or all trading hours. */
    public HistoricalDataQuery<R, S> tradingHours(MarketHours hours) {
        this.hours = Objects.requireNonNull(hours, "hours");
        return this;
    }

    /**
     * Sets whether bars {@link #keepUpToDate() kept up to date} resume after a reconnect; by
     * default they do as the client's {@link io.tws4j.client.ClientOptions#resumeStreams()} says
     * (on). Resuming, the request is sent again under a new request id and the same subscription
     * (or feed subscriber) goes on: after the {@link io.tws4j.client.StreamItem.Resumed} mark, the
     * bars the gap covered arrive as {@link io.tws4j.historical.BarUpdate.Current} items (the last
     * bar delivered again only if it changed, none twice), then the live updates. Not resuming, the
     * stream ends with a {@link io.tws4j.client.ConnectionResetException} when the connection is
     * lost. A {@link #fetch()} is a one-shot, sent again after a reconnect in any case.
     */
    public HistoricalDataQuery<R, S> resumeOnReconnect(boolean resume) {
        this.resumeOnReconnect = resume;
        return this;
    }

    /**
     * Returns the request as described so far.
     *
     * @throws InvalidRequestException if the description is incomplete or contradicts itself
     */
    public BarsRequest request() {
        return plan(false).request();
    }

    /**
     * Sends the request; on the blocking surface this returns the bars, on the asynchronous one
     * their future (which fails with the same errors).
     *
     * @throws InvalidRequestException if the description is incomplete or contradicts itself, or TWS would refuse the duration; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException with TWS's code: 162 no data, a pacing violation or too many bars for the duration, 200 unknown contract, 321 an invalid request
     */
    public R fetch() {
        return fetch.apply(() -> plan(false));
    }

    /**
     * Sends the request kept up to date: the stream's first item is the bars up to now
     * ({@link io.tws4j.historical.BarUpdate.Initial}), then the current bar each time TWS revises
     * it ({@link io.tws4j.historical.BarUpdate.Current}). Closing the stream cancels it at TWS. Needs
     * a {@link #duration} and no end.
     *
     * @throws InvalidRequestException if the query has an end or no duration; on the asynchronous surface the feed's subscriber gets it
     */
    public S keepUpToDate() {
        return stream.open(() -> plan(true), resumeOnReconnect);
    }

    /** Checks the description and turns it into what travels. */
    BarsPlan plan(boolean live) {
        if (whatToShow == WhatToShow.SCHEDULE) {
            throw new InvalidRequestException("a trading schedule is no bar series: use historicalSchedule(...)");
        }
        if (window != null) {
            if (duration != null || end != null) {
                throw new InvalidRequestException("between(start, end) names the whole period: do not combine it with"
                        + " duration(...) or endingAt(...)");
            }
            if (!window.end().isAfter(window.start())) {
                throw new InvalidRequestException("between(start, end) needs an end after the start, not " + window);
            }
            if (live) {
                throw new InvalidRequestException("bars kept up to date run until now: use duration(...) without between(...)");
            }
            return new BarsPlan(request(Optional.of(window.end()), window.covering(), false), Optional.of(window));
        }
        if (duration == null) {
            throw new InvalidRequestException("historical bars need a period: duration(...) back from endingAt(...) (now by"
                    + " default), or between(start, end)");
        }
        if (live && end != null) {
            throw new InvalidRequestException("bars kept up to date run until now: TWS takes no end time with keepUpToDate");
        }
        return new BarsPlan(request(Optional.ofNullable(end), HistoricalRequests.checked(duration), live), Optional.empty());
    }

    private BarsRequest request(Optional<Instant> end, HistoricalDuration duration, boolean live) {
        HistoricalRequests.requireIdentified(contract);
        return new BarsRequest(contract, barSize, end, duration, whatToShow, hours, live);
    }
}
