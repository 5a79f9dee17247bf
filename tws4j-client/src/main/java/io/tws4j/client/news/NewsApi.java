package io.tws4j.client.news;

import io.tws4j.client.Subscription;
import io.tws4j.contracts.Contract;
import io.tws4j.news.HistoricalNews;
import io.tws4j.news.NewsArticle;
import io.tws4j.news.NewsBulletin;
import io.tws4j.news.NewsProvider;
import io.tws4j.news.NewsTick;
import java.util.List;

/**
 * IB news, blocking: bulletins, the login's news providers, historical headlines and their
 * articles, and headlines as they break on a contract or on a provider's broad tape. One-shot
 * requests block until TWS has answered or the request timeout passes.
 *
 * @see io.tws4j.client.news.AsyncNewsApi the same requests, asynchronous
 */
public interface NewsApi {

    /**
     * Subscribes to IB's news bulletins. Concurrent subscribers share one subscription at TWS,
     * which the last one to close cancels; {@code allMessages} (today's earlier bulletins too)
     * applies as the first subscriber asked.
     *
     * {@snippet :
     * try (Subscription<NewsBulletin> bulletins = client.newsBulletins(true)) {
     *     for (NewsBulletin bulletin : bulletins.data()) {
     *         System.out.println(bulletin.exchange() + ": " + bulletin.message());
     *     }
     * }
     * }
     */
    Subscription<NewsBulletin> newsBulletins(boolean allMessages);

    /**
     * Returns the news providers the login is subscribed to.
     *
     * {@snippet :
     * client.newsProviders().forEach(provider -> System.out.println(provider.code() + " " + provider.name()));
     * }
     *
     * @throws io.tws4j.client.RequestTimeoutException if TWS does not answer in time
     */
    List<NewsProvider> newsProviders();

    /**
     * Returns the body of a news article, by the provider and article id a headline gives.
     *
     * {@snippet :
     * NewsHeadline headline = client.historicalNews(265598).providers("BRFG").limit(1).fetch().headlines().getFirst();
     * NewsArticle article = client.newsArticle(headline.providerCode(), headline.articleId());
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if the code or id is blank or malformed; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException with code 10172 if TWS has no such article
     */
    NewsArticle newsArticle(String providerCode, String articleId);

    /**
     * Starts a request for the historical headlines of a contract; {@link HistoricalNewsQuery#fetch()}
     * sends it and returns one page, newest first.
     *
     * {@snippet :
     * HistoricalNews news = client.historicalNews(265598).providers("BRFG", "DJNL")
     *         .between(Instant.parse("2025-03-01T00:00:00Z"), Instant.parse("2025-03-08T00:00:00Z"))
     *         .limit(20).fetch();
     * news.headlines().forEach(headline -> System.out.println(headline.time() + " " + headline.headline()));
     * }
     *
     * @see HistoricalNewsQuery#fetch() for the errors
     */
    HistoricalNewsQuery<HistoricalNews> historicalNews(int conId);

    /**
     * Subscribes to headlines about a contract as they break, from some providers or, with an
     * empty list, all of the login's. The request is a market data request for news only (generic
     * tick 292 with market data off), sent now; closing the subscription cancels it.
     *
     * {@snippet :
     * try (Subscription<NewsTick> news = client.contractNews(Contract.stock("AAPL").build(), List.of("BRFG", "BZ"))) {
     *     news.data().forEach(tick -> System.out.println(tick.time() + " " + tick.headline()));
     * }
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if the contract has neither conId nor symbol, or a code is malformed; nothing is sent
     */
    Subscription<NewsTick> contractNews(Contract contract, List<String> providerCodes);

    /**
     * Subscribes to every headline of one provider as it breaks: its broad tape, the news
     * contract {@code <code>:<code>_ALL}. Closing the subscription cancels it.
     *
     * {@snippet :
     * try (Subscription<NewsTick> tape = client.broadTapeNews("BRFG")) {
     *     tape.next(Duration.ofMinutes(5)).ifPresent(System.out::println);
     * }
     * }
     *
     * @throws io.tws4j.client.InvalidRequestException if the code is malformed; nothing is sent
     */
    Subscription<NewsTick> broadTapeNews(String providerCode);
}
