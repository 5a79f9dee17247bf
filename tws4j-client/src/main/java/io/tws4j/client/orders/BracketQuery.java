package io.tws4j.client.orders;

import io.tws4j.client.core.Core;

/**
 * A bracket order on the blocking surface.
 *
 * {@snippet :
 * BracketIds ids = client.order(aapl).buy(100).bracket()
 *         .entryLimit(150).takeProfit(160).stopLoss(145)
 *         .submitAll();
 * }
 */
public final class BracketQuery extends BracketDraft<BracketQuery> {
    private final Core core;

    BracketQuery(Core core, OrderDraft<?> entry) {
        super(entry);
        this.core = core;
    }

    /**
     * Sends the three orders (the entry held until the stop-loss arrives) and returns their ids.
     *
     * @throws io.tws4j.client.InvalidRequestException if a leg is missing or on the wrong side of the entry; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     */
    public BracketIds submitAll() {
        return Brackets.submit(core, entry.contract, entry.build(), takeProfit, stopLoss);
    }
}
