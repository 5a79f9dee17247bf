package io.tws4j.simulator.marketdata;

import io.tws4j.simulator.MarketDataEntitlements;
import io.tws4j.simulator.MarketDataStatus;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.market.MarketModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The market data streams of every client, and TWS's limits over them: market data lines and
 * tick-by-tick streams are counted for the whole login, depth by distinct contract. A request is
 * admitted (its slot reserved) before it starts, so that two clients cannot both take the last
 * line; a cancel or a closed connection stops its streams and frees their slots.
 */
final class MarketDataStreams {
    /** TWS's codes for a limit reached. */
    static final int DUPLICATE_TICKER_ID = 102;
    static final int MAX_TICKERS = 101;
    static final int MAX_DEPTH_REQUESTS = 309;
    static final int MAX_TICK_BY_TICK = 10190;
    /** Not a TWS code: the connection ended while the request was handled, so nothing is answered. */
    static final int SESSION_CLOSED = 0;

    private final MarketDataEntitlements limits;
    private final MarketModel market;
    private final Map<ClientSession, Map<Key, Slot>> bySession = new HashMap<>();

    MarketDataStreams(MarketDataEntitlements limits, MarketModel market) {
        this.limits = limits;
        this.market = market;
    }

    /** A reserved stream: its request, the contract it is for, whether it holds a market data line, and the stream once started. */
    static final class Slot {
        final ClientSession session;
        final Key key;
        final int conId;
        final boolean holdsLine;
        private LiveStream stream;
        private boolean released;

        Slot(ClientSession session, Key key, int conId, boolean holdsLine) {
            this.session = session;
            this.key = key;
            this.conId = conId;
            this.holdsLine = holdsLine;
        }
    }

    record Key(StreamKind kind, int requestId) {}

    /**
     * Reserves a slot for a request, or returns the error code TWS answers with: a duplicate
     * ticker id, or the limit of its kind reached.
     */
    synchronized Admission admit(ClientSession session, StreamKind kind, int requestId, int conId, boolean holdsLine) {
        if (session.isClosed()) {
            return Admission.refused(SESSION_CLOSED);
        }
        Key key = new Key(kind, requestId);
        Map<Key, Slot> own = bySession.computeIfAbsent(session, s -> new HashMap<>());
        if (own.containsKey(key)) {
            return Admission.refused(DUPLICATE_TICKER_ID);
        }
        OptionalInt limitReached = limitReached(kind, conId, holdsLine);
        if (limitReached.isPresent()) {
            return Admission.refused(limitReached.getAsInt());
        }
        Slot slot = new Slot(session, key, conId, holdsLine);
        own.put(key, slot);
        return new Admission(slot, 0);
    }

    /** Checks a one-off request (a snapshot) against the line limit without keeping a line; returns the error code if full. */
    synchronized OptionalInt checkLine() {
        return lines() >= limits.lines() ? OptionalInt.of(MAX_TICKERS) : OptionalInt.empty();
    }

    /** Attaches the started stream to its slot; a slot released meanwhile stops it at once. */
    void attach(Slot slot, LiveStream stream) {
        boolean stopNow;
        synchronized (this) {
            stopNow = slot.released;
            slot.stream = stream;
        }
        if (stopNow) {
            stream.stop();
        }
    }

    /** Stops and forgets a client's stream; returns false if it has none of that kind and id. */
    boolean cancel(ClientSession session, StreamKind kind, int requestId) {
        LiveStream stream;
        synchronized (this) {
            Map<Key, Slot> own = bySession.get(session);
            Slot slot = own == null ? null : own.remove(new Key(kind, requestId));
            if (slot == null) {
                return false;
            }
            slot.released = true;
            stream = slot.stream;
        }
        if (stream != null) {
            stream.stop();
        }
        return true;
    }

    /** Forgets a slot whose request ended by itself (a snapshot sent, a refusal after admission). */
    void release(Slot slot) {
        cancel(slot.session, slot.key.kind(), slot.key.requestId());
    }

    /** Stops every stream of a client (its connection ended, or TWS dropped its data); returns what they were. */
    List<Key> closeSession(ClientSession session) {
        List<LiveStream> streams = new ArrayList<>();
        List<Key> keys = new ArrayList<>();
        synchronized (this) {
            Map<Key, Slot> own = bySession.remove(session);
            if (own != null) {
                for (Slot slot : own.values()) {
                    slot.released = true;
                    keys.add(slot.key);
                    if (slot.stream != null) {
                        streams.add(slot.stream);
                    }
                }
            }
        }
        streams.forEach(LiveStream::stop);
        return keys;
    }

    /** Counts a client's streams by kind. */
    synchronized Map<String, Integer> count(ClientSession session) {
        Map<String, Integer> counts = new HashMap<>();
        for (Slot slot : bySession.getOrDefault(session, Map.of()).values()) {
            counts.merge(slot.key.kind().label(), 1, Integer::sum);
        }
        return counts;
    }

    synchronized MarketDataStatus status() {
        int depthRequests = 0;
        int tickByTick = 0;
        int bars = 0;
        for (Map<Key, Slot> own : bySession.values()) {
            for (Slot slot : own.values()) {
                switch (slot.key.kind()) {
                    case DEPTH -> depthRequests++;
                    case TICK_BY_TICK -> tickByTick++;
                    case REAL_TIME_BARS -> bars++;
                    case TOP_OF_BOOK -> { }
                }
            }
        }
        return new MarketDataStatus(lines(), depthBooks(), depthRequests, tickByTick, bars, market.openFeeds());
    }

    private OptionalInt limitReached(StreamKind kind, int conId, boolean holdsLine) {
        return switch (kind) {
            case TOP_OF_BOOK -> holdsLine && lines() >= limits.lines() ? OptionalInt.of(MAX_TICKERS) : OptionalInt.empty();
            case DEPTH -> depthBooks() >= limits.depthBooks() && !hasDepthFor(conId)
                    ? OptionalInt.of(MAX_DEPTH_REQUESTS) : OptionalInt.empty();
            case TICK_BY_TICK -> count(StreamKind.TICK_BY_TICK) >= limits.tickByTickStreams()
                    ? OptionalInt.of(MAX_TICK_BY_TICK) : OptionalInt.empty();
            case REAL_TIME_BARS -> OptionalInt.empty();
        };
    }

    private int lines() {
        return (int) bySession.values().stream().flatMap(own -> own.values().stream()).filter(slot -> slot.holdsLine).count();
    }

    private int depthBooks() {
        return (int) bySession.values().stream().flatMap(own -> own.values().stream())
                .filter(slot -> slot.key.kind() == StreamKind.DEPTH).mapToInt(slot -> slot.conId).distinct().count();
    }

    private boolean hasDepthFor(int conId) {
        return bySession.values().stream().flatMap(own -> own.values().stream())
                .anyMatch(slot -> slot.key.kind() == StreamKind.DEPTH && slot.conId == conId);
    }

    private int count(StreamKind kind) {
        return (int) bySession.values().stream().flatMap(own -> own.values().stream()).filter(slot -> slot.key.kind() == kind).count();
    }

    /** The outcome of {@link #admit}: a reserved slot, or the error code TWS refuses with. */
    record Admission(Slot slot, int refusal) {
        static Admission refused(int code) {
            return new Admission(null, code);
        }

        boolean isAdmitted() {
            return slot != null;
        }
    }
}
