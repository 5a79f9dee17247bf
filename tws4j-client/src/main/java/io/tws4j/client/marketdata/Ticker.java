package io.tws4j.client.marketdata;

import io.tws4j.client.core.StreamSource;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TickerSnapshot;
import io.tws4j.marketdata.TickerState;
import java.util.Objects;

/**
 * A contract's latest market data, kept up to date from a market data stream and readable from
 * any thread: bid, ask and last with their sizes, the day's volume, high, low, open and close,
 * option greeks, and anything else the stream carries. Each {@link #snapshot()} is consistent: it
 * reflects a whole number of ticks. An error TWS answers with (200 for an unknown contract, 101
 * when every market data line is taken) ends the ticker and is thrown by its next read; warnings
 * (10167, delayed data shown) are kept in {@link #notices()}. Closing it cancels the request.
 * Across a reconnect it stays the same object: the values it holds are kept while data is
 * stopped ({@link #interruptedSince()}) and overwritten by the ticks of the request sent again.
 *
 * {@snippet :
 * try (Ticker aapl = client.ticker(Contract.stock("AAPL").build())) {
 *     TickerSnapshot quote = aapl.awaitUpdate(0, Duration.ofSeconds(5));
 *     System.out.println(quote.bid() + " / " + quote.ask() + ", last " + quote.last());
 * }
 * }
 */
public final class Ticker extends LiveView<TickerSnapshot> {
    private final Contract contract;

    Ticker(Contract contract, StreamSource source) {
        this(contract, source, new TickerState());
    }

    private Ticker(Contract contract, StreamSource source, TickerState state) {
        super("tws4j-ticker", source, tick -> state.apply((Tick) tick), state::snapshot, state::updates, notice -> { }, () -> { });
        this.contract = Objects.requireNonNull(contract);
    }

    /** Returns the contract, as it was asked for. */
    public Contract contract() {
        return contract;
    }
}
