package io.tws4j.client.wsh;

import io.tws4j.wsh.WshEventRequest;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * One query of WSH events being described: of a contract ({@link #forContract}) or of a filter
 * ({@link #withFilter}); the surface that made it decides what {@link #fetch()} returns: the
 * events on the blocking surface, their future on the asynchronous one. TWS expects
 * {@code wshMetadata()} to have been asked first (once a day). A query is not safe for
 * concurrent use; it can fetch more than once.
 *
 * {@snippet :
 * WshEventData events = client.wshEventData().forContract(265598)
 *         .from(LocalDate.now()).to(LocalDate.now().plusMonths(6)).limit(20)
 *         .fetch();
 * WshEventData earnings = client.wshEventData()
 *         .withFilter("{\"watchlist\": [\"265598\", \"272093\"], \"wshe_ed\": \"true\"}")
 *         .fetch();
 * }
 *
 * @param <R> what {@link #fetch()} returns
 */
public final class WshEventDataQuery<R> {
    private final WshEventRequest.Builder request = WshEventRequest.builder();
    private final Function<WshEventRequest, R> terminal;

    WshEventDataQuery(Function<WshEventRequest, R> terminal) {
        this.terminal = terminal;
    }

    /** Asks for the events of one contract. */
    public WshEventDataQuery<R> forContract(int conId) {
        request.conId(conId);
        return this;
    }

    /**
     * Asks for the events a filter selects: a JSON object of the filters and event types the
     * metadata names, e.g. {@code {"watchlist": ["265598"], "wshe_ed": "true"}}.
     */
    public WshEventDataQuery<R> withFilter(String filterJson) {
        request.filter(filterJson);
        return this;
    }

    /** Adds the contracts of the login's watchlists. */
    public WshEventDataQuery<R> fillWatchlist() {
        request.fillWatchlist(true);
        return this;
    }

    /** Adds the contracts of the portfolio. */
    public WshEventDataQuery<R> fillPortfolio() {
        request.fillPortfolio(true);
        return this;
    }

    /** Adds the contract's competitors. */
    public WshEventDataQuery<R> fillCompetitors() {
        request.fillCompetitors(true);
        return this;
    }

    /** Asks for events on or after {@code day}. */
    public WshEventDataQuery<R> from(LocalDate day) {
        request.startDate(day);
        return this;
    }

    /** Asks for events on or before {@code day}. */
    public WshEventDataQuery<R> to(LocalDate day) {
        request.endDate(day);
        return this;
    }

    /** Asks for events from {@code first} to {@code last}, both included. */
    public WshEventDataQuery<R> between(LocalDate first, LocalDate last) {
        return from(first).to(last);
    }

    /** Sets the most events to return. */
    public WshEventDataQuery<R> limit(int events) {
        request.totalLimit(events);
        return this;
    }

    /** Returns the query as described so far. */
    public WshEventRequest request() {
        return request.build();
    }

    /**
     * Fetches the events. On the blocking surface this blocks until TWS answers or the request
     * timeout passes; on the asynchronous one the future fails with these errors.
     *
     * @throws io.tws4j.client.InvalidRequestException if the query names neither a contract nor a filter, or both, the filter is not a JSON object, the limit is not positive or the range is empty; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException with code 10282 if metadata was not asked first, 10309 if TWS finds the query invalid
     */
    public R fetch() {
        return terminal.apply(request.build());
    }
}
