package io.tws4j.client.historical;

import io.tws4j.client.core.CallSpec;
import io.tws4j.client.core.Core;
import io.tws4j.historical.HistoricalTick;
import io.tws4j.historical.TicksRequest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Fetches the ticks of a query page by page ({@link TickPages} decides what to ask next). The
 * client's pacing governor spaces the pages to keep to TWS's historical pacing rules. A failed
 * page fails the query; cancelling the result cancels the page in flight at TWS.
 */
final class TickPager<T extends HistoricalTick> {
    private final Core core;
    private final TicksPlan plan;
    private final Function<TicksRequest, CallSpec<List<T>>> pages;
    private final TickPages<T> gathered;
    private final CompletableFuture<List<T>> result = new CompletableFuture<>();
    private volatile CompletableFuture<List<T>> current;

    TickPager(Core core, TicksPlan plan, Function<TicksRequest, CallSpec<List<T>>> pages) {
        this.core = core;
        this.plan = plan;
        this.pages = pages;
        this.gathered = new TickPages<>(plan);
        result.whenComplete((ticks, error) -> {
            CompletableFuture<List<T>> page = current;
            if (result.isCancelled() && page != null) {
                page.cancel(true);
            }
        });
    }

    /** Starts fetching; the future completes with the ticks in time order. */
    CompletableFuture<List<T>> start() {
        next();
        return result;
    }

    private void next() {
        if (result.isDone()) {
            return;
        }
        Instant anchor = gathered.anchor();
        int count = gathered.count();
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
                if (gathered.accept(count, ticks)) {
                    next();
                } else {
                    result.complete(gathered.ticks());
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }
}
