package io.tws4j.client.news;

import io.tws4j.client.Subscription;
import io.tws4j.client.core.BlockingSubscription;
import io.tws4j.client.core.Core;
import io.tws4j.news.NewsBulletin;

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
}
