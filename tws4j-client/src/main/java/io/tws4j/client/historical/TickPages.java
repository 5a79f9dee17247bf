package io.tws4j.client.historical;

import io.tws4j.historical.HistoricalTick;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ticks of a query gathered page by page, and where the next page starts. TWS returns at most
 * 1,000 ticks a request plus every other tick of the boundary second, so each page starts at the
 * second the last one ended on (going backward, the second after the one it started on) and the
 * ticks of that second already gathered are dropped, counted so that equal ticks within one
 * second survive. A second holding a whole page is stepped over. Not thread-safe: one page at a time.
 *
 * @param <T> the kind of tick
 */
final class TickPages<T extends HistoricalTick> {
    /** The most ticks TWS returns for one request. */
    static final int PAGE = 1_000;

    private final TicksPlan plan;
    private final List<T> collected = new ArrayList<>();
    private Map<T, Integer> atBoundary = Map.of();
    private Instant anchor;

    TickPages(TicksPlan plan) {
        this.plan = plan;
        this.anchor = plan.forward() ? plan.start().orElseThrow() : plan.end().orElseThrow();
    }

    /** Returns where the next page starts. */
    Instant anchor() {
        return anchor;
    }

    /** Returns how many ticks to ask for next: enough for the rest, counting the boundary ticks that come again. */
    int count() {
        long again = atBoundary.values().stream().mapToInt(Integer::intValue).sum();
        return (int) Math.min(PAGE, plan.limit() - collected.size() + again);
    }

    /**
     * Takes the page answering a request of {@link #count()} ticks from {@link #anchor()}; returns
     * whether more pages are needed (and moves the anchor) or the query is complete.
     */
    boolean accept(int asked, List<T> page) {
        List<T> fresh = fresh(page);
        boolean complete = plan.forward() ? addForward(fresh) : addBackward(fresh);
        if (complete || page.size() < asked) {
            return false;
        }
        anchor = plan.forward() ? nextForward(page) : nextBackward(page);
        return true;
    }

    /** Returns the ticks gathered, in time order. */
    List<T> ticks() {
        return List.copyOf(collected);
    }

    private List<T> fresh(List<T> page) {
        Map<T, Integer> seen = new HashMap<>(atBoundary);
        List<T> fresh = new ArrayList<>(page.size());
        for (T tick : page) {
            Integer times = seen.get(tick);
            if (times == null) {
                fresh.add(tick);
            } else if (times == 1) {
                seen.remove(tick);
            } else {
                seen.put(tick, times - 1);
            }
        }
        return fresh;
    }

    private boolean addForward(List<T> fresh) {
        Instant end = plan.end().orElse(Instant.MAX);
        for (T tick : fresh) {
            if (!tick.time().isBefore(end)) {
                return true;
            }
            collected.add(tick);
            if (collected.size() >= plan.limit()) {
                return true;
            }
        }
        return false;
    }

    private boolean addBackward(List<T> fresh) {
        collected.addAll(0, fresh);
        if (collected.size() >= plan.limit()) {
            collected.subList(0, collected.size() - plan.limit()).clear();
            return true;
        }
        return false;
    }

    private Instant nextForward(List<T> page) {
        Instant last = second(page.getLast().time());
        if (!last.isAfter(second(anchor))) {
            atBoundary = Map.of();
            return last.plusSeconds(1);
        }
        atBoundary = countAt(last);
        return last;
    }

    private Instant nextBackward(List<T> page) {
        Instant first = second(page.getFirst().time());
        if (!first.plusSeconds(1).isBefore(anchor)) {
            atBoundary = Map.of();
            return first;
        }
        atBoundary = countAt(first);
        return first.plusSeconds(1);
    }

    private Map<T, Integer> countAt(Instant second) {
        Map<T, Integer> counts = new HashMap<>();
        for (T tick : collected) {
            if (second(tick.time()).equals(second)) {
                counts.merge(tick, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Instant second(Instant time) {
        return Instant.ofEpochSecond(time.getEpochSecond());
    }
}
