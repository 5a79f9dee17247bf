package io.tws4j.simulator.historical;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One client session's historical queries: its pacing, the one-shot queries the data farm is
 * still working on, and the bar requests kept up to date. Each query ends exactly once: answered,
 * cancelled, or dropped with its session.
 */
final class SessionQueries {
    private final PacingTracker pacing;
    private final Map<Integer, Pending> pending = new ConcurrentHashMap<>();
    private final Map<Integer, LiveBars> live = new ConcurrentHashMap<>();

    SessionQueries(HistoricalLimits limits) {
        this.pacing = new PacingTracker(limits);
    }

    PacingTracker pacing() {
        return pacing;
    }

    /** Registers a one-shot query the data farm starts working on. */
    Pending start(int requestId) {
        Pending query = new Pending(requestId);
        pending.put(requestId, query);
        return query;
    }

    /** Registers a bar request kept up to date. */
    void keep(int requestId, LiveBars bars) {
        live.put(requestId, bars);
    }

    /** Cancels a query; returns whether a one-shot query was still being worked on (TWS then reports it cancelled). */
    boolean cancel(int requestId) {
        LiveBars bars = live.remove(requestId);
        if (bars != null) {
            bars.stop();
        }
        Pending query = pending.remove(requestId);
        return query != null && query.cancel();
    }

    /** Returns how many bar requests are kept up to date. */
    int liveCount() {
        return live.size();
    }

    /** Stops the bar requests kept up to date (TWS lost their data); one-shot queries go on. */
    void dropLive() {
        live.values().forEach(LiveBars::stop);
        live.clear();
    }

    /** Ends everything when the session closes. */
    void close() {
        live.values().forEach(LiveBars::stop);
        live.clear();
        pending.values().forEach(Pending::cancel);
        pending.clear();
    }

    /** A one-shot query in the works. */
    final class Pending {
        private static final int WORKING = 0;
        private static final int ANSWERED = 1;
        private static final int CANCELLED = 2;

        private final int requestId;
        private final AtomicInteger state = new AtomicInteger(WORKING);

        private Pending(int requestId) {
            this.requestId = requestId;
        }

        /** Claims the right to answer; false if the query was cancelled meanwhile. */
        boolean answer() {
            boolean claimed = state.compareAndSet(WORKING, ANSWERED);
            pending.remove(requestId, this);
            return claimed;
        }

        boolean isCancelled() {
            return state.get() == CANCELLED;
        }

        private boolean cancel() {
            return state.compareAndSet(WORKING, CANCELLED);
        }
    }
}
