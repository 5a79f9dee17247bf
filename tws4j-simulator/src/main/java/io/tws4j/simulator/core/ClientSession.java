package io.tws4j.simulator.core;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.MessageLite;
import io.tws4j.connection.ConnectionTime;
import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.proto.ConnectionProto.StartApiRequest;
import io.tws4j.protocol.wire.FrameReader;
import io.tws4j.protocol.wire.FrameWriter;
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
import io.tws4j.simulator.RecordedRequest;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's connection to the gateway, as TWS handles it: handshake and version choice,
 * START_API and the start-up messages, then each request in turn to its handler. A client that
 * breaks the wire format is disconnected; the others carry on.
 */
public final class ClientSession {
    private static final Logger log = LoggerFactory.getLogger(ClientSession.class);
    private static final Duration HELLO_TIMEOUT = Duration.ofSeconds(30);
    /** How often a stalled session looks whether its connection has ended meanwhile. */
    private static final long STALL_CHECK_NANOS = 20_000_000L;

    private final GatewayEngine engine;
    private final Socket socket;
    private final FrameWriter writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private FrameReader reader;
    private volatile int clientId = -1;
    private volatile int serverVersion;
    private volatile long stalledUntilNanos;
    private volatile boolean closed;

    ClientSession(GatewayEngine engine, Socket socket) throws IOException {
        this.engine = engine;
        this.socket = socket;
        this.writer = new FrameWriter(socket.getOutputStream());
    }

    /** Returns the client id sent with START_API, or -1 before it. */
    public int clientId() {
        return clientId;
    }

    /** Returns the server version chosen in the handshake. */
    public int serverVersion() {
        return serverVersion;
    }

    /** Returns the engine this session belongs to. */
    public GatewayEngine engine() {
        return engine;
    }

    /** Returns whether the connection has ended. */
    public boolean isClosed() {
        return closed;
    }

    /** Sends one message and flushes it. Quietly does nothing once the connection has ended. */
    public void send(InMessage type, MessageLite body) {
        write(type, body, true);
    }

    /** Buffers one message without flushing, for bursts; follow with {@link #flush()}. */
    public void sendBuffered(InMessage type, MessageLite body) {
        write(type, body, false);
    }

    /** Flushes buffered messages. */
    public void flush() {
        writeLock.lock();
        try {
            if (!closed) {
                writer.flush();
            }
        } catch (IOException e) {
            disconnect("write failed: " + e.getMessage());
        } finally {
            writeLock.unlock();
        }
    }

    /** Sends a notice on the error channel: {@code id} is a request id, an order id, or -1. */
    public void sendError(int id, int code, String message) {
        send(InMessage.ERR_MSG, ConnectionCodec.errorMessage(id, code, message, engine.now()));
    }

    /** Closes the connection. */
    public void disconnect(String reason) {
        if (closed) {
            return;
        }
        closed = true;
        log.info("client {}: disconnected ({})", clientId, reason);
        // Forget the session first: whoever sees the socket close must not still find it registered.
        engine.release(this);
        try {
            socket.close();
        } catch (IOException e) {
            log.debug("closing client socket", e);
        }
    }

    /** Applies a fault to this connection. */
    public void inject(Fault fault) {
        switch (fault) {
            case Fault.Disconnect disconnect -> disconnect("fault injected");
            case Fault.Stall stall -> stalledUntilNanos = System.nanoTime() + stall.duration().toNanos();
            case Fault.SendNotice notice -> sendError(notice.id(), notice.code(), notice.message());
            case Fault.MalformedFrame malformed -> sendMalformed(malformed.kind());
        }
    }

    void run() {
        try {
            Fault fault = engine.takeHandshakeFault();
            if (fault != null && applyAtHandshake(fault)) {
                return;
            }
            socket.setSoTimeout((int) HELLO_TIMEOUT.toMillis());
            reader = new FrameReader(socket.getInputStream());
            if (!handshake()) {
                return;
            }
            socket.setSoTimeout(0);
            if (!startApi()) {
                return;
            }
            serve();
        } catch (SocketTimeoutException e) {
            log.info("a client sent no hello within {}", HELLO_TIMEOUT);
        } catch (EOFException | SocketException e) {
            log.debug("client {}: connection ended: {}", clientId, e.getMessage());
        } catch (ProtocolException e) {
            log.warn("client {}: broke the wire format, disconnecting it: {}", clientId, e.getMessage());
        } catch (IOException e) {
            log.info("client {}: connection failed: {}", clientId, e.getMessage());
        } catch (RuntimeException e) {
            log.error("client {}: the gateway failed handling it", clientId, e);
        } finally {
            disconnect("connection over");
        }
    }

