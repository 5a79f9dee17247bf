package io.tws4j.client.core;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Runs the id-less requests of one lane one at a time, in order, so that each caller gets the
 * reply to its own request, and keeps the lane's minimum spacing between requests.
 */
final class SharedLane {
    private final LaneKey key;
    private final Core core;
    private final Deque<CallRoute<?>> waiting = new ArrayDeque<>();
    private volatile CallRoute<?> current;
    private long lastStartNanos = Long.MIN_VALUE / 2;
    private boolean wakeScheduled;

    SharedLane(LaneKey key, Core core) {
        this.key = key;
        this.core = core;
    }

    LaneKey key() {
        return key;
    }

    /** Returns the request whose replies are arriving now, or null. */
    CallRoute<?> current() {
        return current;
    }

    synchronized void submit(CallRoute<?> call) {
        waiting.add(call);
        advance();
    }

    synchronized void release(CallRoute<?> call) {
        waiting.remove(call);
        if (current == call) {
            current = null;
            // Spacing counts from the answer too: TWS measures from when it answered, and a request
            // sent on time can still reach it early when the previous one was slow to arrive.
            lastStartNanos = System.nanoTime();
            advance();
        }
    }

    /** After a reconnect, the request in flight is sent again by the core; the order stays. */
    private void advance() {
        if (current != null || wakeScheduled || waiting.isEmpty()) {
            return;
        }
        long wait = lastStartNanos + key.minInterval().toNanos() - System.nanoTime();
        if (wait > 0) {
            wakeScheduled = true;
            Scheduling.scheduleNanos(this::wake, wait);
            return;
        }
        CallRoute<?> next = waiting.poll();
        current = next;
        lastStartNanos = System.nanoTime();
        // Never write on the caller's thread here: release() runs on the reader thread.
        core.deliver(() -> core.transmit(next));
    }

    private synchronized void wake() {
        wakeScheduled = false;
        advance();
    }
}
