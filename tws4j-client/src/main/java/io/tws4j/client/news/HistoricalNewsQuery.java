package io.tws4j.client.news;

import io.tws4j.news.HistoricalNews;
import io.tws4j.news.HistoricalNewsRequest;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One request for historical news headlines being described; the surface that made it decides
 * what {@link #fetch()} returns: the page on the blocking surface, its future on the
 * asynchronous one. Without a range TWS looks back from now; without a limit a page holds 10
 * headlines. A query is not safe for concurrent use; it can fetch more than once, which is how
 * pages are walked:
 *
 * {@snippet :
 * HistoricalNewsQuery<HistoricalNews> query = client.historicalNews(265598).providers("BRFG", "BZ").limit(50);
 * HistoricalNews page = query.fetch();
 * while (page.hasMore()) {
 *     page = query.olderThan(page).fetch();
 * }
 * }
 *
 * @param <R> what {@link #fetch()} returns
 */
public final class HistoricalNewsQuery<R> {
    private final HistoricalNewsRequest.Builder request;
    private final Function<HistoricalNewsRequest, R> terminal;

    HistoricalNewsQuery(int conId, Function<HistoricalNewsRequest, R> terminal) {
        this.request = HistoricalNewsRequest.builder(conId);
        this.terminal = terminal;
    }

    /** Adds providers to ask, by code, e.g. {@code BRFG}; {@code client.newsProviders()} lists the login's. */
    public HistoricalNewsQuery<R> providers(String... providerCodes) {
        return providers(Arrays.asList(providerCodes));
    }

    /** Adds providers to ask, by code. */
    public HistoricalNewsQuery<R> providers(List<String> providerCodes) {
        request.providers(providerCodes);
        return this;
    }

    /** Asks for headlines after {@code start} (exclusive). */
    public HistoricalNewsQuery<R> from(Instant start) {
        request.start(start);
        return this;
    }

    /** Asks for headlines up to {@code end} (inclusive). */
    public HistoricalNewsQuery<R> to(Instant end) {
        request.end(end);
        return this;
    }

    /** Asks for headlines after {@code start} and up to {@code end}. */
    public HistoricalNewsQuery<R> between(Instant start, Instant end) {
        return from(start).to(end);
    }

    /** Sets the most headlines a page holds, 1 to 300. */
    public HistoricalNewsQuery<R> limit(int headlines) {
        request.totalResults(headlines);
        return this;
    }

    /**
     * Moves the range's end to just before the oldest headline of {@code page}, so that the next
     * fetch returns the page after it. A page without headlines leaves the range as it is.
     */
    public HistoricalNewsQuery<R> olderThan(HistoricalNews page) {
        page.oldest().ifPresent(oldest -> request.end(oldest.minusMillis(1)));
        return this;
    }

    /** Returns the request as described so far. */
    public HistoricalNewsRequest request() {
        return request.build();
    }

    /**
     * Fetches the headlines, newest first, with TWS's verdict on whether the range holds more. On
     * the blocking surface this blocks until TWS has answered in full or the request timeout
     * passes; on the asynchronous one the future fails with these errors.
     *
     * @throws io.tws4j.client.InvalidRequestException if no provider is named, the limit is not 1 to 300, a code is not a provider code, or the range is empty; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException if TWS refuses it, e.g. 321 for a provider the login lacks
     */
    public R fetch() {
        return terminal.apply(request.build());
    }
}
