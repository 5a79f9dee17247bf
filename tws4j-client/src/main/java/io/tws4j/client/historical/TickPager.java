package io.tws4j.client.historical;

import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.Core;
import io.tws4j.historical.HistoricalTick;
import io.tws4j.historical.TicksRequest;
import io.tws4j.historical.WhatToShow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Fetches the ticks of a query page by page. TWS returns at most 1,000 ticks a request and
 * always every tick of the boundary second, so each page starts at the second the last one ended
 * on (going backward, the second after the one it started on) and the ticks of that second
 * already collected are dropped, counted so that equal ticks in one second survive. A second
 * holding a whole page is stepped over. Cancelling the result cancels the page in flight.
 */
final class TickPager<T extends HistoricalTick> {
    /** The most ticks TWS returns for one request. */
    static final int PAGE = 1_000;

    private final Core core;
    private final TicksPlan plan;
    private final Function<TicksRequest, CallSpec<List<T>>> pages;
    private final PagePacing pacing;
    private final CompletableFuture<List<T>> result = new CompletableFuture<>();
    private final List<T> collected = new ArrayList<>();
    private Map<T, Integer> atBoundary = Map.of();
    private volatile CompletableFuture<List<T>> current;

    TickPager(Core core, TicksPlan plan, Function<TicksRequest, CallSpec<List<T>>> pages) {
        this.core = core;
        this.plan = plan;
        this.pages = pages;
        this.pacing = new PagePacing(plan.whatToShow() == WhatToShow.BID_ASK ? 2 : 1);
        result.whenComplete((ticks, error) -> {
            CompletableFuture<List<T>> page = current;
            if (result.isCancelled() && page != null) {
                page.cancel(true);
            }
        });
    }

    /** Starts fetching; the future completes with the ticks in time order. */
    CompletableFuture<List<T>> start() {
        request(plan.forward() ? plan.start().orElseThrow() : plan.end().orElseThrow());
        return result;
    }

    private void request(Instant anchor) {
        Duration wait = pacing.waitBeforeNext(System.nanoTime());
        Executor executor = wait.isZero() ? Runnable::run
                : CompletableFuture.delayedExecutor(wait.toNanos(), TimeUnit.NANOSECONDS, core.options().deliveryExecutor());
        executor.execute(() -> send(anchor));
    }

    private void send(Instant anchor) {
        if (result.isDone()) {
            return;
        }
        int count = (int) Math.min(PAGE, (long) plan.limit() - collected.size() + atBoundary.values().stream().mapToInt(n -> n).sum());
        pacing.sent(System.nanoTime());
        CompletableFuture<List<T>> page = core.call(pages.apply(plan.page(anchor, count)));
        current = page;
        if (result.isCancelled()) {
            page.cancel(true);
            return;
        }
        page.whenComplete((ticks, error) -> {
            if (error != null) {
                result.completeExceptionally(error instanceof CompletionException wrapped ? wrapped.getCause() : error);
                return;
            }
            try {
                accept(anchor, count, ticks);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    private void accept(Instant anchor, int count, List<T> page) {
        List<T> fresh = fresh(page);
        boolean exhausted = page.size() < count;
        boolean done = plan.forward() ? addForward(fresh) : addBackward(fresh);
        if (done || exhausted) {
            result.complete(List.copyOf(collected));
            return;
        }
        request(plan.forward() ? nextForward(anchor, page) : nextBackward(anchor, page));
    }

    /** Drops the ticks of the boundary second that earlier pages returned already. */
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

    /** Adds ticks going forward; returns whether the query is complete. */
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

    /** Adds ticks going backward; returns whether the query is complete. */
    private boolean addBackward(List<T> fresh) {
        collected.addAll(0, fresh);
        if (collected.size() >= plan.limit()) {
            collected.subList(0, collected.size() - plan.limit()).clear();
            return true;
        }
        return false;
    }

    private Instant nextForward(Instant anchor, List<T> page) {
        Instant last = second(page.getLast());
        if (!last.isAfter(second(anchor))) {
            atBoundary = Map.of();
            return last.plusSeconds(1);
        }
        atBoundary = countAt(last);
        return last;
    }

    private Instant nextBackward(Instant anchor, List<T> page) {
        Instant first = second(page.getFirst());
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
            if (second(tick).equals(second)) {
                counts.merge(tick, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Instant second(HistoricalTick tick) {
        return second(tick.time());
    }

    private static Instant second(Instant time) {
        return Instant.ofEpochSecond(time.getEpochSecond());
    }
}
