package io.tws4j.simulator.core;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.MessageLite;
import io.tws4j.connection.ConnectionTime;
import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.proto.ConnectionProto.StartApiRequest;
import io.tws4j.protocol.wire.FrameReader;
import io.tws4j.protocol.wire.Frames;
import io.tws4j.protocol.wire.Handshake;
import io.tws4j.protocol.wire.HandshakeAck;
import io.tws4j.protocol.wire.Hello;
import io.tws4j.protocol.wire.InMessage;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.ProtocolException;
import io.tws4j.protocol.wire.ServerVersion;
import io.tws4j.protocol.wire.VersionRange;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.MessageRateLimit;
import io.tws4j.simulator.RecordedRequest;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Optional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's connection to the gateway, as TWS handles it: handshake and version choice,
 * START_API and the start-up messages, then each request in turn to its handler. A client that
 * breaks the wire format is disconnected; the others carry on.
 *
 * <p>Everything the gateway sends goes through the session's {@link Outbound} queue: {@code send}
 * encodes on the caller's thread, appends and returns, and the session's writer thread writes.
 * No caller ever blocks on this client's socket, so a client that stops reading delays nobody but
 * itself, and is dropped when its queue stays full ({@link io.tws4j.simulator.OutboundLimits}).
 */
public final class ClientSession {
    private static final Logger log = LoggerFactory.getLogger(ClientSession.class);
    /** How often a stalled session looks whether its connection has ended meanwhile. */
    private static final long STALL_CHECK_NANOS = 20_000_000L;
    /** How often a bulk sender looks whether paused live data may flow again. */
    private static final Duration PAUSE_CHECK = Duration.ofMillis(5);
    /** How long a closing connection waits for the client to close its side before it closes anyway. */
    static final Duration LINGER = Duration.ofSeconds(5);

    private enum State { OPEN, CLOSING, CLOSED }

    /** What stops while TWS has lost IB's servers: live data, not answers or order reports. */
    private static final Set<InMessage> LIVE_DATA = EnumSet.of(InMessage.TICK_PRICE, InMessage.TICK_SIZE,
            InMessage.TICK_OPTION_COMPUTATION, InMessage.TICK_GENERIC, InMessage.TICK_STRING, InMessage.TICK_EFP,
            InMessage.MARKET_DEPTH, InMessage.REAL_TIME_BARS, InMessage.TICK_BY_TICK, InMessage.HISTORICAL_DATA_UPDATE,
            InMessage.TICK_NEWS, InMessage.SCANNER_DATA, InMessage.PNL, InMessage.PNL_SINGLE);
    /** Requests the historical data farm answers, refused with 162 on a pacing violation. */
    private static final Set<OutMessage> HISTORICAL = EnumSet.of(OutMessage.REQ_HISTORICAL_DATA,
            OutMessage.REQ_HISTORICAL_TICKS, OutMessage.REQ_HEAD_TIMESTAMP, OutMessage.REQ_HISTOGRAM_DATA);
    static final int MAX_RATE_EXCEEDED = 100;
    static final String PACE_API = "+PACEAPI";

    private final GatewayEngine engine;
    private final Socket socket;
    private final Outbound out;
    private final InetSocketAddress remote;
    private final Instant connectedSince;
    private final long acceptedAtNanos;
    private volatile long handshakeDeadlineNanos;
    private FrameReader reader;
    private volatile int clientId = -1;
    private volatile int serverVersion;
    private volatile String connectOptions = "";
    private volatile boolean started;
    private volatile long stalledUntilNanos;
    private final AtomicReference<State> state = new AtomicReference<>(State.OPEN);
    private final AtomicInteger dataPauses = new AtomicInteger();
    private final MessageRate rate;
    private int rejections;
    private volatile FrameCountdown countdown;

    ClientSession(GatewayEngine engine, Socket socket) {
        this.engine = engine;
        this.socket = socket;
        this.out = new Outbound(engine.options().outboundLimits(), this::overflowed);
        this.remote = (InetSocketAddress) socket.getRemoteSocketAddress();
        this.connectedSince = engine.options().clock().instant();
        this.acceptedAtNanos = System.nanoTime();
        this.handshakeDeadlineNanos = acceptedAtNanos + engine.options().handshakeTimeout().toNanos();
        this.rate = engine.options().messageRateLimit().map(limit -> new MessageRate(limit.messagesPerSecond())).orElse(null);
    }

