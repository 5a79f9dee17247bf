package io.tws4j.examples.blocking;

import io.tws4j.client.TwsClient;
import io.tws4j.examples.ExampleGateway;
import io.tws4j.news.HistoricalNews;
import io.tws4j.news.NewsArticle;
import io.tws4j.news.NewsHeadline;
import io.tws4j.news.NewsProvider;
import java.util.List;

/**
 * Prints AAPL's latest headlines from every provider of the login, pages once to older ones,
 * and reads the newest article. Argument: {@code [host:port]}.
 */
public final class HistoricalNewsExample {
    private static final int AAPL = 265598;

    public static void main(String[] args) {
        try (ExampleGateway gateway = ExampleGateway.fromArgs(args);
             TwsClient client = TwsClient.connect(gateway.address(), 100)) {
            List<String> providers = client.newsProviders().stream().map(NewsProvider::code).toList();
            System.out.println("News providers: " + providers);
            var query = client.historicalNews(AAPL).providers(providers).limit(3);
            HistoricalNews page = query.fetch();
            page.headlines().forEach(headline -> System.out.println("  " + headline.time() + " " + headline.headline()));
            if (page.hasMore()) {
                System.out.println("Older:");
                query.olderThan(page).fetch().headlines()
                        .forEach(headline -> System.out.println("  " + headline.time() + " " + headline.headline()));
            }
            if (!page.isEmpty()) {
                NewsHeadline newest = page.headlines().getFirst();
                NewsArticle article = client.newsArticle(newest.providerCode(), newest.articleId());
                System.out.println("Article " + newest.articleId() + " (" + article.type() + ", "
                        + article.bytes().length + " bytes)");
            }
        }
    }
}
