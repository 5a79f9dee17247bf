package io.tws4j.client.orders;

/**
 * A bracket being described from an order's side and quantity: its entry (a limit or market
 * order), take-profit and stop-loss. {@link BracketQuery} and {@link AsyncBracketQuery} send it.
 *
 * @param <B> the query type, returned by every verb
 */
public abstract sealed class BracketDraft<B extends BracketDraft<B>> permits BracketQuery, AsyncBracketQuery {
    final OrderDraft<?> entry;
    double takeProfit;
    double stopLoss;

    BracketDraft(OrderDraft<?> entry) {
        this.entry = entry;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /** Enters with a limit order at {@code price}. */
    public B entryLimit(double price) {
        entry.limit(price);
        return self();
    }

    /** Enters with a market order. */
    public B entryMarket() {
        entry.market();
        return self();
    }

    /** Takes profit with a limit order at {@code price}. */
    public B takeProfit(double price) {
        this.takeProfit = price;
        return self();
    }

    /** Limits the loss with a stop order at {@code price}. */
    public B stopLoss(double price) {
        this.stopLoss = price;
        return self();
    }
}
