package io.tws4j.client.orders;

import io.tws4j.client.core.Blocking;
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
     * Sends the three orders (the entry held until the stop-loss arrives) and returns their ids
     * once TWS has acknowledged all three.
     *
     * @throws io.tws4j.client.InvalidRequestException if a leg is missing or on the wrong side of the entry; nothing is sent
     * @throws io.tws4j.client.ReadOnlyViolationException if the client is read-only; nothing is sent
     * @throws io.tws4j.client.RequestRejectedException if TWS rejected a leg, with its code
     * @throws io.tws4j.client.OrderNotReceivedException if the gateway never received the bracket; safe to send it again
     * @throws io.tws4j.client.OrderNotAcknowledgedException if TWS said nothing within the request timeout
     */
    public BracketIds submitAll() {
        return Blocking.await(Brackets.acknowledged(Brackets.submit(core, entry.contract, entry.build(), takeProfit, stopLoss)),
                "bracket order");
    }
}
