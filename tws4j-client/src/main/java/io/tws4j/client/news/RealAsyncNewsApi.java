package io.tws4j.client.news;

import io.tws4j.client.Feed;
import io.tws4j.client.core.Core;
import io.tws4j.client.core.FlowFeed;
import io.tws4j.news.NewsBulletin;

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
}
