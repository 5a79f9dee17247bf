package io.tws4j.client.news;

import io.tws4j.client.Feed;
import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.FlowFeed;
import io.tws4j.contracts.Contract;
import io.tws4j.news.HistoricalNews;
import io.tws4j.news.NewsArticle;
import io.tws4j.news.NewsBulletin;
import io.tws4j.news.NewsProvider;
import io.tws4j.news.NewsTick;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The implementation behind {@link AsyncNewsApi}; clients create it, users get it from a client. */
public final class RealAsyncNewsApi implements AsyncNewsApi {
    private final Core core;

    public RealAsyncNewsApi(Core core) {
        this.core = core;
    }

    @Override
    public Feed<NewsBulletin> newsBulletins(boolean allMessages) {
        return new FlowFeed<>("news-bulletins", () -> core.openShared(NewsRequests.bulletins(allMessages)));
    }

    @Override
    public CompletableFuture<List<NewsProvider>> newsProviders() {
        return core.call(NewsRequests.providers());
    }

    @Override
    public CompletableFuture<NewsArticle> newsArticle(String providerCode, String articleId) {
        return call(() -> NewsRequests.article(providerCode, articleId));
    }

    @Override
    public HistoricalNewsQuery<CompletableFuture<HistoricalNews>> historicalNews(int conId) {
        return new HistoricalNewsQuery<>(conId, request -> call(() -> NewsRequests.historical(request)));
    }

    @Override
    public Feed<NewsTick> contractNews(Contract contract, List<String> providerCodes) {
        return new FlowFeed<>("news-" + contract.symbol(), () -> core.open(NewsRequests.contractNews(contract, providerCodes)));
    }

    @Override
    public Feed<NewsTick> broadTapeNews(String providerCode) {
        return new FlowFeed<>("news-tape-" + providerCode, () -> core.open(NewsRequests.broadTape(providerCode)));
    }

    /** Sends the request the spec describes, or fails at once when the spec's checks refuse it. */
    private <R> CompletableFuture<R> call(Supplier<CallSpec<R>> spec) {
        CallSpec<R> checked;
        try {
            checked = spec.get();
        } catch (InvalidRequestException e) {
            return CompletableFuture.failedFuture(e);
        }
        return core.call(checked);
    }
}
