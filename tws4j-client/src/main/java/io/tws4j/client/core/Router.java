package io.tws4j.client.core;

import io.tws4j.client.ConnectionRejectedException;
import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.Notice;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.proto.ConnectionProto.ErrorMessage;
import io.tws4j.protocol.proto.OrdersProto.CommissionAndFeesReport;
import io.tws4j.protocol.proto.OrdersProto.ExecutionDetails;
import io.tws4j.protocol.wire.FrameReader;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.ProtocolException;
import io.tws4j.protocol.wire.UnknownMessageIdException;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers every decoded message to the request it answers: by request id, by order id, by
 * execution id, or by type to the one request of its lane in flight; notices by the id they
 * carry, or to the connection-wide notice stream. Runs on the reader thread and never runs user
 * code. Observers see every message of a type, routed or not.
 */
final class Router {
    private static final Logger log = LoggerFactory.getLogger(Router.class);
    private static final Observer[] NONE = new Observer[0];
    private static final SharedStream<?>[] NO_STREAMS = new SharedStream<?>[0];

    final IntRouteTable requests = new IntRouteTable();
    final IntRouteTable orders = new IntRouteTable();
    /** Requests the client cancelled lately; TWS's notices about them (e.g. 162 "query cancelled") are only logged. */
    final CancelledIds cancelled = new CancelledIds(1_024);
    private final ConcurrentHashMap<String, Route> executions = new ConcurrentHashMap<>();
    private final AtomicReferenceArray<SharedLane> lanes = new AtomicReferenceArray<>(128);
    private final AtomicReferenceArray<Observer[]> observers = new AtomicReferenceArray<>(128);
    private final AtomicReferenceArray<SharedStream<?>[]> shared = new AtomicReferenceArray<>(128);
    private final NoticeHub notices;
    private final AtomicLong unrouted = new AtomicLong();
    private volatile BiConsumer<Connection, Notice> connectivity = (source, notice) -> { };

    Router(NoticeHub notices) {
        this.notices = notices;
        for (int i = 0; i < 128; i++) {
            observers.set(i, NONE);
            shared.set(i, NO_STREAMS);
        }
    }

    /** Sees every message of a type after it was routed; runs on the reader thread. */
    @FunctionalInterface
    interface Observer {
        void observe(Connection source, InMessage type, Object message);
    }

    /**
     * Hands TWS's connectivity notices (1100, 1101, 1102) to {@code handler} on the reader thread,
     * after they were published. Farm notices (2103/2104, 2105/2106, 2157/2158...) are notices only.
     */
    void onConnectivity(BiConsumer<Connection, Notice> handler) {
        this.connectivity = handler;
    }

    /** Decodes the current frame and delivers it. */
    void dispatch(Connection source, FrameReader frames, int rawId) throws IOException {
        InMessage type = InMessage.fromWireId(rawId);
        if (type.isTextOnly()) {
            List<String> fields = frames.textBody();
            log.warn("ignoring text-only message {} {}: tws4j does not request it", type, fields);
            return;
        }
        Object message = frames.decodeBody(InboundDecoders.of(type).decoder());
        switch (type.correlation()) {
            case REQUEST_ID -> byRequestId(type, InboundDecoders.of(type).key().applyAsInt(message), message);
            case ORDER_ID -> byOrderId(source, type, InboundDecoders.of(type).key().applyAsInt(message), message);
            case EXECUTION_ID -> byExecution(source, type, (CommissionAndFeesReport) message);
            case ERROR -> {
                message = ConnectionCodec.notice((ErrorMessage) message, Instant.now());
                onNotice(source, (Notice) message);
            }
            case NONE -> byType(source, type, message);
        }
        for (Observer observer : observers.get(type.id())) {
            observer.observe(source, type, message);
        }
    }

    /** Reports a frame that was skipped because it could not be decoded. */
    void skipped(ProtocolException error) {
        int code = error instanceof UnknownMessageIdException ? ErrorCodes.UNKNOWN_MESSAGE_ID : ErrorCodes.BAD_MESSAGE;
        notices.publish(Notice.of(ErrorCodes.NO_REQUEST_ID, code, "skipped a frame: " + error.getMessage(), Instant.now()));
    }

    /** Reports input that ended the connection. */
    void fatal(ProtocolException error) {
        notices.publish(Notice.of(ErrorCodes.NO_REQUEST_ID, ErrorCodes.BAD_MESSAGE_LENGTH,
                "the connection's byte stream is broken: " + error.getMessage(), Instant.now()));
    }

    /** Makes a lane the destination of its reply types. */
    void claim(Set<InMessage> types, SharedLane lane) {
        for (InMessage type : types) {
            if (!lanes.compareAndSet(type.id(), null, lane) && lanes.get(type.id()) != lane) {
                throw new IllegalStateException(type + " already belongs to lane " + lanes.get(type.id()).key().name());
            }
        }
    }

    /** Makes a shared stream a destination of every type its spec handles. */
    synchronized void share(SharedStreamSpec<?> spec, SharedStream<?> stream) {
        for (InMessage type : InMessage.values()) {
            if (spec.handler(type) != null) {
                SharedStream<?>[] current = shared.get(type.id());
                SharedStream<?>[] next = Arrays.copyOf(current, current.length + 1);
                next[current.length] = stream;
                shared.set(type.id(), next);
            }
        }
    }

