package io.tws4j.client.news;

import io.tws4j.client.Subscription;
import io.tws4j.client.core.Blocking;
import io.tws4j.client.core.BlockingSubscription;
import io.tws4j.client.core.Core;
import io.tws4j.contracts.Contract;
import io.tws4j.news.HistoricalNews;
import io.tws4j.news.NewsArticle;
import io.tws4j.news.NewsBulletin;
import io.tws4j.news.NewsProvider;
import io.tws4j.news.NewsTick;
import java.util.List;

/** The implementation behind {@link NewsApi}; clients create it, users get it from a client. */
public final class RealNewsApi implements NewsApi {
    private final Core core;

    public RealNewsApi(Core core) {
        this.core = core;
    }

    @Override
    public Subscription<NewsBulletin> newsBulletins(boolean allMessages) {
        return new BlockingSubscription<>(core.openShared(NewsRequests.bulletins(allMessages)));
    }

    @Override
    public List<NewsProvider> newsProviders() {
        return Blocking.await(core.call(NewsRequests.providers()), "news providers");
    }

    @Override
    public NewsArticle newsArticle(String providerCode, String articleId) {
        return Blocking.await(core.call(NewsRequests.article(providerCode, articleId)), "news article " + articleId);
    }

    @Override
    public HistoricalNewsQuery<HistoricalNews> historicalNews(int conId) {
        return new HistoricalNewsQuery<>(conId,
                request -> Blocking.await(core.call(NewsRequests.historical(request)), "historical news of conId " + conId));
    }

    @Override
    public Subscription<NewsTick> contractNews(Contract contract, List<String> providerCodes) {
        return new BlockingSubscription<>(core.open(NewsRequests.contractNews(contract, providerCodes)));
    }

    @Override
    public Subscription<NewsTick> broadTapeNews(String providerCode) {
        return new BlockingSubscription<>(core.open(NewsRequests.broadTape(providerCode)));
    }
}