    /** Returns the client id sent with START_API, or -1 before it. */
    public int clientId() {
        return clientId;
    }

    /** Returns the server version chosen in the handshake. */
    public int serverVersion() {
        return serverVersion;
    }

    /** Returns the connect options the client's hello carried (such as {@code +PACEAPI}), or "". */
    public String connectOptions() {
        return connectOptions;
    }

    /** Returns the engine this session belongs to. */
    public GatewayEngine engine() {
        return engine;
    }

    /** Returns the client's address. */
    public InetSocketAddress remoteAddress() {
        return remote;
    }

    /** Returns when the client connected, by the options' clock. */
    public Instant connectedSince() {
        return connectedSince;
    }

    /** Returns whether the connection has ended (or is closing: nothing more is sent). */
    public boolean isClosed() {
        return state.get() != State.OPEN;
    }

    /** Returns whether the client has been admitted (START_API) and not gone since. */
    public boolean isStarted() {
        return started && state.get() == State.OPEN;
    }

    /** Returns the frames queued for this client and not yet written. */
    public long queuedFrames() {
        return out.backlogFrames();
    }

    /** Returns the bytes queued for this client and not yet written. */
    public long queuedBytes() {
        return out.backlogBytes();
    }

    /** Returns how many frames have reached this client's socket. */
    public long framesWritten() {
        return out.framesWritten();
    }

    /** Queues one message and wakes the writer. Quietly does nothing once the connection has ended. */
    public void send(InMessage type, MessageLite body) {
        write(type, body, true);
    }

    /** Queues one message without waking the writer, for bursts; follow with {@link #flush()}. */
    public void sendBuffered(InMessage type, MessageLite body) {
        write(type, body, false);
    }

    /** Wakes the writer for what is queued. */
    public void flush() {
        out.wake();
    }

    /** Sends a notice on the error channel: {@code id} is a request id, an order id, or -1. */
    public void sendError(int id, int code, String message) {
        send(InMessage.ERR_MSG, ConnectionCodec.errorMessage(id, code, message, engine.now()));
    }

    /**
     * Queues complete, encoded frames ({@code count} of them) once the queue has room, waiting for
     * it: for senders of bulk data on threads of their own (the firehose). Returns false if the
     * connection ended, or if the client took nothing for the outbound limits' time (it is then
     * disconnected as a slow client).
     */
    public boolean sendFrames(byte[] frames, int offset, int length, int count) throws InterruptedException {
        while (dataPauses.get() > 0 && state.get() == State.OPEN) {
            Thread.sleep(PAUSE_CHECK);      // live data waits out a connectivity loss
        }
        return state.get() == State.OPEN && out.enqueueWhenRoom(frames, offset, length, count);
    }

    /** Returns whether writing is held back ({@link io.tws4j.simulator.Fault.StopWriting}). */
    public boolean isWritingHeld() {
        return out.isHeld();
    }

    /** Returns whether live data is stopped ({@link io.tws4j.simulator.Fault.ConnectivityLost}). */
    public boolean isDataPaused() {
        return dataPauses.get() > 0;
    }

    // ---- what faults do to a session (FaultRunner decides when)

    /** Stops live data (ticks, depth, bars, news ticks, scanner data, PnL) until as many {@link #resumeData()}. */
    void pauseData() {
        dataPauses.incrementAndGet();
    }

    void resumeData() {
        dataPauses.updateAndGet(pauses -> Math.max(0, pauses - 1));
    }

    /** Holds everything back until {@link #releaseWriting()}; reading and handling go on. */
    void holdWriting() {
        out.hold();
    }

    void releaseWriting() {
        out.release();
    }

    /** Stops reading and answering for {@code duration}. */
    void stall(Duration duration) {
        stalledUntilNanos = System.nanoTime() + duration.toNanos();
    }

