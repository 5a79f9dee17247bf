package io.tws4j.client.historical;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Spaces the pages of one ticks query so that they keep to TWS's rule of at most five requests
 * for the same contract and data series within two seconds (a bid-ask request counting twice).
 * Wall time, with a margin: TWS's clock is not ours.
 */
final class PagePacing {
    static final int REQUESTS_PER_WINDOW = 5;
    static final Duration WINDOW = Duration.ofMillis(2_100);

    private final int weight;
    private final Deque<Long> sent = new ArrayDeque<>();

    PagePacing(int weight) {
        this.weight = weight;
    }

    /** Returns how long to wait before sending the next page. */
    synchronized Duration waitBeforeNext(long nowNanos) {
        while (!sent.isEmpty() && nowNanos - sent.peekFirst() >= WINDOW.toNanos()) {
            sent.removeFirst();
        }
        if (sent.size() + weight <= REQUESTS_PER_WINDOW) {
            return Duration.ZERO;
        }
        int mustLeave = sent.size() + weight - REQUESTS_PER_WINDOW;
        long leaves = sent.stream().skip(mustLeave - 1).findFirst().orElseThrow() + WINDOW.toNanos();
        return Duration.ofNanos(Math.max(0, leaves - nowNanos));
    }

    /** Notes that a page was sent. */
    synchronized void sent(long nowNanos) {
        for (int i = 0; i < weight; i++) {
            sent.addLast(nowNanos);
        }
    }
}
