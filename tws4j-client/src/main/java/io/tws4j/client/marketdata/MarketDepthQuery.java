package io.tws4j.client.marketdata;

import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.core.StreamOpener;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.MarketDepthRequest;
import java.util.Objects;

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
    private final StreamOpener<MarketDepthRequest, S> subscribe;
    private final StreamOpener<MarketDepthRequest, B> orderBook;
    private boolean smartDepth;
    private boolean resumeOnReconnect;

    MarketDepthQuery(Contract contract, int rows, boolean resumeByDefault, StreamOpener<MarketDepthRequest, S> subscribe,
                     StreamOpener<MarketDepthRequest, B> orderBook) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.rows = rows;
        this.resumeOnReconnect = resumeByDefault;
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
     * Sets whether the stream resumes after a reconnect; by default it does as the client's
     * {@link io.tws4j.client.ClientOptions#resumeStreams()} says (on). Resuming, its request is
     * sent again under a new request id and the same subscription, feed subscriber or {@link OrderBook} goes on,
     * the gap marked with {@link io.tws4j.client.StreamItem.Interrupted} and
     * {@link io.tws4j.client.StreamItem.Resumed}; not resuming, it ends with a
     * {@link io.tws4j.client.ConnectionResetException} when the connection is lost.
     * The rows of the resumed request follow its {@code Resumed} mark: a book built from the
     * earlier rows is void there ({@link OrderBook} empties itself and is rebuilt).
     */
    public MarketDepthQuery<S, B> resumeOnReconnect(boolean resume) {
        this.resumeOnReconnect = resume;
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
        return subscribe.open(request(), resumeOnReconnect);
    }

    /**
     * Sends the request and returns a book kept up to date from its updates, readable from any
     * thread; closing it sends the cancel.
     *
     * @throws InvalidRequestException if the contract identifies nothing or no rows are asked for; nothing is sent
     */
    public B orderBook() {
        return orderBook.open(request(), resumeOnReconnect);
    }
}
