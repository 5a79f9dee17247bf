package io.tws4j.client.orders;

import io.tws4j.client.core.Core;
import java.util.concurrent.CompletableFuture;

/**
 * A bracket order on the asynchronous surface.
 *
 * {@snippet :
 * async.order(aapl).buy(100).bracket().entryLimit(150).takeProfit(160).stopLoss(145).submitAll()
 *         .thenAccept(ids -> System.out.println("parent " + ids.parent()));
 * }
 */
public final class AsyncBracketQuery extends BracketDraft<AsyncBracketQuery> {
    private final Core core;

    AsyncBracketQuery(Core core, OrderDraft<?> entry) {
        super(entry);
        this.core = core;
    }

    /** Sends the three orders; the future has their ids, or the error that kept them from being sent. */
    public CompletableFuture<BracketIds> submitAll() {
        try {
            return CompletableFuture.completedFuture(Brackets.submit(core, entry.contract, entry.build(), takeProfit, stopLoss));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