    /**
     * Arms a countdown over the next {@code frames} frames: the last is dropped unread and the
     * connection closed ({@code dropLast}), or handled and the connection closed before its answers
     * go out. The future completes when the connection closes.
     */
    CompletableFuture<Void> closeAfter(int frames, boolean dropLast) {
        FrameCountdown armed = new FrameCountdown(frames, dropLast);
        countdown = armed;
        if (state.get() != State.OPEN) {
            armed.done.complete(null);
        }
        return armed.done;
    }

    /** Closes the connection now; what was not written yet is lost. */
    public void disconnect(String reason) {
        closeNow(reason);
    }

    /** Closes the connection now; returns false if it was closed already. */
    private boolean closeNow(String reason) {
        State was = state.getAndSet(State.CLOSED);
        if (was == State.CLOSED) {
            return false;
        }
        if (was == State.OPEN) {
            log.info("client {}: disconnected ({})", clientId, reason);
        }
        out.abort();
        endCountdown();
        // Forget the session first: whoever sees the socket close must not still find it registered.
        engine.release(this);
        closeSocket();
        return true;
    }

    /**
     * Closes the connection after writing what is queued: a FIN after the last byte, so that the
     * client can read everything; the socket closes when the client closes its side, or after
     * {@link #LINGER}. Nothing more is queued meanwhile.
     */
    public void closeGracefully(String reason) {
        if (!state.compareAndSet(State.OPEN, State.CLOSING)) {
            return;
        }
        log.info("client {}: closing after what is queued ({})", clientId, reason);
        out.finish(this::halfClose, false);
        finishClosing();
    }

    /**
     * Closes the connection gracefully, but throws away what is queued and not yet written first:
     * the client reads what was written before, then the end of the stream.
     */
    void closeDiscarding(String reason) {
        if (!state.compareAndSet(State.OPEN, State.CLOSING)) {
            return;
        }
        log.info("client {}: closing, unsent answers thrown away ({})", clientId, reason);
        out.finish(this::halfClose, true);
        finishClosing();
    }

    private void finishClosing() {
        endCountdown();
        engine.release(this);
        engine.scheduler().once("tws4j-gateway-linger", LINGER, () -> disconnect("closed after " + LINGER));
    }

    /** Starts the session's writer and reader, each on a virtual thread of its own. */
    void start() {
        Thread.ofVirtual().name("tws4j-gateway-writer").start(this::writeLoop);
        Thread.ofVirtual().name("tws4j-gateway-client").start(this::run);
    }

    /** The next frames, counted by the reader thread, and what to do at the last. */
    private static final class FrameCountdown {
        final boolean dropLast;
        final CompletableFuture<Void> done = new CompletableFuture<>();
        int remaining;

        FrameCountdown(int frames, boolean dropLast) {
            this.remaining = frames;
            this.dropLast = dropLast;
        }
    }

    /** Returns whether the handshake and START_API have not completed within their deadline. */
    boolean isPastHandshakeDeadline(long nowNanos) {
        return !started && state.get() == State.OPEN && nowNanos - handshakeDeadlineNanos > 0;
    }

    /** Returns whether the queue has been full (and not held) for longer than the limits allow. */
    boolean isSlow(long nowNanos) {
        long since = out.fullSinceNanos();
        return since != 0 && state.get() == State.OPEN
                && nowNanos - since > engine.options().outboundLimits().maxFullTime().toNanos();
    }

    /**
     * The queue passed its hard limit on a producer's thread, which may hold a domain lock: the
     * queue stops growing at once, and the client is dropped from a thread of its own, since
     * dropping runs the domains' close listeners (the lock order in docs/simulator-engine.md).
     */
    private void overflowed(String why) {
        long waiting = out.backlogFrames();
        out.abort();
        Thread.ofVirtual().name("tws4j-gateway-drop").start(() -> dropSlow(why + "; " + waiting + " frames were waiting"));
    }

    /** Drops a client that does not read what it is sent, as TWS does. */
    void dropSlow(String why) {
        if (state.get() == State.OPEN && closeNow("slow client: " + why)) {
            log.warn("client {} at {}: dropped, it does not read what it is sent ({})", clientId, remote, why);
        }
    }

