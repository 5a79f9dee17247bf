package io.tws4j.cli.demo;

import io.tws4j.client.RequestRejectedException;
import io.tws4j.client.TwsClient;
import io.tws4j.news.HistoricalNews;
import io.tws4j.news.NewsProvider;
import java.util.List;

/** News: the login's providers, and AAPL's latest headlines from them. */
final class NewsStep implements DemoStep {
    private static final int AAPL = 265598;

    @Override
    public String title() {
        return "News";
    }

    @Override
    public void run(TwsClient client, DemoOutput out) {
        List<NewsProvider> providers = client.newsProviders();
        out.fact("news providers", String.join(", ", providers.stream().map(NewsProvider::code).toList()));
        if (providers.isEmpty()) {
            return;
        }
        try {
            HistoricalNews news = client.historicalNews(AAPL).providers(providers.stream().map(NewsProvider::code).toList())
                    .limit(5).fetch();
            out.line("latest AAPL headlines:");
            news.headlines().forEach(headline -> out.line("  " + headline.time() + " " + headline.providerCode() + " "
                    + headline.headline()));
            if (news.isEmpty()) {
                out.line("  (none)");
            }
        } catch (RequestRejectedException e) {
            out.line("TWS refused the headlines: " + e.getMessage());
        }
    }
}
