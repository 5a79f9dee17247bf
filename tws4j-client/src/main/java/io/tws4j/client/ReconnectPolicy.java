package io.tws4j.client;

import java.time.Duration;

/**
 * How the client reconnects after losing its connection: a Fibonacci backoff (1, 2, 3, 5, 8,
 * 13, 21, 30, 30 … units, the unit one second by default), for a number of attempts or forever.
 *
 * @param unit the length of one step of the backoff
 * @param maxDelay the longest wait between two attempts
 * @param maxAttempts how many attempts before giving up; 0 means never reconnect
 * @param forever whether to keep trying without limit
 */
public record ReconnectPolicy(Duration unit, Duration maxDelay, int maxAttempts, boolean forever) {

    public ReconnectPolicy {
        if (unit.isNegative() || unit.isZero() || maxDelay.compareTo(unit) < 0 || maxAttempts < 0) {
            throw new IllegalArgumentException("invalid reconnect policy");
        }
    }

    /** Returns the default: Fibonacci seconds capped at 30 s, 20 attempts (about 7.5 minutes). */
    public static ReconnectPolicy fibonacci() {
        return new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 20, false);
    }

    /** Returns a policy that never reconnects: a lost connection closes the client. */
    public static ReconnectPolicy disabled() {
        return new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0, false);
    }

    /** Returns this policy with a different number of attempts. */
    public ReconnectPolicy withMaxAttempts(int attempts) {
        return new ReconnectPolicy(unit, maxDelay, attempts, false);
    }

    /** Returns this policy trying without limit. */
    public ReconnectPolicy withForever() {
        return new ReconnectPolicy(unit, maxDelay, maxAttempts, true);
    }

    /** Returns this policy with another backoff unit and cap, e.g. milliseconds in tests. */
    public ReconnectPolicy withBackoff(Duration stepUnit, Duration cap) {
        return new ReconnectPolicy(stepUnit, cap, maxAttempts, forever);
    }

    /** Returns whether another attempt follows attempt number {@code attempt} (1-based). */
    public boolean allowsAttempt(int attempt) {
        return forever || attempt <= maxAttempts;
    }

    /** Returns the wait before attempt number {@code attempt} (1-based). */
    public Duration delayBefore(int attempt) {
        long previous = 1;
        long current = 1;
        for (int i = 1; i < attempt && current < Integer.MAX_VALUE; i++) {
            long next = previous + current;
            previous = current;
            current = next;
        }
        Duration delay = unit.multipliedBy(Math.min(current, Integer.MAX_VALUE));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