    private boolean applyAtHandshake(Fault fault) throws InterruptedIOException {
        switch (fault) {
            case Fault.Stall stall -> {
                log.info("leaving a client's hello unanswered for {}", stall.duration());
                sleep(stall.duration());
                return true;
            }
            case Fault.Disconnect disconnect -> {
                log.info("closing a new connection before the handshake (fault injected)");
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
        String time = ConnectionTime.format(engine.localNow());
        writeLock.lock();
        try {
            writer.writeRaw(Handshake.encodeAck(new HandshakeAck(chosen, time)));
            writer.flush();
        } finally {
            writeLock.unlock();
        }
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
        if (!engine.admit(this, requested)) {
            log.warn("client id {} is already in use; rejecting the new connection", requested);
            writeLock.lock();
            try {
                writer.write(InMessage.ERR_MSG.wireId(), ConnectionCodec.errorMessage(ErrorCodes.NO_REQUEST_ID,
                        ErrorCodes.CLIENT_ID_IN_USE,
                        "Unable to connect as the client id is already in use. Retry with a unique client id.", engine.now()));
                writer.flush();
            } finally {
                writeLock.unlock();
            }
            return false;
        }
        clientId = requested;
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
        while (!closed) {
            int rawId = reader.next();
            if (rawId == FrameReader.END_OF_STREAM) {
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
            if (closed) {
                return;
            }
            ScriptedReply scripted = engine.takeScripted(message);
            if (scripted != null) {
                ScriptedReplay.start(this, scripted, request);
            } else {
                handle(message, request);
            }
        }
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
            int id = requestId(message, request);
            sendError(id, rejected.code(), rejected.text(id));
        } catch (RuntimeException e) {
            engine.unexpectedFailure();
            int id = requestId(message, request);
            log.error("client {}: the {} handler failed on request id {}; answered 321 and carrying on. The request: {}",
                    clientId, message, id, UnreadableFrames.describe(request), e);
            sendError(id, ErrorCodes.REQUEST_VALIDATION_FAILED, RequestRejected.validationText(message.name(),
                    "the simulated gateway failed on this request (" + e + ")"));
        }
    }

    /** A request no domain handles yet: TWS's validation error, naming the request, never silence. */
    private void unsupported(OutMessage message, Message request) {
        log.info("client {}: {} is not implemented by the simulated gateway", clientId, message);
        sendError(requestId(message, request), ErrorCodes.REQUEST_VALIDATION_FAILED, "Error validating request.-'" + message
                + "' : cause - the tws4j simulated gateway does not implement this request yet");
    }

    /** The id errors about a request carry: field 1 (request or order id) of a request that has one, else -1. */
    private static int requestId(OutMessage message, Message request) {
        if (message.idField() == OutMessage.IdField.NONE) {
            return ErrorCodes.NO_REQUEST_ID;
        }
        FieldDescriptor field = request.getDescriptorForType().findFieldByNumber(1);
        return (Integer) request.getField(field);
    }

    /** Writes a complete frame as it is, for scripted answers; throws if the client is gone. */
    void writeFrame(byte[] frame, boolean flush) {
        writeLock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the client disconnected during the replay");
            }
            writer.writeRaw(frame);
            if (flush) {
                writer.flush();
            }
        } catch (IOException e) {
            disconnect("write failed: " + e.getMessage());
            throw new IllegalStateException("the replay could not write: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
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

    private void write(InMessage type, MessageLite body, boolean flush) {
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            writer.write(type.wireId(), body);
            if (flush) {
                writer.flush();
            }
        } catch (IOException e) {
            disconnect("write failed: " + e.getMessage());
        } finally {
            writeLock.unlock();
        }
    }

    private void sendMalformed(Fault.Malformation kind) {
        byte[] bytes = switch (kind) {
            case OVERSIZED_LENGTH -> new byte[] {0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, (byte) 0xCC};
            case TRUNCATED -> new byte[] {0x00, 0x00, 0x00, 0x20, 0x00, 0x00, 0x00, (byte) 0xCC, 0x08, 0x01};
            case NOT_PROTOBUF -> new byte[] {0x00, 0x00, 0x00, 0x07, 0x00, 0x00, 0x00, (byte) 0xCC, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
            case UNKNOWN_MESSAGE_ID -> new byte[] {0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x01, 0x04};
            case TEXT_FOR_PROTOBUF -> Frames.encodeText(InMessage.ERR_MSG.id(), "2", "-1", "2104", "sent as text");
        };
        writeLock.lock();
        try {
            if (closed) {
                return;
            }
            writer.writeRaw(bytes);
            writer.flush();
        } catch (IOException e) {
            disconnect("write failed: " + e.getMessage());
            return;
        } finally {
            writeLock.unlock();
        }
        if (kind == Fault.Malformation.TRUNCATED) {
            disconnect("sent a truncated frame (fault injected)");
        }
    }

    private void waitWhileStalled() throws InterruptedIOException {
        long remaining = stalledUntilNanos - System.nanoTime();
        if (remaining > 0) {
            log.info("client {}: stalled for {} ms (fault injected)", clientId, remaining / 1_000_000);
        }
        while (!closed && (remaining = stalledUntilNanos - System.nanoTime()) > 0) {
            sleep(Duration.ofNanos(Math.min(remaining, STALL_CHECK_NANOS)));
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
