package io.tws4j.simulator.market;

import io.tws4j.simulator.core.GatewayClock;
import io.tws4j.simulator.core.GatewayScheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A live subscription to one instrument's market. Every poll (100 ms of wall time) hands the
 * listener the events of [last poll's time, now) by the gateway's clock, so consecutive polls
 * cover time without gap or overlap, and what was delivered equals what
 * {@link InstrumentMarket#events} returns for the same interval. A delayed feed runs the same
 * way a fixed time behind the clock, as delayed market data does.
 */
public final class MarketFeed implements AutoCloseable {
    /** How often the feed looks at the clock. */
    static final Duration POLL = Duration.ofMillis(100);

    private final InstrumentMarket market;
    private final InstantSource clock;
    private final MarketListener listener;
    private final Duration delay;
    private final Instant start;
    private volatile Instant coveredUntil;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Runnable onClose;
    private long jumps;
    private GatewayScheduler.Task task;

    MarketFeed(InstrumentMarket market, InstantSource clock, MarketListener listener, Duration delay, Runnable onClose) {
        this.market = market;
        this.onClose = onClose;
        this.clock = clock;
        this.listener = listener;
        this.delay = delay;
        this.start = clock.instant().minus(delay);
        this.coveredUntil = start;
        this.jumps = jumps(clock);
    }

    void start(GatewayScheduler scheduler) {
        task = scheduler.repeat("tws4j-market-" + market.conId(), POLL, this::poll);
    }

    /** Returns the gateway time the feed started at (less its delay): its first events are at or after it. */
    public Instant start() {
        return start;
    }

    /** Returns the gateway time up to which (exclusive) events have been delivered. */
    public Instant coveredUntil() {
        return coveredUntil;
    }

    /** Stops the feed; a poll in progress still delivers its whole batch (and moves {@link #coveredUntil()}). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (task != null) {
            task.cancel();
        }
        onClose.run();
    }

    private static long jumps(InstantSource clock) {
        return clock instanceof GatewayClock gateway ? gateway.jumps() : 0;
    }

    private void poll() {
        Instant from = coveredUntil;
        Instant now = clock.instant().minus(delay);
        long seen = jumps(clock);
        if (seen != jumps) {
            // The gateway's time was set: go on from the new time rather than replay what lies between.
            jumps = seen;
            coveredUntil = now;
            return;
        }
        if (closed.get() || !now.isAfter(from)) {
            return;
        }
        List<MarketEvent> events = market.events(from, now);
        try {
            events.forEach(listener::onEvent);
        } finally {
            // A listener that throws loses the rest of its batch, but never gets an event twice.
            coveredUntil = now;
        }
    }
}
