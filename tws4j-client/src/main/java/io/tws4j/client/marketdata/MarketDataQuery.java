package io.tws4j.client.marketdata;

import io.tws4j.client.core.StreamOpener;
import io.tws4j.contracts.Contract;
import io.tws4j.marketdata.GenericTickType;
import io.tws4j.marketdata.MarketDataRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One market data request ({@code reqMktData}) being described; the surface that made it decides
 * what the terminals return: {@link #subscribe()} a {@code Subscription<Tick>} on the blocking
 * surface and a {@code Feed<Tick>} on the asynchronous one, {@link #snapshotOnce(Duration)} the
 * snapshot's ticks or their future. A query is not safe for concurrent use; each terminal sends a
 * request of its own.
 *
 * {@snippet :
 * try (Subscription<Tick> ticks = client.marketData(aapl).genericTicks(GenericTickType.RT_VOLUME).subscribe()) {
 *     for (Tick tick : ticks.data()) {
 *         System.out.println(tick);
 *     }
 * }
 * List<Tick> snapshot = client.marketData(aapl).snapshotOnce(Duration.ofSeconds(11));
 * }
 *
 * @param <S> what {@link #subscribe()} returns
 * @param <L> what {@link #snapshotOnce(Duration)} returns
 */
public final class MarketDataQuery<S, L> {
    private final Contract contract;
    private final StreamOpener<MarketDataRequest, S> subscribe;
    private final BiFunction<MarketDataRequest, Duration, L> snapshotOnce;
    private final List<Integer> genericTicks = new ArrayList<>();
    private boolean snapshot;
    private boolean regulatorySnapshot;
    private boolean resumeOnReconnect;

    MarketDataQuery(Contract contract, boolean resumeByDefault, StreamOpener<MarketDataRequest, S> subscribe,
                    BiFunction<MarketDataRequest, Duration, L> snapshotOnce) {
        this.contract = Objects.requireNonNull(contract, "contract");
        this.resumeOnReconnect = resumeByDefault;
        this.subscribe = subscribe;
        this.snapshotOnce = snapshotOnce;
    }

    /** Adds optional ticks to a streaming request; TWS refuses them for snapshots (error 321). */
    public MarketDataQuery<S, L> genericTicks(GenericTickType... types) {
        for (GenericTickType type : types) {
            genericTick(type.id());
        }
        return this;
    }

    /** Adds an optional tick by its generic tick id, for ids {@link GenericTickType} does not name. */
    public MarketDataQuery<S, L> genericTick(int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("generic tick ids are positive, not " + id);
        }
        if (!genericTicks.contains(id)) {
            genericTicks.add(id);
        }
        return this;
    }

    /** Asks for one snapshot of the current values, ended by a {@code SnapshotEndTick}, instead of a stream. */
    public MarketDataQuery<S, L> snapshot() {
        this.snapshot = true;
        this.regulatorySnapshot = false;
        return this;
    }

    /** Asks for a regulatory snapshot (US stocks; IB charges a fee for each), instead of a stream. */
    public MarketDataQuery<S, L> regulatorySnapshot() {
        this.snapshot = false;
        this.regulatorySnapshot = true;
        return this;
    }

    /** Asks for a stream (the default), undoing {@link #snapshot()} and {@link #regulatorySnapshot()}. */
    public MarketDataQuery<S, L> streaming() {
        this.snapshot = false;
        this.regulatorySnapshot = false;
        return this;
    }

    /**
     * Sets whether the stream resumes after a reconnect; by default it does as the client's
     * {@link io.tws4j.client.ClientOptions#resumeStreams()} says (on). Resuming, its request is
     * sent again under a new request id and the same subscription (or feed subscriber) goes on,
     * the gap marked with {@link io.tws4j.client.StreamItem.Interrupted} and
     * {@link io.tws4j.client.StreamItem.Resumed}; not resuming, it ends with a
     * {@link io.tws4j.client.ConnectionResetException} when the connection is lost.
     * A snapshot is not a stream and never resumes: see {@link #subscribe()}.
     */
    public MarketDataQuery<S, L> resumeOnReconnect(boolean resume) {
        this.resumeOnReconnect = resume;
        return this;
    }

    /** Returns the request as described so far. */
    public MarketDataRequest request() {
        return new MarketDataRequest(contract, genericTicks, snapshot, regulatorySnapshot, Map.of());
    }

    /**
     * Sends the request and returns its ticks as they come: the request's parameters and market
     * data type first, then prices (with their sizes), sizes, strings, generic values and option
     * computations. A snapshot ends normally after its {@code SnapshotEndTick}; a stream runs until
     * it is closed (the cancel is sent then) or TWS ends it with an error; it resumes after a
     * reconnect (see {@link #resumeOnReconnect(boolean)}). A snapshot in flight when the
     * connection is lost is not sent again, since its ticks so far were delivered: it ends with a
     * {@link io.tws4j.client.ConnectionResetException} naming it, and can be taken again.
     *
     * @throws io.tws4j.client.InvalidRequestException if the contract identifies nothing; nothing is sent
     */
    public S subscribe() {
        return subscribe.open(request(), resumeOnReconnect);
    }

    /**
     * Takes one snapshot and returns its ticks, without the end marker. On the blocking surface
     * this blocks until TWS has sent the snapshot's end; TWS collects a snapshot for up to 11
     * seconds. A one-shot: if the connection is lost before the snapshot ends, it is sent again
     * after the reconnect (up to three times, its partial answer dropped) within the same timeout,
     * and fails with {@link io.tws4j.client.ConnectionLostException} when it cannot be.
     *
     * @param timeout how long to wait for the end of the snapshot; the request is cancelled then
     * @throws io.tws4j.client.RequestTimeoutException if the snapshot does not end in time
     * @throws io.tws4j.client.RequestRejectedException with code 200 if TWS knows no such contract
     */
    public L snapshotOnce(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        MarketDataRequest described = request();
        return snapshotOnce.apply(new MarketDataRequest(contract, described.genericTicks(), !regulatorySnapshot,
                regulatorySnapshot, Map.of()), timeout);
    }
}
