package io.tws4j.examples.async;

import io.tws4j.client.AsyncTwsClient;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.news.NewsProvider;

/**
 * Chains futures: the login's news providers, then AAPL's latest headlines from them, then the
 * newest article. Argument: {@code [host:port]}.
 */
public final class HistoricalNewsExample {
    private static final int AAPL = 265598;

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args)) {
            AsyncTwsClient client = AsyncTwsClient.connect(gateway.address(), 100).join();
            try (client) {
                client.newsProviders()
                        .thenCompose(providers -> client.historicalNews(AAPL)
                                .providers(providers.stream().map(NewsProvider::code).toList()).limit(3).fetch())
                        .thenCompose(page -> {
                            page.headlines().forEach(headline -> System.out.println("Headline: " + headline.headline()));
                            var newest = page.headlines().getFirst();
                            return client.newsArticle(newest.providerCode(), newest.articleId());
                        })
                        .thenAccept(article -> System.out.println("Newest article: " + article.type() + ", "
                                + article.text().length() + " characters"))
                        .join();
            }
        }
    }
}
