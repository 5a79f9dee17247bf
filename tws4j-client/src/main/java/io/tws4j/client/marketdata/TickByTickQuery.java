package io.tws4j.client.marketdata;

import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.TickByTickRequest;
import io.tws4j.marketdata.TickByTickType;
import java.util.Objects;
import java.util.function.Function;

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
    private final Function<TickByTickRequest, T> trades;
    private final Function<TickByTickRequest, B> quotes;
    private final Function<TickByTickRequest, M> midpoints;
    private int historicalTicks;

    TickByTickQuery(Contract contract, Function<TickByTickRequest, T> trades, Function<TickByTickRequest, B> quotes,
                    Function<TickByTickRequest, M> midpoints) {
        this.contract = Objects.requireNonNull(contract, "contract");
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

    /** Streams trades, without the kinds TWS leaves out of its last price (combos, average-price trades). */
    public T last() {
        return trades.apply(request(TickByTickType.LAST, false));
    }

    /** Streams every trade. */
    public T allLast() {
        return trades.apply(request(TickByTickType.ALL_LAST, false));
    }

    /** Streams changes of the best bid and offer; with {@code ignoreSize}, only changes of price. */
    public B bidAsk(boolean ignoreSize) {
        return quotes.apply(request(TickByTickType.BID_ASK, ignoreSize));
    }

    /** Streams every change of the best bid and offer, sizes included. */
    public B bidAsk() {
        return bidAsk(false);
    }

    /** Streams changes of the midpoint. */
    public M midpoint() {
        return midpoints.apply(request(TickByTickType.MIDPOINT, false));
    }

    private TickByTickRequest request(TickByTickType type, boolean ignoreSize) {
        return new TickByTickRequest(contract, type, historicalTicks, ignoreSize);
    }
}
