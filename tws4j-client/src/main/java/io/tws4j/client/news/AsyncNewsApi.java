package io.tws4j.client.news;

import io.tws4j.client.Feed;
import io.tws4j.news.NewsBulletin;

/** IB news, asynchronous. */
public interface AsyncNewsApi {

    /** Returns a feed of IB's news bulletins; subscribers share one subscription at TWS. */
    Feed<NewsBulletin> newsBulletins(boolean allMessages);
}
