package io.tws4j.simulator.core;

import com.google.protobuf.Message;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.GatewayOptions;
import io.tws4j.simulator.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.SplittableRandom;

/**
 * The state every client of one gateway shares: options, connected sessions and their client
 * ids, order ids, the handlers of each request, recorded requests and pending faults. Domain
 * handlers register themselves here.
 */
public final class GatewayEngine {
    private final GatewayOptions options;
    private final RequestRecorder recorder;
    private final Map<OutMessage, Registration<?>> handlers = new ConcurrentHashMap<>();
    private final Map<Integer, ClientSession> clients = new ConcurrentHashMap<>();
    private final Set<ClientSession> sessions = ConcurrentHashMap.newKeySet();
    private final Set<ClientSession> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger writers = new AtomicInteger();
    private final Map<Integer, Integer> nextOrderIds = new ConcurrentHashMap<>();
    private final List<Consumer<ClientSession>> startListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ClientSession>> closeListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ClientSession>> competingListeners = new CopyOnWriteArrayList<>();
    private final List<SessionSubscriptions> subscriptions = new CopyOnWriteArrayList<>();
    private final List<PendingViolation> pacingViolations = new ArrayList<>();
    private final Deque<Fault> handshakeFaults = new ArrayDeque<>();
    private final Deque<ScriptedReply> scripted = new ArrayDeque<>();
    private final SplittableRandom random;
    private final GatewayClock clock;
    private final GatewayScheduler scheduler = new GatewayScheduler();
    private final LongAdder unexpectedFailures = new LongAdder();

    GatewayEngine(GatewayOptions options) {
        this.options = options;
        this.recorder = new RequestRecorder(options.recordedRequests());
        this.random = new SplittableRandom(options.seed());
        this.clock = new GatewayClock(options.clock(), options.speed(), options.startTime().orElse(null));
    }

    public GatewayOptions options() {
        return options;
    }

    /** Returns the gateway's current time: the configured clock, started and sped up as the options say. */
    public Instant now() {
        return clock.instant();
    }

    /** Returns the gateway's clock. */
    public GatewayClock clock() {
        return clock;
    }

    /** Returns the scheduler for timed work (live data); its tasks never run on session threads. */
    public GatewayScheduler scheduler() {
        return scheduler;
    }

    /** Returns the gateway's current time in its own zone. */
    public ZonedDateTime localNow() {
        return now().atZone(options.timeZone());
    }

    /** Returns a new random generator split from the gateway's seed; deterministic for a given seed and call order. */
    public synchronized RandomGenerator splitRandom() {
        return random.split();
    }

    /** Registers the handler of one kind of request. */
    public <M extends Message> void register(OutMessage message, Class<M> type, RequestHandler<M> handler) {
        if (handlers.putIfAbsent(message, new Registration<>(type, handler)) != null) {
            throw new IllegalStateException(message + " already has a handler");
        }
    }

    /** Calls {@code listener} when a client has been admitted after START_API, to send what TWS sends then. */
    public void onSessionStarted(Consumer<ClientSession> listener) {
        startListeners.add(listener);
    }

    /** Calls {@code listener} whenever a client's connection ends. */
    public void onSessionClosed(Consumer<ClientSession> listener) {
        closeListeners.add(listener);
    }

    /** Registers what a domain streams to each client, for counting and for dropping (1101). */
    public void registerSubscriptions(SessionSubscriptions domain) {
        subscriptions.add(domain);
    }

    /** Calls {@code listener} when another session of the login takes a client's market data (10197). */
    public void onCompetingSession(Consumer<ClientSession> listener) {
        competingListeners.add(listener);
    }

    /** Counts a session's live subscriptions by kind, over every domain. */
    public Map<String, Integer> countSubscriptions(ClientSession session) {
        Map<String, Integer> counts = new TreeMap<>();
        for (SessionSubscriptions domain : subscriptions) {
            domain.count(session).forEach((kind, count) -> {
                if (count > 0) {
                    counts.merge(kind, count, Integer::sum);
                }
            });
        }
        return counts;
    }

    /** Drops every subscription of a session in every domain, as TWS does on 1101 (data lost). */
    void dropSubscriptions(ClientSession session) {
        subscriptions.forEach(domain -> domain.drop(session));
    }

    void competingSession(ClientSession session) {
        competingListeners.forEach(listener -> listener.accept(session));
    }

    /** Queues pacing violations for the next {@code count} requests of a kind, from one client or, with -1, any. */
    synchronized void addPacingViolation(int clientId, OutMessage request, int count) {
        pacingViolations.add(new PendingViolation(clientId, request, count));
    }

