package io.tws4j.client.news;

import io.tws4j.client.Feed;
import io.tws4j.contracts.Contract;
import io.tws4j.news.HistoricalNews;
import io.tws4j.news.NewsArticle;
import io.tws4j.news.NewsBulletin;
import io.tws4j.news.NewsProvider;
import io.tws4j.news.NewsTick;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** IB news, asynchronous. Futures and feed signals never run on the connection's reader thread. */
public interface AsyncNewsApi {

    /** Returns a feed of IB's news bulletins; subscribers share one subscription at TWS. */
    Feed<NewsBulletin> newsBulletins(boolean allMessages);

    /**
     * Returns the news providers the login is subscribed to.
     *
     * {@snippet :
     * client.async().newsProviders().thenAccept(providers -> providers.forEach(System.out::println));
     * }
     */
    CompletableFuture<List<NewsProvider>> newsProviders();

    /**
     * Returns the body of a news article; the future fails with {@link io.tws4j.client.RequestRejectedException}
     * (code 10172) if TWS has no such article.
     *
     * {@snippet :
     * client.async().newsArticle("BZ", headline.articleId()).thenAccept(article -> System.out.println(article.text()));
     * }
     */
    CompletableFuture<NewsArticle> newsArticle(String providerCode, String articleId);

    /**
     * Starts a request for the historical headlines of a contract; {@link HistoricalNewsQuery#fetch()}
     * returns the future of one page.
     *
     * {@snippet :
     * client.async().historicalNews(265598).providers("BZ").limit(5).fetch()
     *         .thenAccept(page -> page.headlines().forEach(System.out::println));
     * }
     */
    HistoricalNewsQuery<CompletableFuture<HistoricalNews>> historicalNews(int conId);

    /**
     * Returns a feed of headlines about a contract as they break; each subscriber opens its own
     * request, cancelled when it cancels.
     *
     * {@snippet :
     * client.async().contractNews(Contract.stock("AAPL").build(), List.of("BZ")).data()
     *         .subscribe(subscriber);   // onNext(NewsTick) as stories run
     * }
     */
    Feed<NewsTick> contractNews(Contract contract, List<String> providerCodes);

    /**
     * Returns a feed of every headline of one provider as it breaks (its broad tape); each
     * subscriber opens its own request.
     *
     * {@snippet :
     * client.async().broadTapeNews("BRFG").data().subscribe(subscriber);
     * }
     */
    Feed<NewsTick> broadTapeNews(String providerCode);
}