    private void writeLoop() {
        OutputStream output;
        try {
            output = socket.getOutputStream();
        } catch (IOException e) {
            disconnect("no output stream: " + e.getMessage());
            return;
        }
        engine.writerStarted();
        try {
            out.writeLoop(output, e -> disconnect("write failed: " + e.getMessage()));
        } finally {
            engine.writerEnded();
        }
    }

    /** After the last queued byte: a FIN, and the socket closes once the client closes its side. */
    private void halfClose() {
        try {
            if (!socket.isClosed()) {
                socket.shutdownOutput();
            }
        } catch (IOException e) {
            log.debug("half-closing client socket", e);
        }
    }

    void run() {
        try {
            Fault fault = engine.takeHandshakeFault();
            if (fault != null && applyAtHandshake(fault)) {
                return;
            }
            reader = new FrameReader(socket.getInputStream());
            if (!handshake()) {
                return;
            }
            if (!startApi()) {
                return;
            }
            serve();
        } catch (EOFException | SocketException e) {
            log.debug("client {}: connection ended: {}", clientId, e.getMessage());
        } catch (ProtocolException e) {
            log.warn("client {}: broke the wire format, disconnecting it: {}", clientId, e.getMessage());
        } catch (IOException e) {
            log.info("client {}: connection failed: {}", clientId, e.getMessage());
        } catch (RuntimeException e) {
            log.error("client {}: the gateway failed handling it", clientId, e);
        } finally {
            end();
        }
    }

