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

    /**
     * Sends the three orders; the future has their ids once TWS has acknowledged all three, or
     * the error of the first leg that failed.
     */
    public CompletableFuture<BracketIds> submitAll() {
        try {
            return Brackets.acknowledged(Brackets.submit(core, entry.contract, entry.build(), takeProfit, stopLoss));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
