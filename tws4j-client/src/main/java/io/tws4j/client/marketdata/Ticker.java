package io.tws4j.client.marketdata;

import io.tws4j.client.core.StreamSource;
import io.tws4j.connection.Notice;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.Tick;
import io.tws4j.marketdata.TickerSnapshot;
import io.tws4j.marketdata.TickerState;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A contract's latest market data, kept up to date from a market data stream and readable from
 * any thread: bid, ask and last with their sizes, the day's volume, high, low, open and close,
 * option greeks, and anything else the stream carries. Each {@link #snapshot()} is consistent:
 * it reflects a whole number of ticks. Ticks are applied as they arrive, on a virtual thread of
 * the ticker's own, without allocating. Warnings TWS sends about the request (delayed data, say)
 * are kept in {@link #notices()}; an error ends the ticker and is thrown by the next read.
 * Closing it cancels the market data request.
 *
 * {@snippet :
 * try (Ticker aapl = client.ticker(Contract.stock("AAPL").build())) {
 *     TickerSnapshot quote = aapl.awaitUpdate(0, Duration.ofSeconds(5));
 *     System.out.println(quote.bid() + " / " + quote.ask() + ", last " + quote.last());
 * }
 * }
 */
public final class Ticker implements AutoCloseable {
    private final Contract contract;
    private final TickerState state = new TickerState();
    private final LiveView<Tick, TickerSnapshot> view;

    Ticker(Contract contract, StreamSource source) {
        this.contract = Objects.requireNonNull(contract);
        this.view = new LiveView<>("tws4j-ticker", source, state::apply, state::snapshot, state::updates, notice -> { });
    }

    /** Returns the contract, as it was asked for. */
    public Contract contract() {
        return contract;
    }

    /** Returns the id of the market data request behind the ticker. */
    public int requestId() {
        return view.requestId();
    }

    /**
     * Returns the latest values, as of a whole number of ticks.
     *
     * @throws io.tws4j.client.TwsException the error that ended the ticker, e.g. a
     *         {@link io.tws4j.client.RequestRejectedException} with code 200 for an unknown contract
     */
    public TickerSnapshot snapshot() {
        return view.snapshot();
    }

    /**
     * Waits until more than {@code seenUpdates} ticks have been applied, or {@code timeout} has
     * passed, or the ticker has ended, and returns the latest values. Pass 0 to wait for the first
     * tick, or the {@link TickerSnapshot#updates()} of the last snapshot seen.
     *
     * @throws io.tws4j.client.TwsException the error that ended the ticker
     * @throws io.tws4j.client.RequestInterruptedException if the thread is interrupted while waiting
     */
    public TickerSnapshot awaitUpdate(long seenUpdates, Duration timeout) {
        return view.awaitUpdate(seenUpdates, timeout);
    }

    /** Returns the warnings TWS sent about the request, e.g. 10167 (delayed data shown), oldest first. */
    public List<Notice> notices() {
        return view.notices();
    }

    /** Returns whether the ticker still receives data: not closed, not ended by an error. */
    public boolean isActive() {
        return view.isActive();
    }

    /** Cancels the market data request; the last values stay readable. Idempotent. */
    @Override
    public void close() {
        view.close();
    }

    @Override
    public String toString() {
        return "Ticker[" + view.description() + "]";
    }
}
