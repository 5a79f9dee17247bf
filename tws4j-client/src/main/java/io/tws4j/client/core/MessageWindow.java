package io.tws4j.client.core;

/**
 * The message-rate rule: at most {@code limit} messages in any window of {@code windowNanos}.
 * Remembers the times of the last {@code limit} messages in a ring, so a message may go once
 * the one sent {@code limit} messages before it has left the window: a token bucket whose every
 * token comes back exactly one window after it was spent, which never lets a window hold more
 * than the limit (a classic bucket refilling continuously would allow twice its size in a
 * window straddling a refill). Not thread-safe; times are {@link System#nanoTime()} values.
 */
final class MessageWindow {
    private final int limit;
    private final long windowNanos;
    private final long[] sent;
    private int count;
    private int oldest;

    /** @param limit how many messages a window may hold; {@link Integer#MAX_VALUE} for no limit */
    MessageWindow(int limit, long windowNanos) {
        this.limit = limit;
        this.windowNanos = windowNanos;
        this.sent = limit == Integer.MAX_VALUE ? new long[0] : new long[limit];
    }

    boolean isUnlimited() {
        return limit == Integer.MAX_VALUE;
    }

    /** Returns when the next message may go: {@code now} if a token is free. */
    long nextFree(long now) {
        if (isUnlimited() || count < limit) {
            return now;
        }
        return Math.max(now, sent[oldest] + windowNanos);
    }

    /** Spends a token at {@code now}; the caller checked {@link #nextFree}. */
    void record(long now) {
        if (isUnlimited()) {
            return;
        }
        if (count < limit) {
            sent[(oldest + count) % limit] = now;
            count++;
        } else {
            sent[oldest] = now;
            oldest = (oldest + 1) % limit;
        }
    }

    /**
     * Returns when the {@code n}-th message from now (1-based) may go if nothing else is sent
     * before it: the n-th free slot, each slot freeing one window after its last use.
     */
    long timeOfNth(int n, long now) {
        if (isUnlimited() || n < 1) {
            return now;
        }
        int slot = (n - 1) % limit;
        long cycle = (n - 1) / limit;
        int free = limit - count;
        if (slot < free) {
            return now + cycle * windowNanos;
        }
        long last = sent[(oldest + slot - free) % limit];
        return Math.max(now + cycle * windowNanos, last + (cycle + 1) * windowNanos);
    }
}