    /**
     * The reader is done: a connection still open closes after its queue is written (the client
     * may have half-closed and still read); a closing one waits for its writer, then closes.
     */
    private void end() {
        closeGracefully("connection over");
        long deadline = System.nanoTime() + LINGER.toNanos();
        try {
            if (out.awaitWriterDone(LINGER.toNanos())) {
                drainInput(deadline);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        disconnect("connection over");
    }

    /** Reads and ignores what the client still sends until it closes its side, so that closing sends no reset. */
    private void drainInput(long deadlineNanos) {
        if (socket.isClosed()) {
            return;
        }
        byte[] sink = new byte[8192];
        try {
            InputStream input = socket.getInputStream();
            while (true) {
                long remaining = deadlineNanos - System.nanoTime();
                if (remaining <= 0) {
                    return;
                }
                socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
                if (input.read(sink) < 0) {
                    return;
                }
            }
        } catch (IOException e) {
            log.debug("client {}: draining a closing connection: {}", clientId, e.getMessage());
        }
    }

    private boolean applyAtHandshake(Fault fault) throws InterruptedIOException {
        switch (fault) {
            case Fault.Stall stall -> {
                log.info("leaving a client's hello unanswered for {}", stall.duration());
                // The gateway's silence is not the client's delay: its handshake deadline waits too.
                handshakeDeadlineNanos += stall.duration().toNanos();
                sleepUnlessClosed(stall.duration());
                return true;
            }
            case Fault.Disconnect disconnect -> {
                log.info("closing a new connection before the handshake (fault injected)");
                disconnect("fault injected at the handshake");
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Reads the hello and answers the highest version both sides speak, never above the client's maximum. */
    private boolean handshake() throws IOException {
        Hello hello = Handshake.readHello(reader);
        VersionRange offered = hello.versions();
        int chosen = Math.min(engine.options().maxServerVersion(), offered.max());
        if (chosen < Math.max(offered.min(), ServerVersion.MIN_SUPPORTED.number())) {
            log.warn("turned away a client advertising {}: this gateway speaks {}..{} (protobuf only)", offered,
                    ServerVersion.MIN_SUPPORTED.number(), engine.options().maxServerVersion());
            return false;
        }
        serverVersion = chosen;
        connectOptions = hello.options();
        String time = ConnectionTime.format(engine.localNow());
        byte[] ack = Handshake.encodeAck(new HandshakeAck(chosen, time));
        out.enqueue(ack, 0, ack.length, 1, true);
        log.debug("handshake: client offered {}{}, gateway chose {}", offered,
                hello.options().isEmpty() ? "" : " with " + hello.options(), chosen);
        return true;
    }

    /** Expects START_API first, admits the client id, and sends what TWS sends after it. */
    private boolean startApi() throws IOException {
        int rawId = reader.next();
        if (rawId == FrameReader.END_OF_STREAM) {
            return false;
        }
        if (rawId != OutMessage.START_API.wireId()) {
            log.warn("a client sent frame {} before START_API; disconnecting it", rawId);
            return false;
        }
        StartApiRequest start = reader.parseBody(StartApiRequest.parser());
        int requested = start.getClientId();
        record(OutMessage.START_API, start, requested);
        if (state.get() != State.OPEN) {
            return false;
        }
        if (!engine.admit(this, requested)) {
            log.warn("client id {} is already in use; rejecting the new connection", requested);
            sendError(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CLIENT_ID_IN_USE,
                    "Unable to connect as the client id is already in use. Retry with a unique client id.");
            return false;
        }
        clientId = requested;
        started = true;
        log.info("client {} connected at server version {}", requested, serverVersion);
        engine.started(this);
        return true;
    }

    /**
     * Reads and answers requests in turn, each recorded before it is answered. A stall also holds
     * back the request the session was waiting for when the stall began, as a hung gateway leaves
     * unanswered what it has already read; the stall ends early if the connection does. A frame
     * whose length was read but whose id or body is not a request is answered with an error and
     * skipped ({@link UnreadableFrames}); only a frame that breaks the framing ends the session.
     */
    private void serve() throws IOException {
        while (state.get() == State.OPEN) {
            int rawId = reader.next();
            if (rawId == FrameReader.END_OF_STREAM || state.get() != State.OPEN) {
                return;
            }
            FrameCountdown last = countDown();
            if (last != null && last.dropLast) {
                reader.finish();
                closeGracefully("the frame was dropped unhandled (fault injected)");
                last.done.complete(null);
                return;
            }
            OutMessage message;
            Message request;
            try {
                message = OutMessage.fromWireId(rawId);
                if (message.isTextOnly()) {
                    reader.textBody();
                    sendError(ErrorCodes.NO_REQUEST_ID, ErrorCodes.REQUEST_VALIDATION_FAILED,
                            "Error validating request.-'" + message + "' : cause - not supported by the tws4j simulated gateway");
                    continue;
                }
                request = reader.parseBody(message.parser().orElseThrow());
            } catch (ProtocolException e) {
                if (!e.isFrameSkippable()) {
                    throw e;
                }
                UnreadableFrames.answer(this, reader, rawId, e);
                continue;
            }
            record(message, request, clientId);
            // A stall injected while this thread waited for the frame holds the frame too.
            waitWhileStalled();
            if (state.get() != State.OPEN) {
                return;
            }
            if (last != null) {
                holdAfterWhatIsQueued();
            }
            if (withinRate(message, request)) {
                dispatch(message, request);
            }
            if (last != null) {
                closeDiscarding("the frame's answers were not sent (fault injected)");
                last.done.complete(null);
                return;
            }
        }
    }

    /** Answers a request: a pending pacing violation, a scripted answer, or its domain's handler. */
    private void dispatch(OutMessage message, Message request) {
        if (engine.takePacingViolation(clientId, message)) {
            pacingViolation(message, request);
            return;
        }
        ScriptedReply scripted = engine.takeScripted(message);
        if (scripted != null) {
            ScriptedReplay.start(this, scripted, request);
        } else {
            handle(message, request);
        }
    }

    /** Counts a frame against an armed countdown; returns it if this frame is its last. */
    private FrameCountdown countDown() {
        FrameCountdown armed = countdown;
        if (armed == null || --armed.remaining > 0) {
            return null;
        }
        countdown = null;
        return armed;
    }

    /** Lets what is queued so far reach the socket, then holds back what comes next. */
    private void holdAfterWhatIsQueued() throws InterruptedIOException {
        try {
            out.awaitDrained(LINGER.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        out.hold();
    }

    private void endCountdown() {
        FrameCountdown armed = countdown;
        if (armed != null) {
            countdown = null;
            armed.done.complete(null);
        }
    }

    /**
     * Holds a message to the client's message rate, if the gateway has one: within it, true; over
     * it, paced (waits, then true) or rejected with error 100 (false), and a client rejected too
     * often is disconnected. A client that connected with {@code +PACEAPI} is always paced.
     */
    private boolean withinRate(OutMessage message, Message request) throws InterruptedIOException {
        if (rate == null) {
            return true;
        }
        MessageRateLimit limit = engine.options().messageRateLimit().orElseThrow();
        long wait = rate.admit(System.nanoTime());
        if (wait == 0) {
            return true;
        }
        if (!limit.rejectExcess() || connectOptions.contains(PACE_API)) {
            while (wait > 0 && state.get() == State.OPEN) {
                sleep(Duration.ofNanos(wait));
                wait = rate.admit(System.nanoTime());
            }
            return state.get() == State.OPEN;
        }
        rejections++;
        log.info("client {}: {} over the rate of {} messages a second; rejected ({} so far)", clientId, message,
                limit.messagesPerSecond(), rejections);
        sendError(requestIdOf(message, request), MAX_RATE_EXCEEDED, "Max rate of messages per second has been exceeded.");
        if (limit.rejectionsBeforeDisconnect() > 0 && rejections >= limit.rejectionsBeforeDisconnect()) {
            closeGracefully("message rate exceeded " + rejections + " times");
        }
        return false;
    }

    /** Refuses a request as paced out, with the code TWS uses for its kind. */
    private void pacingViolation(OutMessage message, Message request) {
        int id = requestIdOf(message, request);
        log.info("client {}: {} #{} refused with a pacing violation (fault injected)", clientId, message, id);
        if (HISTORICAL.contains(message)) {
            sendError(id, 162, "Historical Market Data Service error message:Historical data request pacing violation");
        } else if (message == OutMessage.REQ_REAL_TIME_BARS) {
            sendError(id, 420, "Invalid Real-time Query:Historical data request pacing violation");
        } else {
            sendError(id, 420, "Invalid Real-time Query:Pacing violation");
        }
    }

    /** The request id (or order id) a request carries in field 1, or -1 for a request without one. */
    private static int requestIdOf(OutMessage message, Message request) {
        if (message.idField() == OutMessage.IdField.NONE) {
            return ErrorCodes.NO_REQUEST_ID;
        }
        FieldDescriptor field = request.getDescriptorForType().findFieldByNumber(1);
        return field == null ? ErrorCodes.NO_REQUEST_ID : (Integer) request.getField(field);
    }

    /**
     * Hands a request to its handler. A request the handler turns away ({@link RequestRejected})
     * gets TWS's error on its id. Any other failure is the gateway's own fault: the safety net
     * answers it with a validation error on the request's id, logs it as an error naming the
     * request, counts it ({@link GatewayEngine#unexpectedFailures()}), and the session goes on.
     */
    private void handle(OutMessage message, Message request) {
        if (message.protobufFrom() > serverVersion) {
            unknownAtVersion(message);
            return;
        }
        Optional<GatewayEngine.Registration<?>> registration = engine.handler(message);
        if (registration.isEmpty()) {
            unsupported(message, request);
            return;
        }
        try {
            registration.get().handle(this, request);
        } catch (RequestRejected rejected) {
            int id = requestIdOf(message, request);
            sendError(id, rejected.code(), rejected.text(id));
        } catch (RuntimeException e) {
            engine.unexpectedFailure();
            int id = requestIdOf(message, request);
            log.error("client {}: the {} handler failed on request id {}; answered 321 and carrying on. The request: {}",
                    clientId, message, id, UnreadableFrames.describe(request), e);
            sendError(id, ErrorCodes.REQUEST_VALIDATION_FAILED, RequestRejected.validationText(message.name(),
                    "the simulated gateway failed on this request (" + e + ")"));
        }
    }

    /** A request no domain handles yet: TWS's validation error, naming the request, never silence. */
    private void unsupported(OutMessage message, Message request) {
        log.info("client {}: {} is not implemented by the simulated gateway", clientId, message);
        sendError(requestIdOf(message, request), ErrorCodes.REQUEST_VALIDATION_FAILED, "Error validating request.-'" + message
                + "' : cause - the tws4j simulated gateway does not implement this request yet");
    }

    /**
     * Queues a complete frame as it is, for scripted answers, waiting while the queue is over half
     * full; throws if the client is gone.
     */
    void writeFrame(byte[] frame) {
        try {
            if (!sendFrames(frame, 0, frame.length, 1)) {
                throw new IllegalStateException("the client disconnected during the replay");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the replay was interrupted", e);
        }
    }

    /**
     * A request newer than the version the handshake chose. A TWS of that version does not know
     * the message, so it cannot read a request id from it either: it answers on the connection
     * (id -1) with its validation error and carries on. Inferred: TWS's exact answer is not public.
     */
    private void unknownAtVersion(OutMessage message) {
        log.info("client {}: {} needs server version {}, this connection speaks {}", clientId, message,
                message.protobufFrom(), serverVersion);
        sendError(ErrorCodes.NO_REQUEST_ID, ErrorCodes.REQUEST_VALIDATION_FAILED, "Error validating request.-'" + message
                + "' : cause - message id " + message.id() + " is unknown at server version " + serverVersion);
    }

    private void record(OutMessage message, Message body, int client) {
        engine.record(new RecordedRequest(client, message, body, engine.now()));
    }

    private void write(InMessage type, MessageLite body, boolean wake) {
        if (state.get() != State.OPEN || dataPauses.get() > 0 && LIVE_DATA.contains(type)) {
            return;
        }
        int size = body.getSerializedSize();
        if (size + 4 > Frames.MAX_LENGTH) {
            log.error("client {}: a {} of {} bytes is too long for a frame", clientId, type, size);
            out.abort();
            Thread.ofVirtual().name("tws4j-gateway-drop").start(() -> disconnect("frame too long"));
            return;
        }
        byte[] frame = Frames.encode(type.wireId(), body);
        out.enqueue(frame, 0, frame.length, 1, wake);
    }

    void sendMalformed(Fault.Malformation kind) {
        byte[] bytes = switch (kind) {
            case OVERSIZED_LENGTH -> new byte[] {0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, (byte) 0xCC};
            case TRUNCATED -> new byte[] {0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, (byte) 0xCC, 0x08, 0x01};
            case NOT_PROTOBUF -> new byte[] {0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, (byte) 0xCC, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
            case UNKNOWN_MESSAGE_ID -> new byte[] {0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x01, 0x04};
            case TEXT_FOR_PROTOBUF -> Frames.encodeText(InMessage.ERR_MSG.id(), "2", "-1", "2104", "sent as text");
        };
        if (state.get() != State.OPEN || !out.enqueue(bytes, 0, bytes.length, 1, true)) {
            return;
        }
        if (kind == Fault.Malformation.TRUNCATED) {
            closeGracefully("sent a truncated frame (fault injected)");
        }
    }

    private void waitWhileStalled() throws InterruptedIOException {
        long remaining = stalledUntilNanos - System.nanoTime();
        if (remaining > 0) {
            log.info("client {}: stalled for {} ms (fault injected)", clientId, remaining / 1_000_000);
        }
        while (state.get() == State.OPEN && (remaining = stalledUntilNanos - System.nanoTime()) > 0) {
            sleep(Duration.ofNanos(Math.min(remaining, STALL_CHECK_NANOS)));
        }
    }

    private void sleepUnlessClosed(Duration duration) throws InterruptedIOException {
        long until = System.nanoTime() + duration.toNanos();
        long remaining;
        while (state.get() == State.OPEN && (remaining = until - System.nanoTime()) > 0) {
            sleep(Duration.ofNanos(Math.min(remaining, STALL_CHECK_NANOS)));
        }
    }

    private void closeSocket() {
        try {
            socket.close();
        } catch (IOException e) {
            log.debug("closing client socket", e);
        }
    }

    private static void sleep(Duration duration) throws InterruptedIOException {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }
}
