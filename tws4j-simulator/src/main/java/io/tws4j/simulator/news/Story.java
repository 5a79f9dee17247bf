package io.tws4j.simulator.news;

import io.tws4j.news.NewsHeadline;
import io.tws4j.news.NewsTick;
import io.tws4j.simulator.contracts.Instrument;
import java.time.Instant;

/**
 * One simulated news story about a stock.
 *
 * @param stock the stock it is about
 * @param providerCode the provider that published it
 * @param time when it was published
 * @param articleId its id at the provider
 * @param headline its headline
 * @param changePercent the stock's move since the previous close when it was published
 * @param price the stock's price when it was published
 * @param previousClose the previous close the move is measured from
 * @param extraData the provider's extra data, as news ticks carry it
 */
record Story(Instrument stock, String providerCode, Instant time, String articleId, String headline,
             double changePercent, double price, double previousClose, String extraData) {

    NewsHeadline asHeadline() {
        return new NewsHeadline(time, providerCode, articleId, headline);
    }

    NewsTick asTick() {
        return new NewsTick(time, providerCode, articleId, headline, extraData);
    }
}
