package io.tws4j.simulator.news;

import io.tws4j.news.NewsProvider;
import java.util.List;
import java.util.Optional;

/**
 * The news providers of the simulated login, with the codes and names IB gives them, and how
 * often each writes about a stock: the chance of a story per stock per open hour.
 */
final class NewsProviders {

    /** A provider and its chance of a story per stock per open hour. */
    record Source(NewsProvider provider, int index, double storiesPerHour) {
        String code() {
            return provider.code();
        }
    }

    static final List<Source> ALL = List.of(
            new Source(new NewsProvider("BRFG", "Briefing.com General Market Columns"), 0, 0.10),
            new Source(new NewsProvider("BRFUPDN", "Briefing.com Analyst Actions"), 1, 0.03),
            new Source(new NewsProvider("BZ", "Benzinga Pro"), 2, 0.12),
            new Source(new NewsProvider("DJNL", "Dow Jones Newsletters"), 3, 0.02));

    private NewsProviders() {}

    static List<NewsProvider> providers() {
        return ALL.stream().map(Source::provider).toList();
    }

    static Optional<Source> byCode(String code) {
        return ALL.stream().filter(source -> source.code().equalsIgnoreCase(code.strip())).findFirst();
    }
}
