package io.tws4j.simulator.core;

/**
 * One client's messages over the last second, against a limit of {@code n} a second: the times
 * of the last {@code n} messages handled, in a ring. Used by the session's reader thread only.
 */
final class MessageRate {
    private static final long SECOND = 1_000_000_000L;

    private final long[] handledAt;
    private int next;
    private int count;

    MessageRate(int perSecond) {
        this.handledAt = new long[perSecond];
    }

    /** Returns 0 and counts the message if it is within the limit at {@code now}; else how long until it would be. */
    long admit(long nowNanos) {
        if (count == handledAt.length) {
            long oldest = handledAt[next];
            long wait = oldest + SECOND - nowNanos;
            if (wait > 0) {
                return wait;
            }
        } else {
            count++;
        }
        handledAt[next] = nowNanos;
        next = (next + 1) % handledAt.length;
        return 0;
    }
}
