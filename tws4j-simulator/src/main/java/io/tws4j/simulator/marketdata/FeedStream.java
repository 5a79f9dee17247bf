package io.tws4j.simulator.marketdata;

import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.market.MarketEvent;
import io.tws4j.simulator.market.MarketFeed;
import io.tws4j.simulator.market.MarketListener;

/**
 * A stream fed by one of the model's live feeds: it handles each event under its own lock (so
 * that events wait while the opening values are sent), ignores them once stopped or
 * disconnected, and stops by closing the feed.
 */
abstract class FeedStream implements LiveStream, MarketListener {
    final ClientSession session;
    private MarketFeed feed;
    private volatile boolean stopped;

    FeedStream(ClientSession session) {
        this.session = session;
    }

    /** Keeps the stream's feed; call holding the stream's lock, before sending the opening values. */
    final MarketFeed listen(MarketFeed feed) {
        this.feed = feed;
        return feed;
    }

    /** Handles one event of the feed; called holding the stream's lock. */
    abstract void event(MarketEvent event);

    @Override
    public final void onEvent(MarketEvent event) {
        if (stopped || session.isClosed()) {
            return;
        }
        synchronized (this) {
            // Stopped while this event waited for the lock: nothing more may go out for it.
            if (!stopped) {
                event(event);
            }
        }
    }

    @Override
    public final void stop() {
        stopped = true;
        MarketFeed open;
        synchronized (this) {
            open = feed;
        }
        if (open != null) {
            open.close();
        }
    }
}
