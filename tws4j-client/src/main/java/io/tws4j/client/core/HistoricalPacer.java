package io.tws4j.client.core;

import io.tws4j.client.PacingRule;
import io.tws4j.client.PacingRules;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * TWS's three historical pacing rules over the requests sent so far: no identical request within
 * a window, at most so many for one contract, exchange and series within another, at most so
 * many in all within a third, weighted. Answers when a request may go; the caller records it when
 * it is written. Not thread-safe; times are {@link System#nanoTime()} values.
 */
final class HistoricalPacer {
    private final PacingRules.Historical rules;
    private final long identicalNanos;
    private final long contractNanos;
    private final long windowNanos;
    private final Map<Object, Long> identical;
    private final Map<String, ArrayDeque<Long>> perContract;
    private final ArrayDeque<Long> recent;

    HistoricalPacer(PacingRules.Historical rules, long marginNanos) {
        this(rules, rules.identicalWindow().toNanos() + marginNanos, rules.contractWindow().toNanos() + marginNanos,
                rules.window().toNanos() + marginNanos, new HashMap<>(), new HashMap<>(), new ArrayDeque<>());
    }

    private HistoricalPacer(PacingRules.Historical rules, long identicalNanos, long contractNanos, long windowNanos,
                            Map<Object, Long> identical, Map<String, ArrayDeque<Long>> perContract, ArrayDeque<Long> recent) {
        this.rules = rules;
        this.identicalNanos = identicalNanos;
        this.contractNanos = contractNanos;
        this.windowNanos = windowNanos;
        this.identical = identical;
        this.perContract = perContract;
        this.recent = recent;
    }

    /** When a request may go, and the rule that holds it back longest (null if it may go at {@code now}). */
    record Turn(long at, PacingRule rule) {}

    /** Returns the earliest time, not before {@code now}, at which {@code key} keeps every rule. */
    Turn earliest(HistoricalKey key, long now) {
        long at = now;
        PacingRule rule = null;
        Long last = identical.get(key.identical());
        if (last != null && last + identicalNanos > at) {
            at = last + identicalNanos;
            rule = PacingRule.HISTORICAL_IDENTICAL;
        }
        ArrayDeque<Long> contract = perContract.get(key.contract());
        if (contract != null) {
            long free = freeAt(contract, rules.requestsPerContract(), key.weight(), contractNanos, now);
            if (free > at) {
                at = free;
                rule = PacingRule.HISTORICAL_SAME_CONTRACT;
            }
        }
        long free = freeAt(recent, rules.requestsPerWindow(), key.weight(), windowNanos, now);
        if (free > at) {
            at = free;
            rule = PacingRule.HISTORICAL_PER_WINDOW;
        }
        return new Turn(at, rule);
    }

    /** Counts a request written at {@code now}. */
    void record(HistoricalKey key, long now) {
        identical.values().removeIf(time -> time + identicalNanos <= now);
        identical.put(key.identical(), now);
        ArrayDeque<Long> contract = perContract.computeIfAbsent(key.contract(), k -> new ArrayDeque<>());
        purge(contract, contractNanos, now);
        purge(recent, windowNanos, now);
        for (int i = 0; i < key.weight(); i++) {
            contract.addLast(now);
            recent.addLast(now);
        }
        perContract.values().removeIf(ArrayDeque::isEmpty);
    }

    /** Returns a copy to play a queue forward on without touching this one. */
    HistoricalPacer copy() {
        Map<String, ArrayDeque<Long>> contracts = new HashMap<>();
        perContract.forEach((key, times) -> contracts.put(key, new ArrayDeque<>(times)));
        return new HistoricalPacer(rules, identicalNanos, contractNanos, windowNanos, new HashMap<>(identical), contracts,
                new ArrayDeque<>(recent));
    }

    /**
     * Returns when {@code weight} more entries fit in a window holding at most {@code limit}: at
     * once if they fit now, else when enough of the oldest entries have left it.
     */
    private static long freeAt(ArrayDeque<Long> times, int limit, int weight, long window, long now) {
        int inWindow = 0;
        for (long time : times) {
            if (time + window > now) {
                inWindow++;
            }
        }
        int mustLeave = inWindow + weight - limit;
        if (mustLeave <= 0) {
            return now;
        }
        Iterator<Long> it = times.iterator();
        int skipped = 0;
        while (it.hasNext()) {
            long time = it.next();
            if (time + window <= now) {
                continue;
            }
            if (++skipped == mustLeave) {
                return time + window;
            }
        }
        return now;
    }

    private static void purge(ArrayDeque<Long> times, long window, long now) {
        while (!times.isEmpty() && times.peekFirst() + window <= now) {
            times.removeFirst();
        }
    }
}
