package io.tws4j.marketdata;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/**
 * The latest value of every tick type of one market data stream, kept by applying its ticks in
 * order; {@link #snapshot()} copies it into an immutable {@link TickerSnapshot}. Applying a tick
 * allocates nothing. Delayed tick types are kept under the real-time type they stand for (a
 * {@code DELAYED_BID} is the bid), and {@link TickerSnapshot#marketDataType()} says which kind of
 * data it is. A bid or ask of -1 (TWS's "no quote", as while a market is closed) clears the
 * price and its size. Not thread-safe: the client's {@code Ticker} guards one with a lock.
 *
 * {@snippet :
 * TickerState state = new TickerState();
 * for (Tick tick : subscription.data()) {
 *     state.apply(tick);
 *     System.out.println(state.snapshot().midpoint());
 * }
 * }
 */
public final class TickerState {
    static final int TYPES = TickType.values().length;

    private final double[] prices = new double[TYPES];
    private final BigDecimal[] sizes = new BigDecimal[TYPES];
    private final double[] generics = new double[TYPES];
    private final String[] strings = new String[TYPES];
    private final OptionComputationTick[] computations = new OptionComputationTick[TYPES];
    private MarketDataType marketDataType;
    private RequestParametersTick parameters;
    private boolean snapshotEnded;
    private long updates;

    /** Makes an empty state. */
    public TickerState() {
        Arrays.fill(prices, Double.NaN);
        Arrays.fill(generics, Double.NaN);
    }

    /** Applies one tick of the stream. */
    public void apply(Tick tick) {
        Objects.requireNonNull(tick, "tick");
        updates++;
        switch (tick) {
            case PriceTick price -> applyPrice(price);
            case SizeTick size -> sizes[size.type().live().id()] = size.size();
            case GenericTick generic -> generics[generic.type().live().id()] = generic.value();
            case StringTick text -> strings[text.type().live().id()] = text.value();
            case OptionComputationTick computation -> computations[computation.type().live().id()] = computation;
            case MarketDataTypeTick type -> marketDataType = type.marketDataType();
            case RequestParametersTick requestParameters -> parameters = requestParameters;
            case SnapshotEndTick end -> snapshotEnded = true;
        }
    }

    /** Returns how many ticks have been applied. */
    public long updates() {
        return updates;
    }

    /** Returns a copy of the state as it stands. */
    public TickerSnapshot snapshot() {
        return new TickerSnapshot(updates, marketDataType, parameters, snapshotEnded, prices.clone(), sizes.clone(),
                generics.clone(), strings.clone(), computations.clone());
    }

    private void applyPrice(PriceTick tick) {
        TickType type = tick.type().live();
        TickType sizeType = tick.type().sizeType().live();
        boolean noQuote = tick.price() == -1 && (type == TickType.BID || type == TickType.ASK);
        prices[type.id()] = noQuote ? Double.NaN : tick.price();
        if (sizeType != TickType.NOT_SET) {
            if (noQuote) {
                sizes[sizeType.id()] = null;
            } else if (tick.size() != null) {
                sizes[sizeType.id()] = tick.size();
            }
        }
    }
}
