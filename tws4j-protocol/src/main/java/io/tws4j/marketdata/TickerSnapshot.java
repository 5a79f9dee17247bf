package io.tws4j.marketdata;

import io.tws4j.contracts.OptionComputation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.StringJoiner;

/**
 * A market data stream's latest values at one moment: the quote, the last trade, the day's
 * figures, option greeks and whatever else the stream carried. Immutable; made by
 * {@link TickerState#snapshot()} and the client's {@code Ticker}. Values of delayed tick types
 * appear under the real-time type they stand for; {@link #marketDataType()} tells them apart.
 */
public final class TickerSnapshot {
    private final long updates;
    private final MarketDataType marketDataType;
    private final RequestParametersTick parameters;
    private final boolean snapshotEnded;
    private final double[] prices;
    private final BigDecimal[] sizes;
    private final double[] generics;
    private final String[] strings;
    private final OptionComputationTick[] computations;

    TickerSnapshot(long updates, MarketDataType marketDataType, RequestParametersTick parameters, boolean snapshotEnded,
                   double[] prices, BigDecimal[] sizes, double[] generics, String[] strings,
                   OptionComputationTick[] computations) {
        this.updates = updates;
        this.marketDataType = marketDataType;
        this.parameters = parameters;
        this.snapshotEnded = snapshotEnded;
        this.prices = prices;
        this.sizes = sizes;
        this.generics = generics;
        this.strings = strings;
        this.computations = computations;
    }

    /** Returns how many ticks had been applied: a later snapshot of the same ticker with more updates is newer. */
    public long updates() {
        return updates;
    }

    /** Returns the kind of data TWS said it sends, once it has said so. */
    public Optional<MarketDataType> marketDataType() {
        return Optional.ofNullable(marketDataType);
    }

    /** Returns the request's parameters (minimum tick, BBO exchange), once TWS has sent them. */
    public Optional<RequestParametersTick> parameters() {
        return Optional.ofNullable(parameters);
    }

    /** Returns whether the stream was a snapshot that has been completed. */
    public boolean snapshotEnded() {
        return snapshotEnded;
    }

    /** Returns the best bid. */
    public OptionalDouble bid() {
        return price(TickType.BID);
    }

    /** Returns the size bid. */
    public Optional<BigDecimal> bidSize() {
        return size(TickType.BID_SIZE);
    }

    /** Returns the best offer. */
    public OptionalDouble ask() {
        return price(TickType.ASK);
    }

    /** Returns the size offered. */
    public Optional<BigDecimal> askSize() {
        return size(TickType.ASK_SIZE);
    }

    /** Returns the last trade's price (an index's last value). */
    public OptionalDouble last() {
        return price(TickType.LAST);
    }

    /** Returns the last trade's size. */
    public Optional<BigDecimal> lastSize() {
        return size(TickType.LAST_SIZE);
    }

    /** Returns the day's volume. */
    public Optional<BigDecimal> volume() {
        return size(TickType.VOLUME);
    }

    /** Returns the day's high. */
    public OptionalDouble high() {
        return price(TickType.HIGH);
    }

    /** Returns the day's low. */
    public OptionalDouble low() {
        return price(TickType.LOW);
    }

    /** Returns the day's open. */
    public OptionalDouble open() {
        return price(TickType.OPEN);
    }

    /** Returns the previous day's close. */
    public OptionalDouble close() {
        return price(TickType.CLOSE);
    }

    /** Returns the time of the last trade, from the last-timestamp tick. */
    public Optional<Instant> lastTimestamp() {
        return text(TickType.LAST_TIMESTAMP).flatMap(TickerSnapshot::epochSeconds);
    }

    /** Returns the midpoint of the best bid and offer, when both are known. */
    public OptionalDouble midpoint() {
        OptionalDouble bid = bid();
        OptionalDouble ask = ask();
        return bid.isPresent() && ask.isPresent() ? OptionalDouble.of((bid.getAsDouble() + ask.getAsDouble()) / 2)
                : OptionalDouble.empty();
    }

    /**
     * Returns a fair price: the last trade when it lies within the bid and the ask, else the
     * midpoint, else the last trade, else the previous close.
     */
    public OptionalDouble marketPrice() {
        OptionalDouble last = last();
        OptionalDouble bid = bid();
        OptionalDouble ask = ask();
        if (last.isPresent() && bid.isPresent() && ask.isPresent()
                && last.getAsDouble() >= bid.getAsDouble() && last.getAsDouble() <= ask.getAsDouble()) {
            return last;
        }
        OptionalDouble mid = midpoint();
        if (mid.isPresent()) {
            return mid;
        }
        return last.isPresent() ? last : close();
    }

    /** Returns the greeks computed from the bid, for options. */
    public Optional<OptionComputation> bidGreeks() {
        return computation(TickType.BID_OPTION_COMPUTATION);
    }

    /** Returns the greeks computed from the ask, for options. */
    public Optional<OptionComputation> askGreeks() {
        return computation(TickType.ASK_OPTION_COMPUTATION);
    }

    /** Returns the greeks computed from the last trade, for options. */
    public Optional<OptionComputation> lastGreeks() {
        return computation(TickType.LAST_OPTION_COMPUTATION);
    }

    /** Returns TWS's model values (price, implied volatility, greeks), for options. */
    public Optional<OptionComputation> modelGreeks() {
        return computation(TickType.MODEL_OPTION);
    }

    /** Returns the latest price of any price tick type (delayed types under their real-time type). */
    public OptionalDouble price(TickType type) {
        double value = prices[type.live().id()];
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Returns the latest size of any size tick type. */
    public Optional<BigDecimal> size(TickType type) {
        return Optional.ofNullable(sizes[type.live().id()]);
    }

    /** Returns the latest value of any generic tick type (halted, shortable, volatilities ...). */
    public OptionalDouble generic(TickType type) {
        double value = generics[type.live().id()];
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** Returns the latest text of any string tick type (last timestamp, RT volume ...). */
    public Optional<String> text(TickType type) {
        return Optional.ofNullable(strings[type.live().id()]);
    }

    /** Returns the latest fundamental ratios (generic tick 258), read from their text. */
    public Optional<FundamentalRatios> fundamentalRatios() {
        return text(TickType.FUNDAMENTAL_RATIOS).map(FundamentalRatios::parse);
    }

    /** Returns the latest option computation of a computation tick type. */
    public Optional<OptionComputation> computation(TickType type) {
        OptionComputationTick tick = computations[type.live().id()];
        return tick == null ? Optional.empty() : Optional.of(tick.computation());
    }

    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ", "TickerSnapshot[", "]");
        text.add("updates=" + updates);
        marketDataType().ifPresent(type -> text.add("type=" + type));
        bid().ifPresent(value -> text.add("bid=" + value + bidSize().map(size -> "x" + size.toPlainString()).orElse("")));
        ask().ifPresent(value -> text.add("ask=" + value + askSize().map(size -> "x" + size.toPlainString()).orElse("")));
        last().ifPresent(value -> text.add("last=" + value + lastSize().map(size -> "x" + size.toPlainString()).orElse("")));
        volume().ifPresent(value -> text.add("volume=" + value.toPlainString()));
        modelGreeks().ifPresent(greeks -> greeks.delta().ifPresent(delta -> text.add("delta=" + delta)));
        return text.toString();
    }

    private static Optional<Instant> epochSeconds(String text) {
        try {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(text.strip())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
