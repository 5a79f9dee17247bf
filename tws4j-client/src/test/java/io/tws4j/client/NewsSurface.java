package io.tws4j.client;

import io.tws4j.client.news.HistoricalNewsQuery;
import io.tws4j.contracts.Contract;
import io.tws4j.news.HistoricalNews;
import io.tws4j.news.NewsArticle;
import io.tws4j.news.NewsProvider;
import io.tws4j.news.NewsTick;
import java.util.List;
import java.util.function.Consumer;

/** The two surfaces a news scenario runs through: the blocking client, or the async view waited on and its feeds read. */
enum NewsSurface {
    BLOCKING {
        @Override
        List<NewsProvider> providers(TwsClient client) {
            return client.newsProviders();
        }

        @Override
        NewsArticle article(TwsClient client, String providerCode, String articleId) {
            return client.newsArticle(providerCode, articleId);
        }

        @Override
        HistoricalNews historical(TwsClient client, int conId, Consumer<HistoricalNewsQuery<?>> describe) {
            HistoricalNewsQuery<HistoricalNews> query = client.historicalNews(conId);
            describe.accept(query);
            return query.fetch();
        }

        @Override
        Subscription<NewsTick> contractNews(TwsClient client, Contract contract, List<String> providerCodes) {
            return client.contractNews(contract, providerCodes);
        }

        @Override
        Subscription<NewsTick> broadTapeNews(TwsClient client, String providerCode) {
            return client.broadTapeNews(providerCode);
        }
    },
    ASYNC {
        @Override
        List<NewsProvider> providers(TwsClient client) {
            return Futures.await(client.async().newsProviders());
        }

        @Override
        NewsArticle article(TwsClient client, String providerCode, String articleId) {
            return Futures.await(client.async().newsArticle(providerCode, articleId));
        }

        @Override
        HistoricalNews historical(TwsClient client, int conId, Consumer<HistoricalNewsQuery<?>> describe) {
            var query = client.async().historicalNews(conId);
            describe.accept(query);
            return Futures.await(query.fetch());
        }

        @Override
        Subscription<NewsTick> contractNews(TwsClient client, Contract contract, List<String> providerCodes) {
            return FeedSubscription.of(client.async().contractNews(contract, providerCodes));
        }

        @Override
        Subscription<NewsTick> broadTapeNews(TwsClient client, String providerCode) {
            return FeedSubscription.of(client.async().broadTapeNews(providerCode));
        }
    };

    abstract List<NewsProvider> providers(TwsClient client);

    abstract NewsArticle article(TwsClient client, String providerCode, String articleId);

    /** Describes a historical news request and fetches it. */
    abstract HistoricalNews historical(TwsClient client, int conId, Consumer<HistoricalNewsQuery<?>> describe);

    abstract Subscription<NewsTick> contractNews(TwsClient client, Contract contract, List<String> providerCodes);

    abstract Subscription<NewsTick> broadTapeNews(TwsClient client, String providerCode);
}
