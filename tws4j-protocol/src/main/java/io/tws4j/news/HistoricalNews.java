package io.tws4j.news;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One page of historical news headlines, newest first, and whether the range held more than the
 * page: fetch the next page by asking again for headlines older than {@link #oldest()}.
 *
 * {@snippet :
 * HistoricalNews page = client.historicalNews(265598).providers("BRFG", "DJNL").limit(50).fetch();
 * while (page.hasMore()) {
 *     page = client.historicalNews(265598).providers("BRFG", "DJNL").limit(50).olderThan(page).fetch();
 * }
 * }
 *
 * @param headlines the headlines, newest first
 * @param hasMore whether the range holds headlines older than the last one here
 */
public record HistoricalNews(List<NewsHeadline> headlines, boolean hasMore) {

    public HistoricalNews {
        headlines = headlines.stream().sorted(Comparator.comparing(NewsHeadline::time).reversed()).toList();
    }

    /** Returns the time of the oldest headline, if there is one. */
    public Optional<Instant> oldest() {
        return headlines.isEmpty() ? Optional.empty() : Optional.of(headlines.getLast().time());
    }

    /** Returns whether the page is empty. */
    public boolean isEmpty() {
        return headlines.isEmpty();
    }
}
