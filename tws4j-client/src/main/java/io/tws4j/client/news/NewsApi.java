package io.tws4j.client.news;

import io.tws4j.client.Subscription;
import io.tws4j.news.NewsBulletin;

/** IB news, blocking. */
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
}
