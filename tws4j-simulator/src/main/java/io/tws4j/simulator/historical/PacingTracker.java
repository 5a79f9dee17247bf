package io.tws4j.simulator.historical;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * One client session's historical requests, held against TWS's pacing rules. A refused request
 * does not count against later ones (inferred: TWS's documentation is silent).
 */
final class PacingTracker {
    private final HistoricalLimits limits;
    private final Deque<Instant> recent = new ArrayDeque<>();
    private final Map<String, Instant> identical = new HashMap<>();
    private final Map<String, Deque<Instant>> perContract = new HashMap<>();

    PacingTracker(HistoricalLimits limits) {
        this.limits = limits;
    }

    /**
     * Admits a request made at {@code now} if it keeps to the rules, and counts it.
     *
     * @param identicalKey what makes two requests identical (everything but the request id)
     * @param contractKey the contract, exchange and series
     * @param weight how many times it counts (2 for {@code BID_ASK})
     * @return whether the request keeps to the rules
     */
    synchronized boolean admit(String identicalKey, String contractKey, int weight, Instant now) {
        if (!limits.paced()) {
            return true;
        }
        Instant last = identical.get(identicalKey);
        Deque<Instant> contract = perContract.computeIfAbsent(contractKey, key -> new ArrayDeque<>());
        if (last != null && Duration.between(last, now).compareTo(limits.identicalWindow()) < 0
                || countSince(contract, now.minus(limits.contractWindow())) + weight > limits.requestsPerContract()
                || countSince(recent, now.minus(limits.window())) + weight > limits.requestsPerWindow()) {
            return false;
        }
        identical.put(identicalKey, now);
        for (int i = 0; i < weight; i++) {
            contract.addLast(now);
            recent.addLast(now);
        }
        identical.values().removeIf(time -> Duration.between(time, now).compareTo(limits.identicalWindow()) >= 0);
        return true;
    }

    /** Drops entries older than {@code since} and counts the rest. */
    private static int countSince(Deque<Instant> times, Instant since) {
        for (Iterator<Instant> it = times.iterator(); it.hasNext(); ) {
            if (it.next().isAfter(since)) {
                break;
            }
            it.remove();
        }
        return times.size();
    }
}