    /** Removes a shared stream added with {@link #share}. */
    synchronized void unshare(SharedStreamSpec<?> spec, SharedStream<?> stream) {
        for (InMessage type : InMessage.values()) {
            if (spec.handler(type) != null) {
                shared.set(type.id(), Arrays.stream(shared.get(type.id())).filter(s -> s != stream).toArray(SharedStream<?>[]::new));
            }
        }
    }

    /** Adds an observer of every message of {@code type}. */
    synchronized void observe(InMessage type, Observer observer) {
        Observer[] current = observers.get(type.id());
        Observer[] next = Arrays.copyOf(current, current.length + 1);
        next[current.length] = observer;
        observers.set(type.id(), next);
    }

    /** Removes an observer added with {@link #observe}. */
    synchronized void unobserve(InMessage type, Observer observer) {
        Observer[] current = observers.get(type.id());
        observers.set(type.id(), Arrays.stream(current).filter(o -> o != observer).toArray(Observer[]::new));
    }

    /** Forgets the execution ids that lead to {@code route}. */
    void forgetExecutions(Route route) {
        executions.values().removeIf(candidate -> candidate == route);
    }

    /** Returns how many messages found no request since the client started. */
    long unroutedCount() {
        return unrouted.get();
    }

    private void byRequestId(InMessage type, int id, Object message) {
        Route route = requests.get(id);
        if (type == InMessage.EXECUTION_DATA) {
            ExecutionDetails details = (ExecutionDetails) message;
            if (route == null) {
                route = orders.get(details.getExecution().getOrderId());
            }
            if (route != null) {
                executions.put(details.getExecution().getExecId(), route);
            }
        }
        if (route != null) {
            route.onMessage(type, message);
        } else {
            unrouted(type, id);
        }
    }

    private void byOrderId(Connection source, InMessage type, int orderId, Object message) {
        Route route = orders.get(orderId);
        // looked up first: delivering to the order's route may complete a call whose caller at once
        // starts a listing, and that listing must not take this message for part of its answer
        CallRoute<?> listing = laneCall(source, type);
        if (route != null) {
            route.onMessage(type, message);
        }
        if (listing != null) {
            listing.onMessage(type, message);
        }
        if (route == null && listing == null) {
            unrouted(type, orderId);
        }
    }

    private void byExecution(Connection source, InMessage type, CommissionAndFeesReport report) {
        Route route = executions.remove(report.getExecId());
        if (route == null) {
            route = laneCall(source, type);
        }
        if (route != null) {
            route.onMessage(type, report);
        } else {
            unrouted(type, -1);
        }
    }

    private void byType(Connection source, InMessage type, Object message) {
        CallRoute<?> owner = laneCall(source, type);
        SharedStream<?>[] streams = shared.get(type.id());
        if (owner != null) {
            owner.onMessage(type, message);
        }
        for (SharedStream<?> stream : streams) {
            stream.onMessage(type, message);
        }
        if (owner == null && streams.length == 0 && observers.get(type.id()).length == 0) {
            unrouted(type, -1);
        }
    }

    /**
     * Returns the id-less request that a reply of {@code type} from {@code source} answers: the
     * one in flight in its lane, if it was sent on that connection. A request waiting to be sent
     * again after a reconnect must not take the new connection's unsolicited start-up messages
     * (NextValidId, ManagedAccounts) for its answer.
     */
    private CallRoute<?> laneCall(Connection source, InMessage type) {
        SharedLane lane = lanes.get(type.id());
        CallRoute<?> call = lane == null ? null : lane.current();
        if (call == null || (source != null && call.generation != source.generation)) {
            return null;
        }
        return call;
    }

    private void onNotice(Connection source, Notice notice) {
        if (notice.code() == ErrorCodes.CLIENT_ID_IN_USE && source.isStarting()) {
            source.failStartup(new ConnectionRejectedException(notice.code(), notice.message()));
        }
        if (notice.isGlobal()) {
            notices.publish(notice);
            if (source != null && isConnectivity(notice.code())) {
                connectivity.accept(source, notice);
            }
            if (notice.endsRequest() && !source.isStarting()) {
                failLanesInFlight(notice);
            }
            return;
        }
        Route route = requests.get(notice.requestId());
        if (route == null) {
            route = orders.get(notice.requestId());
        }
        if (route != null) {
            route.onNotice(notice);
        } else if (cancelled.contains(notice.requestId())) {
            log.debug("notice about a cancelled request: {}", notice);
        } else {
            notices.publish(notice);
        }
    }

    private static boolean isConnectivity(int code) {
        return code == ErrorCodes.CONNECTIVITY_LOST || code == ErrorCodes.CONNECTIVITY_RESTORED_DATA_LOST
                || code == ErrorCodes.CONNECTIVITY_RESTORED_DATA_MAINTAINED;
    }

    /**
     * TWS reports errors about id-less requests with id -1, so such an error fails the
     * id-less requests in flight rather than leaving them to time out.
     */
    private void failLanesInFlight(Notice notice) {
        for (int i = 0; i < lanes.length(); i++) {
            SharedLane lane = lanes.get(i);
            CallRoute<?> call = lane == null ? null : lane.current();
            if (call != null && call.generation != 0) {
                call.onNotice(notice);
            }
        }
    }

    private void unrouted(InMessage type, int id) {
        unrouted.incrementAndGet();
        if (log.isDebugEnabled()) {
            log.debug("no request for {} {} (cancelled or finished)", type, id);
        }
    }
}