    /** Takes a pending pacing violation for this request, if one applies to this client. */
    synchronized boolean takePacingViolation(int clientId, OutMessage request) {
        for (var it = pacingViolations.iterator(); it.hasNext(); ) {
            PendingViolation pending = it.next();
            if (pending.request == request && (pending.clientId == -1 || pending.clientId == clientId)) {
                if (--pending.remaining == 0) {
                    it.remove();
                }
                return true;
            }
        }
        return false;
    }

    /** Returns the sessions of every started client. */
    public Set<ClientSession> sessions() {
        return Set.copyOf(sessions);
    }

    /** Returns every open connection, those still in the handshake included. */
    public Set<ClientSession> connections() {
        return Set.copyOf(connections);
    }

    /** Returns how many sessions' writer threads are running. */
    public int writerThreads() {
        return writers.get();
    }

    /** Returns the next order id for a client id, raising the stored one so TWS never repeats it. */
    public int nextOrderId(int clientId) {
        return nextOrderIds.computeIfAbsent(clientId, id -> options.firstOrderId());
    }

    /** Notes that a client used {@code orderId}; the next valid id moves past it. */
    public void orderIdUsed(int clientId, int orderId) {
        nextOrderIds.merge(clientId, orderId + 1, Math::max);
    }

    /** Starts every client id's order ids from the first one again, as TWS's "Reset API order ID sequence" does. */
    public void resetOrderIds() {
        nextOrderIds.clear();
    }

    /**
     * Returns how many requests a handler failed on unexpectedly, so that the session's safety net
     * answered them; a handler that validates its input leaves this at zero.
     */
    public long unexpectedFailures() {
        return unexpectedFailures.sum();
    }

    // ---- used by sessions and the server

    void unexpectedFailure() {
        unexpectedFailures.increment();
    }

    Optional<Registration<?>> handler(OutMessage message) {
        return Optional.ofNullable(handlers.get(message));
    }

    void record(RecordedRequest request) {
        recorder.record(request);
    }

    Optional<RecordedRequest> takeRequest(OutMessage type, Duration timeout) throws InterruptedException {
        return recorder.take(type, timeout);
    }

    /**
     * Counts a new connection against {@link GatewayOptions#maxClients()}, from the moment it is
     * accepted; false if the gateway is full.
     */
    synchronized boolean accept(ClientSession session) {
        if (connections.size() >= options.maxClients()) {
            return false;
        }
        connections.add(session);
        return true;
    }

    void writerStarted() {
        writers.incrementAndGet();
    }

    void writerEnded() {
        writers.decrementAndGet();
    }

    /** Registers a client id; false if another connection holds it. */
    boolean admit(ClientSession session, int clientId) {
        if (clients.putIfAbsent(clientId, session) != null) {
            return false;
        }
        sessions.add(session);
        return true;
    }

    void started(ClientSession session) {
        startListeners.forEach(listener -> listener.accept(session));
    }

    void release(ClientSession session) {
        connections.remove(session);
        if (sessions.remove(session)) {
            clients.remove(session.clientId(), session);
            closeListeners.forEach(listener -> listener.accept(session));
        }
    }

    Optional<ClientSession> client(int clientId) {
        return Optional.ofNullable(clients.get(clientId));
    }

    /** Queues an answer to the next request of its kind. */
    public synchronized void enqueue(ScriptedReply reply) {
        scripted.add(reply);
    }

    synchronized ScriptedReply takeScripted(OutMessage message) {
        for (var it = scripted.iterator(); it.hasNext(); ) {
            ScriptedReply reply = it.next();
            if (reply.request() == message) {
                it.remove();
                return reply;
            }
        }
        return null;
    }

    /** Stops the scheduler when the gateway closes. */
    void shutdown() {
        scheduler.close();
    }

    synchronized void queueHandshakeFault(Fault fault) {
        handshakeFaults.add(fault);
    }

    synchronized Fault takeHandshakeFault() {
        return handshakeFaults.poll();
    }

    private static final class PendingViolation {
        final int clientId;
        final OutMessage request;
        int remaining;

        PendingViolation(int clientId, OutMessage request, int remaining) {
            this.clientId = clientId;
            this.request = request;
            this.remaining = remaining;
        }
    }

    record Registration<M extends Message>(Class<M> type, RequestHandler<M> handler) {
        void handle(ClientSession session, Message request) {
            handler.handle(session, type.cast(request));
        }
    }
}
