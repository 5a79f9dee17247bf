package io.tws4j.client.marketdata;

import io.tws4j.client.core.StreamOpener;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.TickByTickRequest;
import io.tws4j.marketdata.TickByTickType;
import java.util.Objects;

/**
 * One tick-by-tick request ({@code reqTickByTickData}) being described; the terminal picks what
 * to stream. On the blocking surface each terminal returns a {@code Subscription}, on the
 * asynchronous one a {@code Feed}, of trades, quotes or midpoints. TWS limits how many
 * tick-by-tick streams run at once (error 10190).
 *
 * {@snippet :
 * try (Subscription<TradeTick> trades = client.tickByTick(aapl).allLast()) {
 *     trades.next(Duration.ofSeconds(5)).ifPresent(System.out::println);
 * }
 * }
 *
 * @param <T> what {@link #last()} and {@link #allLast()} return
 * @param <B> what {@link #bidAsk(boolean)} returns
 * @param <M> what {@link #midpoint()} returns
 */
public final class TickByTickQuery<T, B, M> {
    private final Contract contract;
    private final StreamOpener<TickByTickRequest, T> trades;
    private final StreamOpener<TickByTickRequest, B> quotes;
    private final StreamOpener<TickByTickRequest, M> midpoints;
    private int historicalTicks;
    private boolean resumeOnReconnect;

    TickByTickQuery(Contract contract, boolean resumeByDefault, StreamOpener<TickByTickRequest, T> trades,
                    StreamOpener<TickByTickRequest, B> quotes, StreamOpener<TickByTickRequest, M> midpoints) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.resumeOnReconnect = resumeByDefault;
        this.trades = trades;
        this.quotes = quotes;
        this.midpoints = midpoints;
    }

    /** Asks TWS to send up to {@code count} recent ticks (at most 1000) before the live ones; 0, the default, sends none. */
    public TickByTickQuery<T, B, M> historicalTicks(int count) {
        if (count < 0 || count > 1_000) {
            throw new IllegalArgumentException("TWS sends 0 to 1000 historical ticks first, not " + count);
        }
        this.historicalTicks = count;
        return this;
    }

    /**
     * Sets whether the stream resumes after a reconnect; by default it does as the client's
     * {@link io.tws4j.client.ClientOptions#resumeStreams()} says (on). Resuming, its request is
     * sent again under a new request id and the same subscription or feed subscriber goes on,
     * the gap marked with {@link io.tws4j.client.StreamItem.Interrupted} and
     * {@link io.tws4j.client.StreamItem.Resumed}; not resuming, it ends with a
     * {@link io.tws4j.client.ConnectionResetException} when the connection is lost.
     * The resumed request asks for the same number of {@link #historicalTicks(int) recent ticks}
     * first, which may repeat ticks delivered before the gap.
     */
    public TickByTickQuery<T, B, M> resumeOnReconnect(boolean resume) {
        this.resumeOnReconnect = resume;
        return this;
    }

    /** Streams trades, without the kinds TWS leaves out of its last price (combos, average-price trades). */
    public T last() {
        return trades.open(request(TickByTickType.LAST, false), resumeOnReconnect);
    }

    /** Streams every trade. */
    public T allLast() {
        return trades.open(request(TickByTickType.ALL_LAST, false), resumeOnReconnect);
    }

    /** Streams changes of the best bid and offer; with {@code ignoreSize}, only changes of price. */
    public B bidAsk(boolean ignoreSize) {
        return quotes.open(request(TickByTickType.BID_ASK, ignoreSize), resumeOnReconnect);
    }

    /** Streams every change of the best bid and offer, sizes included. */
    public B bidAsk() {
        return bidAsk(false);
    }

    /** Streams changes of the midpoint. */
    public M midpoint() {
        return midpoints.open(request(TickByTickType.MIDPOINT, false), resumeOnReconnect);
    }

    private TickByTickRequest request(TickByTickType type, boolean ignoreSize) {
        return new TickByTickRequest(contract, type, historicalTicks, ignoreSize);
    }
}
