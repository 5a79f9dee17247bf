package io.tws4j.client.marketdata;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.MarketDepthRequest;
import java.util.Objects;
import java.util.function.Function;

/**
 * One market depth request ({@code reqMktDepth}) being described: {@link #subscribe()} returns
 * the raw row updates (a {@code Subscription} or a {@code Feed}), {@link #orderBook()} a book kept
 * up to date from them. TWS limits depth to three distinct contracts at a time (error 309).
 *
 * {@snippet :
 * try (OrderBook book = client.marketDepth(aapl, 10).smartDepth().orderBook()) {
 *     OrderBookSnapshot top = book.awaitUpdate(0, Duration.ofSeconds(5));
 *     System.out.println(top.bestBid() + " / " + top.bestAsk());
 * }
 * }
 *
 * @param <S> what {@link #subscribe()} returns
 * @param <B> what {@link #orderBook()} returns
 */
public final class MarketDepthQuery<S, B> {
    private final Contract contract;
    private final int rows;
    private final Function<MarketDepthRequest, S> subscribe;
    private final Function<MarketDepthRequest, B> orderBook;
    private boolean smartDepth;

    MarketDepthQuery(Contract contract, int rows, Function<MarketDepthRequest, S> subscribe,
                     Function<MarketDepthRequest, B> orderBook) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.rows = rows;
        this.subscribe = subscribe;
        this.orderBook = orderBook;
    }

    /** Aggregates the books of every exchange the contract trades on (the contract's exchange is then SMART). */
    public MarketDepthQuery<S, B> smartDepth() {
        return smartDepth(true);
    }

    /** Sets whether to aggregate every exchange's book. */
    public MarketDepthQuery<S, B> smartDepth(boolean smartDepth) {
        this.smartDepth = smartDepth;
        return this;
    }

    /**
     * Returns the request as described so far.
     *
     * @throws InvalidRequestException if it asks for no rows
     */
    public MarketDepthRequest request() {
        if (rows < 1) {
            throw new InvalidRequestException("a depth book has at least one row, not " + rows);
        }
        return new MarketDepthRequest(contract, rows, smartDepth);
    }

    /**
     * Sends the request and returns the row updates as they come: the book's rows as inserts
     * first, then inserts, updates and deletes. Closing the subscription sends the cancel.
     *
     * @throws InvalidRequestException if the contract identifies nothing or no rows are asked for; nothing is sent
     */
    public S subscribe() {
        return subscribe.apply(request());
    }

    /**
     * Sends the request and returns a book kept up to date from its updates, readable from any
     * thread; closing it sends the cancel.
     *
     * @throws InvalidRequestException if the contract identifies nothing or no rows are asked for; nothing is sent
     */
    public B orderBook() {
        return orderBook.apply(request());
    }
}
