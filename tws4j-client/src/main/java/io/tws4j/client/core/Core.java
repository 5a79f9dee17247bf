package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.client.ClientClosedException;
import io.tws4j.client.ClientOptions;
import io.tws4j.client.ConnectionInfo;
import io.tws4j.client.ConnectionLostException;
import io.tws4j.client.ConnectionRejectedException;
import io.tws4j.client.ConnectionResetException;
import io.tws4j.client.FeatureNotSupportedException;
import io.tws4j.client.PacingStatus;
import io.tws4j.client.TwsException;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
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
    private final List<Request> pending = new ArrayList<>();
    private final ConcurrentHashMap<LaneKey, SharedLane> lanes = new ConcurrentHashMap<>();
    private final SharedStreams shared;
    private final Outbox outbox;
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    /** Settings TWS keeps per connection (the market data type), sent again on every new connection. */
    private final ConcurrentHashMap<OutMessage, MessageLite> settings = new ConcurrentHashMap<>();
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
            case ORDER_ID -> spec.orderId;
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
     * Opens a stream and sends its request (or queues it while reconnecting).
     *
     * @throws ClientClosedException if the client is closed
     */
    public <T> StreamSource open(StreamSpec<T> spec) {
        int id = spec.routing == Routing.ORDER_ID ? spec.orderId : nextRequestId();
        StreamRoute<T> stream = new StreamRoute<>(this, spec, id, options.streamBufferCapacity());
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
                if (request.generation == lostConnection.generation) {
                    affected.add(request);
                }
            }
        } finally {
            lock.unlock();
        }
        lostConnection.close();
        log.warn("lost the connection to {}: {}", options.address(), describe(cause));
        notices.publish(Notice.of(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CLIENT_CONNECTION_LOST,
                "lost the connection to " + options.address() + " (" + describe(cause) + ")"
                        + (reconnecting ? "; reconnecting" : "; not reconnecting"), Instant.now()));
        ConnectionResetException reset = new ConnectionResetException(
                "the connection to " + options.address() + " was lost; the client is reconnecting", cause);
        for (Request request : affected) {
            if (request.onConnectionLost(reset, reconnecting)) {
                requeue(request);
            }
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
            case ORDER_ID -> router.orders.put(request.id, request);
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
            notices.publish(Notice.of(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CLIENT_RECONNECTED,
                    "reconnected to " + options.address() + "; " + resend.size() + " request(s) sent again, "
                            + "subscriptions open at the loss were ended", Instant.now()));
        }
        outbox.resume();
        for (Request request : resend) {
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
        notices.closeAll(streamEnd);
        closed.complete(null);
    }

    private static String describe(Throwable cause) {
        return cause == null ? "unknown cause" : cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
