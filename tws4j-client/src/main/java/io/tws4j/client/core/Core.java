package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.client.ClientClosedException;
import io.tws4j.client.ClientOptions;
import io.tws4j.client.ConnectionInfo;
import io.tws4j.client.ConnectionLostException;
import io.tws4j.client.ConnectionRejectedException;
import io.tws4j.client.ConnectionResetException;
import io.tws4j.client.FeatureNotSupportedException;
import io.tws4j.client.OrderNotReceivedException;
import io.tws4j.client.PacingStatus;
import io.tws4j.client.TwsException;
import io.tws4j.client.InvalidRequestException;
import io.tws4j.client.PacingLimitException;
import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.Notice;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillis;
import io.tws4j.protocol.proto.ConnectionProto.CurrentTimeInMillisRequest;
import io.tws4j.protocol.proto.ConnectionProto.ManagedAccounts;
import io.tws4j.protocol.proto.ConnectionProto.NextValidId;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.ServerVersion;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind both surfaces of a client: one connection at a time (re-established after a
 * loss), the router, the request lanes, and the life of every request from registration to end.
 * Nothing here blocks a caller except {@link #connect} and {@link #close}.
 *
 * <p>Everything written goes through the {@link Outbox}, which keeps to the pacing rules and
 * writes on the caller's thread when nothing waits. {@link #send(OutMessage, Supplier)} builds a
 * body at the moment it is written, under the connection's write lock, for what must reach the
 * gateway in the order it was taken (order ids).
 *
 * <p>{@link #close()} is graceful: it stops accepting, writes what it accepted, half-closes the
 * socket and reads on (replies still reach their requests) until the gateway closes its side or
 * the grace period passes. {@link #closeNow()} drops the socket at once.
 */
public final class Core implements AutoCloseable {
    /** Request ids start far above order ids, so that an error's id names one or the other. */
    static final int FIRST_REQUEST_ID = 1_000_000_000;
    /** How long close() gives the accepted messages to be written after their pacing turns, at least. */
    private static final long WRITE_ALLOWANCE_NANOS = 1_000_000_000L;
    private static final Logger log = LoggerFactory.getLogger(Core.class);

    private enum State { CONNECTED, RECONNECTING, CLOSING, CLOSED }

    private final ClientOptions options;
    private final NoticeHub notices;
    private final Router router;
    private final OrderIds orderIds = new OrderIds();
    private final AtomicInteger requestIds = new AtomicInteger(FIRST_REQUEST_ID);
    private final AtomicInteger generations = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Set<Request> active = ConcurrentHashMap.newKeySet();
    /** Requests to send on the next connection, in the order they were queued; each once. */
    private final Set<Request> pending = new LinkedHashSet<>();
    private final ConcurrentHashMap<LaneKey, SharedLane> lanes = new ConcurrentHashMap<>();
    private final SharedStreams shared;
    private final Outbox outbox;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    /** Settings TWS keeps per connection (the market data type), sent again on every new connection. */
    private final ConcurrentHashMap<OutMessage, MessageLite> settings = new ConcurrentHashMap<>();
    private final List<ConnectionListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<PushedStream<?>> pushed = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<Class<?>, Object> components = new ConcurrentHashMap<>();
    /** When the connection was last lost; null while none was lost since the last restore. */
    private volatile Instant lostAt;
    private Connection connection;
    private volatile State state = State.CONNECTED;
    private volatile ConnectionInfo info;
    private volatile List<String> accounts = List.of();
    private volatile Thread reconnector;
    /** The connection a graceful close is winding down. */
    private Connection closing;

    private Core(ClientOptions options, NoticeHub notices) {
        this.options = options;
        this.notices = notices;
        this.router = new Router(notices);
        router.onConnectivity(this::connectivityNotice);
        this.shared = new SharedStreams(this, router);
        this.outbox = new Outbox(this, options.pacing(), "tws4j-writer-" + options.clientId(), System::nanoTime);
        router.observe(InMessage.NEXT_VALID_ID, (source, type, message) -> {
            int orderId = ConnectionCodec.nextValidId((NextValidId) message);
            orderIds.seed(orderId);
            source.startupOrderId(orderId);
        });
        router.observe(InMessage.MANAGED_ACCTS, (source, type, message) -> {
            List<String> list = ConnectionCodec.managedAccounts((ManagedAccounts) message);
            accounts = list;
            source.startupAccounts(list);
        });
    }

    /**
     * Connects, blocking until the handshake and the start-up messages are through.
     *
     * @param notices the hub that receives the notices sent while connecting
     */
    public static Core connect(ClientOptions options, NoticeHub notices) {
        Core core = new Core(options, notices);
        Connection first = core.establish();
        if (!core.install(first, false)) {
            throw new ConnectionLostException("the connection to " + options.address() + " was lost while starting", null);
        }
        log.info("connected to {} as client {}: server version {}", options.address(), options.clientId(), first.serverVersion);
        return core;
    }

    /** Returns the options the client was built with. */
    public ClientOptions options() {
        return options;
    }

    /** Returns the connection-wide notices. */
    public NoticeHub notices() {
        return notices;
    }

    /** Returns the order-id allocator. */
    public OrderIds orderIds() {
        return orderIds;
    }

    /** Returns the facts of the current (or last) connection. */
    public ConnectionInfo info() {
        return info;
    }

    /** Returns the accounts of the last ManagedAccounts message. */
    public List<String> accounts() {
        return accounts;
    }

    /** Returns whether a connection is up right now. */
    public boolean isConnected() {
        return state == State.CONNECTED;
    }

    /** Returns whether the client was closed (or is closing) or gave up reconnecting. */
    public boolean isClosed() {
        State now = state;
        return now == State.CLOSING || now == State.CLOSED;
    }

    /** Returns what the pacing governor holds back right now, and why. */
    public PacingStatus pacing() {
        return outbox.status();
    }

    /**
     * Returns whether a notice's id names an order rather than a request: order ids stay below the
     * request ids, and manual orders TWS binds to client 0 are negative (-1 names nothing).
     */
    public static boolean isOrderId(int id) {
        return id != ErrorCodes.NO_REQUEST_ID && id < FIRST_REQUEST_ID;
    }

    /** Returns the keys of the shared streams open right now, e.g. {@code "account updates DU123"}. */
    public Set<String> sharedStreamKeys() {
        return shared.keys();
    }

    /** Returns a fresh request id. */
    public int nextRequestId() {
        return requestIds.getAndIncrement();
    }

    /** Returns how many messages arrived for no registered request. */
    public long unroutedCount() {
        return router.unroutedCount();
    }

    /**
     * Sends a one-shot request; the future completes on the delivery executor with the result,
     * or with a {@link TwsException}. The request timeout (or the spec's own) counts from now.
     */
    public <R> CompletableFuture<R> call(CallSpec<R> spec) {
        int id = switch (spec.routing) {
            case REQUEST_ID -> nextRequestId();
            case ORDER_ID -> spec.orderId == CallSpec.NEW_ORDER_ID ? OrderRoute.UNASSIGNED : spec.orderId;
            case SHARED, SHARED_STREAM -> -1;
        };
        CallRoute<R> call = new CallRoute<>(this, spec, id);
        if (!register(call)) {
            return CompletableFuture.failedFuture(new ClientClosedException());
        }
        call.startTimer(spec.timeout != null ? spec.timeout : options.requestTimeout());
        if (spec.routing == Routing.SHARED) {
            lane(spec.lane).submit(call);
        } else {
            transmit(call);
        }
        return call.result();
    }

    /**
     * Opens a stream and sends its request (or queues it while reconnecting). It resumes after a
     * reconnect as {@link ClientOptions#resumeStreams()} says, if its spec is resumable.
     *
     * @throws ClientClosedException if the client is closed
     */
    public <T> StreamSource open(StreamSpec<T> spec) {
        return open(spec, options.resumeStreams());
    }

    /**
     * Opens a stream and sends its request (or queues it while reconnecting).
     *
     * @param resumeOnReconnect whether the stream is sent again under a new request id after a
     *     reconnect or TWS's 1101 (if its spec is resumable), rather than ended
     * @throws ClientClosedException if the client is closed
     */
    public <T> StreamSource open(StreamSpec<T> spec, boolean resumeOnReconnect) {
        int id = spec.routing == Routing.ORDER_ID ? spec.orderId : nextRequestId();
        StreamRoute<T> stream = new StreamRoute<>(this, spec, id, options.streamBufferCapacity(), resumeOnReconnect);
        if (!register(stream)) {
            throw new ClientClosedException();
        }
        transmit(stream);
        return stream;
    }

    /**
     * Joins the shared stream of {@code spec}'s key, sending its request if this is the first
     * subscriber (or whenever the spec asks for a fresh snapshot on join).
     *
     * @throws ClientClosedException if the client is closed
     */
    public <T> StreamSource openShared(SharedStreamSpec<T> spec) {
        return shared.join(spec, options.streamBufferCapacity());
    }

    /**
     * Opens a stream of every message of the spec's types, requested by anyone or no one. Sends
     * nothing; closing it stops observing.
     *
     * @throws ClientClosedException if the client is closed
     */
    public <T> StreamSource openBroadcast(BroadcastSpec<T> spec) {
        if (isClosed()) {
            throw new ClientClosedException();
        }
        return shared.observe(spec, options.streamBufferCapacity());
    }

    /**
     * Opens a stream that client code feeds (see {@link PushedStream}); the core ends it when the
     * client shuts down.
     *
     * @throws ClientClosedException if the client is closed
     */
    public <T> PushedStream<T> openPushed(String name, PushedStream.Listener listener) {
        if (isClosed()) {
            throw new ClientClosedException();
        }
        PushedStream<T> stream = new PushedStream<>(this, name, options.streamBufferCapacity(), listener);
        pushed.add(stream);
        if (isClosed()) {
            stream.finish(Terminal.COMPLETED);
        }
        return stream;
    }

    /**
     * Observes every message of {@code type} after it was routed, on the reader thread: the order
     * journal sees every order message this way, whoever requested it.
     */
    public void observe(InMessage type, MessageObserver observer) {
        router.observe(type, (source, seen, message) -> observer.observe(seen, message));
    }

    /** Adds a listener of every lost and restored connection. */
    public void addConnectionListener(ConnectionListener listener) {
        listeners.add(listener);
    }

    /**
     * Returns the client's one instance of {@code type}, created by {@code create} on first use:
     * state a domain keeps per client whichever surface uses it (the order journal).
     */
    public <T> T component(Class<T> type, Function<Core, T> create) {
        return type.cast(components.computeIfAbsent(type, key -> create.apply(this)));
    }

    /** Runs a quick, non-blocking task on the timer thread after {@code delay}. */
    public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
        return Scheduling.schedule(task, delay);
    }

    /**
     * Writes order messages, each under its order id, and registers their routes (see
     * {@link OrderRoute}). Ids the core picks are taken under the connection's write lock, in the
     * same step as the messages are written, with the routes registered before any byte goes out:
     * they reach the gateway in increasing order whatever the number of threads placing orders.
     * Several specs are the legs of one bracket: written in one lock hold, consecutive ids, the
     * first leg first. Returns once the messages were handed to the connection; never queues
     * them for a later connection, never sends them again.
     *
     * @param legs specs that all pick their ids, or all bring their own
     * @throws OrderNotReceivedException if nothing was written: the client is reconnecting, or the
     *         connection was lost before the first byte went out; safe to send again
     * @throws ClientClosedException if the client is closed
     * @throws InvalidRequestException if a message could not be encoded; nothing was written
     */
    public List<OrderLine> placeOrders(List<OrderSpec> legs) {
        if (legs.isEmpty()) {
            throw new IllegalArgumentException("no order to place");
        }
        boolean pick = legs.getFirst().picksId();
        if (legs.stream().anyMatch(leg -> leg.picksId() != pick)) {
            throw new IllegalArgumentException("a bracket's legs either all take fresh ids or all bring their own");
        }
        AtomicInteger write = new AtomicInteger(OrderRoute.READY);
        List<OrderRoute> routes = new ArrayList<>();
        for (OrderSpec leg : legs) {
            OrderRoute route = new OrderRoute(this, leg, write);
            if (!register(route)) {
                routes.forEach(OrderRoute::release);
                throw new ClientClosedException();
            }
            routes.add(route);
        }
        int generation;
        lock.lock();
        try {
            generation = state == State.CONNECTED && connection != null ? connection.generation : 0;
        } finally {
            lock.unlock();
        }
        OrderBatch batch = null;
        PacingLimitException refused = null;
        if (generation != 0) {
            batch = new OrderBatch(this, routes, pick, write, generation);
            try {
                awaitWritten(outbox.sendBound(batch, generation, options.requestTimeout()), write);
            } catch (PacingLimitException e) {
                refused = e;
            }
        }
        if (write.get() == OrderRoute.WRITTEN) {
            return List.copyOf(routes);
        }
        write.set(OrderRoute.ABANDONED);
        routes.forEach(OrderRoute::release);
        String what = routes.getFirst().describe();
        if (refused != null) {
            throw refused;
        }
        if (batch != null && batch.unencodable != null) {
            throw new InvalidRequestException("could not encode " + what + ": " + batch.unencodable);
        }
        if (isClosed()) {
            throw new ClientClosedException();
        }
        int id = pick ? -1 : legs.getFirst().orderId;
        throw new OrderNotReceivedException(id, what + " was not sent: " + (generation == 0
                ? "the client is reconnecting to " + options.address()
                : "the connection to " + options.address() + " was lost before it was written") + "; nothing reached the gateway, it is safe to send again");
    }

    /**
     * Waits until an order batch is written or dropped. If it is neither within the request
     * timeout (its pacing turn was estimated within it), or the wait is interrupted, it is
     * abandoned: once abandoned it can never be written, so the caller may say it was not sent.
     */
    private void awaitWritten(CompletableFuture<Void> written, AtomicInteger write) {
        try {
            written.get(options.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            log.debug("an order batch was not written: {}", e.getCause().getMessage());
        } catch (TimeoutException e) {
            write.compareAndSet(OrderRoute.READY, OrderRoute.ABANDONED);
        } catch (InterruptedException e) {
            write.compareAndSet(OrderRoute.READY, OrderRoute.ABANDONED);
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Decides, under {@code target}'s write lock, whether an order batch accepted on the
     * connection of {@code generation} goes out on {@code target} now; if so, marks its routes as
     * sent on it.
     */
    Outgoing.Claim claimOrders(List<OrderRoute> routes, Connection target, int generation) {
        lock.lock();
        try {
            if (state == State.CLOSED || state == State.CLOSING) {
                return Outgoing.Claim.DROP;
            }
            if (connection != target || target.generation != generation) {
                return Outgoing.Claim.HOLD;
            }
            for (OrderRoute route : routes) {
                if (!active.contains(route)) {
                    return Outgoing.Claim.DROP;
                }
            }
            for (OrderRoute route : routes) {
                route.generation = target.generation;
                route.held = false;
            }
            return Outgoing.Claim.WRITE;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Checks that the connection's server version has a feature.
     *
     * @throws io.tws4j.client.FeatureNotSupportedException if it does not; nothing is sent
     */
    public void requireVersion(ServerVersion needed, String feature) {
        int found = info.serverVersion();
        if (!needed.isSupportedAt(found)) {
            throw new FeatureNotSupportedException(feature, needed.number(), found);
        }
    }

    /**
     * Sends a message that expects no reply of its own: written on this thread when nothing waits
     * for its pacing turn, else queued and written in turn (on this connection or, if it drops
     * first, the next one). {@link #close()} writes it before the socket closes.
     *
     * @return completes once the frame is written; fails if it never will be (e.g. {@link #closeNow()})
     * @throws ClientClosedException if the client is closed
     * @throws ConnectionLostException if there is no connection right now, or writing it here failed
     * @throws io.tws4j.client.PacingLimitException if its turn would come after the request timeout; nothing is sent
     */
    public CompletableFuture<Void> send(OutMessage message, MessageLite body) {
        return send(message, body, null);
    }

    /**
     * Sends a message whose body is built at the moment it is written: {@code body} runs once,
     * under the connection's write lock, right before the frame goes out, on whichever thread
     * writes it (this one when nothing waits, else the writer thread). What it takes while it
     * runs, such as an order id, thus reaches the gateway in the order it was taken, whatever the
     * number of threads. It must be quick and must not send anything itself. Otherwise as
     * {@link #send(OutMessage, MessageLite)}; what {@code body} throws on this thread is thrown here.
     *
     * {@snippet :
     * core.send(OutMessage.PLACE_ORDER, () -> OrdersCodec.placeOrderRequest(core.orderIds().next(), contract, order));
     * }
     */
    public CompletableFuture<Void> send(OutMessage message, Supplier<? extends MessageLite> body) {
        return send(message, null, body);
    }

    private CompletableFuture<Void> send(OutMessage message, MessageLite body, Supplier<? extends MessageLite> deferred) {
        Connection current = current();
        if (current == null) {
            throw isClosed() ? new ClientClosedException()
                    : new ConnectionLostException("not connected: the client is reconnecting", null);
        }
        return outbox.send(message, body, deferred, false, current.generation, options.requestTimeout());
    }

    /**
     * Sends a setting that TWS keeps for the connection only, such as the market data type, and
     * sends it again on every new connection after a reconnect, before the requests waiting there.
     * The latest setting of each message wins.
     *
     * @throws ClientClosedException if the client is closed
     * @throws ConnectionLostException if there is no connection right now; the setting goes out after the reconnect
     */
    public void sendSetting(OutMessage message, MessageLite body) {
        settings.put(message, body);
        send(message, body);
    }

    /**
     * Closes gracefully: stops accepting calls, writes every message already accepted (in pacing
     * order), half-closes the socket so that the gateway reads the last frame, and keeps reading,
     * delivering late replies, until the gateway closes its side or the close grace period
     * passes. Then every stream ends normally and every call still waiting fails with
     * {@link ClientClosedException}. Requests still waiting for their pacing turn are not sent.
     * Blocks until done; another thread's call waits for the first.
     */
    @Override
    public void close() {
        close(true);
    }

    /**
     * Closes at once: the socket closes, what was not yet written is lost, and the calls waiting
     * for it fail with {@link ClientClosedException}. Also hurries a graceful close in progress.
     */
    public void closeNow() {
        close(false);
    }

    private void close(boolean graceful) {
        Thread waiting = reconnector;
        if (waiting != null) {
            waiting.interrupt();
        }
        Connection target;
        boolean first;
        lock.lock();
        try {
            first = state != State.CLOSING && state != State.CLOSED;
            if (first) {
                target = state == State.CONNECTED ? connection : null;
                closing = target;
                state = State.CLOSING;
                if (target != null) {
                    target.beginClosing();
                }
            } else {
                target = closing;
            }
        } finally {
            lock.unlock();
        }
        if (!first) {
            if (!graceful) {
                outbox.discard(new ClientClosedException());
                if (target != null) {
                    target.close();
                }
            }
            closed.join();
            return;
        }
        try {
            if (graceful && target != null) {
                windDown(target);
            } else {
                outbox.discard(new ClientClosedException());
            }
        } finally {
            shutdown(new ClientClosedException(), Terminal.COMPLETED);
        }
    }

    /** The graceful part of a close: the last writes, the half-close, the gateway's end. */
    private void windDown(Connection target) {
        long start = System.nanoTime();
        long grace = options.closeGracePeriod().toNanos();
        long lastWrite = outbox.close();
        // writes only miss this when the gateway stopped reading and the socket's buffer is full
        if (!outbox.awaitWritten(lastWrite + Math.max(grace, WRITE_ALLOWANCE_NANOS))) {
            log.warn("closing: the messages still queued could not be written within {} ms; closing at once",
                    (System.nanoTime() - start) / 1_000_000);
            outbox.discard(new ClientClosedException());
            target.close();
            return;
        }
        outbox.afterLastWrite(target::finishWriting);
        if (!target.awaitReaderEnd(grace)) {
            log.info("closing: the gateway at {} did not close its side within {} ms", options.address(), grace / 1_000_000);
        }
        log.debug("closed the connection to {} gracefully in {} ms", options.address(), (System.nanoTime() - start) / 1_000_000);
    }

    // ---- used by routes and lanes

    /** Runs work off the reader and timer threads: completions, writes from the reader's context. */
    void deliver(Runnable task) {
        try {
            options.deliveryExecutor().execute(task);
        } catch (RejectedExecutionException e) {
            Thread.ofVirtual().name("tws4j-delivery").start(task);
        }
    }

    /** Notes that the request with this id was cancelled, so that TWS's late notices about it are not published. */
    void cancelled(int requestId) {
        router.cancelled.add(requestId);
    }

    /**
     * Sends a cancel or similar courtesy message on the current connection, ahead of any other
     * request waiting for its pacing turn, without blocking the caller. Dropped if the
     * connection goes first: what it cancels went with it.
     */
    void sendQuietly(OutMessage message, MessageLite body) {
        deliver(() -> {
            Connection current = current();
            if (current == null) {
                return;
            }
            try {
                outbox.send(message, body, null, true, current.generation, options.requestTimeout());
            } catch (TwsException e) {
                log.debug("could not send {}: {}", message, e.getMessage());
            }
        });
    }

    /**
     * Sends a registered request through the outbox (written now, or queued for its pacing turn,
     * across a reconnect if need be), or keeps it for the next connection while there is none.
     */
    void transmit(Request request) {
        lock.lock();
        try {
            if (state == State.CLOSED || state == State.CLOSING) {
                request.fail(new ClientClosedException());
                return;
            }
            if (!active.contains(request)) {
                return;
            }
            if (connection == null) {
                pending.add(request);
                return;
            }
        } finally {
            lock.unlock();
        }
        outbox.submit(request, request.timeout());
    }

    /**
     * Decides, under {@code target}'s write lock, whether a request goes out on it now, and if
     * so marks it as sent on it: a loss of {@code target} found later then sees it.
     */
    Outgoing.Claim claim(Request request, Connection target) {
        lock.lock();
        try {
            if (state == State.CLOSED || state == State.CLOSING) {
                return Outgoing.Claim.DROP;
            }
            if (connection != target) {
                return Outgoing.Claim.HOLD;
            }
            if (!active.contains(request)) {
                return Outgoing.Claim.DROP;
            }
            request.generation = target.generation;
            request.held = false;
            return Outgoing.Claim.WRITE;
        } finally {
            lock.unlock();
        }
    }

    /** Decides, under {@code target}'s write lock, whether a message goes out on it now. */
    Outgoing.Claim claimMessage(Connection target) {
        lock.lock();
        try {
            if (connection == target && (state == State.CONNECTED || state == State.CLOSING)) {
                return Outgoing.Claim.WRITE;
            }
            return state == State.CLOSED || state == State.CLOSING ? Outgoing.Claim.DROP : Outgoing.Claim.HOLD;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Moves a registered request to a new id: routes stop reaching it under the old one, start
     * under the new one, and late notices about the old id are treated as a cancelled request's.
     * For a stream sent again under a new request id, or an order whose id is taken as it is written.
     */
    void rebind(Request request, int newId) {
        int oldId = request.id;
        switch (request.routing) {
            case REQUEST_ID -> {
                router.requests.remove(oldId, request);
                request.id = newId;
                router.requests.put(newId, request);
                router.cancelled.add(oldId);
            }
            case ORDER_ID -> {
                router.orders.remove(oldId, request);
                request.id = newId;
                router.orders.put(newId, request);
            }
            case SHARED, SHARED_STREAM -> throw new IllegalStateException(request.describe() + " has no id to move");
        }
    }

    /** Returns the connection to write on: the current one, also while a graceful close winds it down. */
    Connection writableConnection() {
        lock.lock();
        try {
            return state == State.CONNECTED || state == State.CLOSING ? connection : null;
        } finally {
            lock.unlock();
        }
    }

    /** Returns whether a request is still registered. */
    boolean isActive(Request request) {
        return active.contains(request);
    }

    /** Returns whether {@code candidate} is the connection in use. */
    boolean isCurrent(Connection candidate) {
        lock.lock();
        try {
            return connection == candidate && state == State.CONNECTED;
        } finally {
            lock.unlock();
        }
    }

    /** The error of a message refused because the client is closing. */
    TwsException closedError() {
        return new ClientClosedException();
    }

    /**
     * Sends the watchdog's probe: a current-time request in the lane of the user's own, so that
     * neither takes the other's answer. Its answer is dropped; any byte counts as life.
     */
    void probe(Duration timeout) {
        CallSpec<Instant> spec = CallSpec.<Instant>shared("watchdog probe", LaneKey.CURRENT_TIME_MILLIS,
                        OutMessage.REQ_CURRENT_TIME_IN_MILLIS, CurrentTimeInMillisRequest.getDefaultInstance())
                .retryable(false)
                .timeout(timeout.compareTo(options.requestTimeout()) > 0 ? timeout : options.requestTimeout())
                .single(InMessage.CURRENT_TIME_IN_MILLIS, CurrentTimeInMillis.class, ConnectionCodec::currentTimeInMillis);
        call(spec).whenComplete((time, error) -> {
            if (error != null) {
                log.debug("the watchdog's probe ended: {}", error.getMessage());
            }
        });
    }

    /** Forgets a finished request. */
    void release(Request request) {
        active.remove(request);
        switch (request.routing) {
            case REQUEST_ID -> router.requests.remove(request.id, request);
            case ORDER_ID -> router.orders.remove(request.id, request);
            case SHARED -> lane(((CallRoute<?>) request).lane()).release((CallRoute<?>) request);
            case SHARED_STREAM -> shared.forget((SharedStream<?>) request);
        }
        router.forgetExecutions(request);
        lock.lock();
        try {
            pending.remove(request);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets a pushed stream that ended. */
    void forgetPushed(PushedStream<?> stream) {
        pushed.remove(stream);
    }

    /** Returns the client's id-less streams. */
    SharedStreams shared() {
        return shared;
    }

    /** Handles the end of a connection's reader; only the current connection triggers a reconnect. */
    void connectionLost(Connection lostConnection, Throwable cause) {
        List<Request> affected = new ArrayList<>();
        boolean reconnecting;
        lock.lock();
        try {
            lostConnection.lost = true;
            if (lostConnection != connection) {
                lostConnection.failStartup(new ConnectionRejectedException(
                        "the gateway closed the connection before it was ready: " + describe(cause)));
                return;
            }
            if (state == State.CLOSING) {
                return;
            }
            connection = null;
            reconnecting = state != State.CLOSED && options.reconnect().allowsAttempt(1);
            state = reconnecting ? State.RECONNECTING : State.CLOSED;
            for (Request request : active) {
                if (request.generation == lostConnection.generation || request.held) {
                    affected.add(request);
                }
            }
        } finally {
            lock.unlock();
        }
        lostConnection.close();
        outbox.connectionLost(lostConnection.generation,
                new ConnectionLostException("the connection to " + options.address() + " was lost", cause));
        log.warn("lost the connection to {}: {}", options.address(), describe(cause));
        notices.publish(Notice.of(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CLIENT_CONNECTION_LOST,
                "lost the connection to " + options.address() + " (" + describe(cause) + ")"
                        + (reconnecting ? "; reconnecting" : "; not reconnecting"), Instant.now()));
        ConnectionResetException reset = new ConnectionResetException(
                "the connection to " + options.address() + " was lost; the client is reconnecting", cause);
        Instant at = Instant.now();
        if (lostAt == null) {
            lostAt = at;
        }
        for (Request request : affected) {
            switch (request.onConnectionLost(reset, reconnecting)) {
                case SEND_AGAIN -> requeue(request);
                case HOLD -> request.held = true;
                case END -> request.held = false;
            }
        }
        if (reconnecting) {
            shared.interruptBroadcasts(at, "the connection to the gateway was lost");
        }
        for (ConnectionListener listener : listeners) {
            listener.connectionLost(at, reset, reconnecting);
        }
        if (reconnecting) {
            Thread thread = Thread.ofVirtual().name("tws4j-reconnect-" + options.clientId()).unstarted(this::reconnectLoop);
            reconnector = thread;
            thread.start();
        } else {
            ConnectionLostException lost = new ConnectionLostException("the connection to " + options.address() + " was lost", cause);
            shutdown(lost, new Terminal(lost));
        }
    }

    // ---- TWS's connectivity codes

    /**
     * Acts on TWS's own connectivity notices, as TWS means them, on the reader thread of the
     * connection that carried them: 1100 (TWS lost IB's servers) marks every resuming stream
     * interrupted and leaves the socket alone; 1102 (restored, data maintained) marks them resumed
     * and sends nothing; 1101 (restored, data lost) sends every subscription's request again on
     * the same socket, each under a new request id after the cancel of its old one.
     */
    private void connectivityNotice(Connection source, Notice notice) {
        int code = notice.code();
        Instant at = Instant.now();
        List<Request> onThisConnection = new ArrayList<>();
        for (Request request : active) {
            if (request.generation == source.generation) {
                onThisConnection.add(request);
            }
        }
        switch (code) {
            case ErrorCodes.CONNECTIVITY_LOST -> {
                String reason = "TWS lost its connection to IB (1100)";
                onThisConnection.forEach(request -> request.connectivityLost(at, reason));
                shared.interruptBroadcasts(at, reason);
                listeners.forEach(listener -> listener.connectivityLost(at));
            }
            case ErrorCodes.CONNECTIVITY_RESTORED_DATA_MAINTAINED -> {
                onThisConnection.forEach(request -> request.connectivityRestored(at));
                shared.resumeBroadcasts(at, true);
                listeners.forEach(listener -> listener.connectivityRestored(at, true));
            }
            case ErrorCodes.CONNECTIVITY_RESTORED_DATA_LOST -> {
                List<Request.Resubscription> resubscriptions = new ArrayList<>();
                for (Request request : onThisConnection) {
                    Request.Resubscription again = request.subscriptionDropped(at);
                    if (again != null) {
                        resubscriptions.add(again);
                    }
                }
                shared.resumeBroadcasts(at, false);
                listeners.forEach(listener -> listener.connectivityRestored(at, false));
                if (!resubscriptions.isEmpty()) {
                    log.info("TWS dropped the subscriptions (1101): sending {} request(s) again", resubscriptions.size());
                    deliver(() -> resubscribe(source, resubscriptions));
                }
            }
            default -> { }
        }
    }

    /** Sends dropped subscriptions again on the connection that reported 1101, each after the cancel of its old id. */
    private void resubscribe(Connection source, List<Request.Resubscription> resubscriptions) {
        for (Request.Resubscription again : resubscriptions) {
            if (current() != source || again.request().generation != source.generation) {
                continue;   // lost meanwhile: the loss queued it for the next connection, or it ended
            }
            if (again.cancelBody() != null) {
                try {
                    source.send(again.cancelMessage(), again.cancelBody());
                } catch (IOException e) {
                    source.abort();
                    return;
                }
            }
            transmit(again.request());
        }
    }

    // ---- internals

    boolean register(Request request) {
        lock.lock();
        try {
            if (state == State.CLOSED || state == State.CLOSING) {
                return false;
            }
            active.add(request);
        } finally {
            lock.unlock();
        }
        switch (request.routing) {
            case REQUEST_ID -> router.requests.put(request.id, request);
            case ORDER_ID -> {
                if (request.id != OrderRoute.UNASSIGNED) {
                    router.orders.put(request.id, request);
                }
            }
            case SHARED, SHARED_STREAM -> { }
        }
        return true;
    }

    private SharedLane lane(LaneKey key) {
        return lanes.computeIfAbsent(key, k -> {
            SharedLane lane = new SharedLane(k, this);
            router.claim(k.replies(), lane);
            return lane;
        });
    }

    private Connection current() {
        lock.lock();
        try {
            return connection;
        } finally {
            lock.unlock();
        }
    }

    private void requeue(Request request) {
        lock.lock();
        try {
            if (state == State.RECONNECTING && active.contains(request)) {
                request.generation = 0;
                pending.add(request);
                return;
            }
        } finally {
            lock.unlock();
        }
        request.fail(new ConnectionLostException(request.describe() + " could not be sent again", null));
    }

    private Connection establish() {
        long deadline = System.nanoTime() + options.connectTimeout().toNanos();
        Connection candidate = Connection.open(options, generations.incrementAndGet(), deadline);
        candidate.startReader(router, this);
        candidate.awaitStartup(deadline);
        return candidate;
    }

    private boolean install(Connection candidate, boolean reconnected) {
        List<Request> resend;
        lock.lock();
        try {
            if (state == State.CLOSED || state == State.CLOSING || candidate.lost || candidate.isClosed()) {
                candidate.close();
                return false;
            }
            connection = candidate;
            state = State.CONNECTED;
            info = new ConnectionInfo(candidate.serverVersion, candidate.connectionTime, options.clientId(),
                    candidate.startupAccountsOrEmpty(), candidate.startupOrderIdOrZero());
            resend = new ArrayList<>(pending);
            pending.clear();
        } finally {
            lock.unlock();
        }
        if (reconnected) {
            resendSettings(candidate);
            Instant at = Instant.now();
            Instant since = lostAt;
            lostAt = null;
            Duration gap = since == null ? Duration.ZERO : Duration.between(since, at);
            shared.resumeBroadcasts(at, false);
            for (ConnectionListener listener : listeners) {
                listener.connectionRestored(at, gap);
            }
            notices.publish(Notice.of(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CLIENT_RECONNECTED,
                    "reconnected to " + options.address() + "; " + resend.size() + " request(s) sent again"
                            + (options.resumeStreams() ? " (resumed streams included)"
                                    : "; subscriptions open at the loss were ended"), Instant.now()));
        }
        // settings went first (the market data type before any stream resumes); then, in order of
        // registration, one-shots and resumed streams, each of those moved to a new request id
        Instant resentAt = Instant.now();
        outbox.resume();
        for (Request request : resend) {
            request.resending(resentAt);
            transmit(request);
        }
        return true;
    }

    private void resendSettings(Connection target) {
        for (var setting : settings.entrySet()) {
            try {
                target.send(setting.getKey(), setting.getValue());
            } catch (IOException e) {
                log.debug("could not send {} again after the reconnect; the reader will report the loss", setting.getKey(), e);
                target.abort();
                return;
            }
        }
    }

    private void reconnectLoop() {
        for (int attempt = 1; options.reconnect().allowsAttempt(attempt); attempt++) {
            Duration delay = options.reconnect().delayBefore(attempt);
            log.info("reconnecting to {} in {} ms (attempt {})", options.address(), delay.toMillis(), attempt);
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                return;
            }
            if (isClosed()) {
                return;
            }
            try {
                if (install(establish(), true)) {
                    reconnector = null;
                    return;
                }
            } catch (TwsException e) {
                log.warn("reconnect attempt {} to {} failed: {}", attempt, options.address(), e.getMessage());
            }
        }
        if (isClosed()) {
            return;
        }
        ConnectionLostException lost = new ConnectionLostException("could not reconnect to " + options.address(), null);
        notices.publish(Notice.of(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CLIENT_RECONNECT_FAILED,
                "gave up reconnecting to " + options.address() + "; the client is closed", Instant.now()));
        shutdown(lost, new Terminal(lost));
    }

    /**
     * Ends the client: calls still waiting fail with {@code requestError}; streams, broadcasts and
     * notice streams end with {@code streamEnd} (normally, when the client was closed).
     */
    private void shutdown(TwsException requestError, Terminal streamEnd) {
        Connection last;
        lock.lock();
        try {
            state = State.CLOSED;
            last = connection;
            connection = null;
            pending.clear();
        } finally {
            lock.unlock();
        }
        if (last != null) {
            last.close();
        }
        outbox.discard(requestError);
        for (Request request : List.copyOf(active)) {
            if (streamEnd.isCompleted() && request instanceof StreamSink<?> stream) {
                stream.complete();
            } else {
                request.fail(requestError);
            }
        }
        shared.endBroadcasts(streamEnd);
        for (PushedStream<?> stream : List.copyOf(pushed)) {
            stream.finish(streamEnd);
        }
        notices.closeAll(streamEnd);
        closed.complete(null);
    }

    private static String describe(Throwable cause) {
        return cause == null ? "unknown cause" : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
