package io.tws4j.client.core;

import com.google.protobuf.MessageLite;
import io.tws4j.client.ClientOptions;
import io.tws4j.client.ConnectTimeoutException;
import io.tws4j.client.ConnectionRefusedException;
import io.tws4j.client.ConnectionRejectedException;
import io.tws4j.client.ProtocolViolationException;
import io.tws4j.client.RequestInterruptedException;
import io.tws4j.client.TwsException;
import io.tws4j.client.UnsupportedServerVersionException;
import io.tws4j.connection.ConnectionTime;
import io.tws4j.connection.codec.ConnectionCodec;
import io.tws4j.protocol.wire.FrameReader;
import io.tws4j.protocol.wire.FrameWriter;
import io.tws4j.protocol.wire.Handshake;
import io.tws4j.protocol.wire.HandshakeAck;
import io.tws4j.protocol.wire.HandshakeException;
import io.tws4j.protocol.wire.Hello;
import io.tws4j.protocol.wire.MalformedMessageException;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.ProtocolException;
import io.tws4j.protocol.wire.ServerVersion;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One socket to the gateway: the handshake, START_API, serialised writes, and the reader thread
 * that frames, decodes and routes. A lost connection is never reused; the core opens another.
 *
 * <p>Writes go through {@link #write(Outgoing)}: under one lock, the message decides whether it
 * still goes out on this connection, builds its body, and its frame is written and flushed, so a
 * body built at the moment of writing (a deferred encoder) reaches the gateway in the order the
 * bodies were built. {@link #send} writes a ready body, for the start-up and settings.
 *
 * <p>The reader ends the connection on anything it cannot survive, an {@link Error} included, and
 * reports it to the core, unless the connection was closed on purpose. A graceful close
 * half-closes the socket ({@link #finishWriting}) and lets the reader run on until the gateway
 * closes its side, so that late replies still reach their requests.
 */
final class Connection {
    private static final Logger log = LoggerFactory.getLogger(Connection.class);

    final int generation;
    final int serverVersion;
    final ConnectionTime connectionTime;
    private final ClientOptions options;
    private final Socket socket;
    private final InboundStream inbound;
    private final FrameReader reader;
    private final FrameWriter writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final CompletableFuture<Integer> startupOrderId = new CompletableFuture<>();
    private final CompletableFuture<List<String>> startupAccounts = new CompletableFuture<>();
    private final CompletableFuture<Void> readerDone = new CompletableFuture<>();
    private volatile boolean starting = true;
    private volatile boolean closed;
    /** Set when a graceful close begins: the reader's end is then expected, not a loss. */
    private volatile boolean closing;
    private volatile boolean outputShut;
    /** Why the connection was aborted on purpose (e.g. the watchdog), reported as the loss's cause. */
    private volatile Throwable abortCause;
    /** Set under the core's lock once the core has handled the loss of this connection. */
    boolean lost;

    private Connection(ClientOptions options, int generation, Socket socket, InboundStream inbound, FrameReader reader,
                       FrameWriter writer, int serverVersion, ConnectionTime connectionTime) {
        this.options = options;
        this.generation = generation;
        this.socket = socket;
        this.inbound = inbound;
        this.reader = reader;
        this.writer = writer;
        this.serverVersion = serverVersion;
        this.connectionTime = connectionTime;
    }

    /**
     * Connects the socket, exchanges hello and acknowledgement, checks the version and sends
     * START_API, all before {@code deadlineNanos}. The reader is not running yet.
     */
    static Connection open(ClientOptions options, int generation, long deadlineNanos) {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(options.tcpNoDelay());
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(options.host(), options.port()), remainingMillis(options, deadlineNanos, "connecting"));
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new ConnectTimeoutException("the socket to " + options.address() + " did not connect", options.connectTimeout());
        } catch (IOException e) {
            closeQuietly(socket);
            throw new ConnectionRefusedException(options.address(), e);
        } catch (TwsException e) {
            closeQuietly(socket);
            throw e;
        }
        try {
            socket.setSoTimeout(remainingMillis(options, deadlineNanos, "the handshake"));
            InboundStream inbound = new InboundStream(socket.getInputStream(), options.clientId());
            FrameReader reader = new FrameReader(inbound);
            FrameWriter writer = new FrameWriter(socket.getOutputStream());
            writer.writeRaw(Handshake.encodeHello(new Hello(options.versions(), options.connectOptions())));
            writer.flush();
            HandshakeAck ack = Handshake.readAck(reader);
            checkVersion(options, ack.serverVersion());
            ConnectionTime time = parseTime(ack);
            writer.write(OutMessage.START_API.wireId(), ConnectionCodec.startApi(options.clientId(), options.optionalCapabilities()));
            writer.flush();
            socket.setSoTimeout(0);
            log.debug("handshake with {} done: server version {}, {}", options.address(), ack.serverVersion(), ack.connectionTime());
            return new Connection(options, generation, socket, inbound, reader, writer, ack.serverVersion(), time);
        } catch (SocketTimeoutException e) {
            closeQuietly(socket);
            throw new ConnectTimeoutException("the gateway did not answer the handshake", options.connectTimeout());
        } catch (EOFException e) {
            closeQuietly(socket);
            throw new ConnectionRejectedException("the gateway closed the connection during the handshake: "
                    + "is this address among its trusted IPs, and is there room for another client?");
        } catch (ProtocolException e) {
            closeQuietly(socket);
            throw new ProtocolViolationException("the gateway's handshake is not the TWS API's", e);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new ConnectionRejectedException("the connection broke during the handshake: " + e.getMessage());
        } catch (TwsException e) {
            closeQuietly(socket);
            throw e;
        }
    }

    private static void checkVersion(ClientOptions options, int version) {
        if (version < ServerVersion.MIN_SUPPORTED.number() || version > options.versions().max()) {
            throw new UnsupportedServerVersionException(version, ServerVersion.MIN_SUPPORTED.number(), options.versions().max());
        }
    }

    private static ConnectionTime parseTime(HandshakeAck ack) throws HandshakeException {
        try {
            return ConnectionTime.parse(ack.connectionTime());
        } catch (IllegalArgumentException e) {
            throw new HandshakeException("malformed connection time '" + ack.connectionTime() + "'");
        }
    }

    /** Starts the reader thread, and the watchdog if the options want one; every frame from now on goes to {@code router}. */
    void startReader(Router router, Core core) {
        Thread thread = new Thread(() -> readLoop(router, core), "tws4j-reader-" + options.clientId() + "." + generation);
        thread.setDaemon(true);
        thread.start();
        if (options.watchdog().enabled()) {
            new LivenessWatchdog(this, core, options.watchdog()).start();
        }
    }

    /**
     * Waits until the gateway has sent the next valid order id and the managed accounts, which
     * it does after START_API.
     */
    void awaitStartup(long deadlineNanos) {
        try {
            startupOrderId.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            startupAccounts.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            starting = false;
        } catch (TimeoutException e) {
            close();
            throw new ConnectTimeoutException("the gateway sent no " + (startupOrderId.isDone() ? "managed accounts" : "next valid order id")
                    + " after START_API", options.connectTimeout());
        } catch (ExecutionException e) {
            close();
            throw e.getCause() instanceof TwsException tws ? tws
                    : new ConnectionRejectedException("the gateway closed the connection after START_API: " + e.getCause());
        } catch (InterruptedException e) {
            close();
            Thread.currentThread().interrupt();
            throw new RequestInterruptedException("the connection to " + options.address(), e);
        }
    }

    boolean isStarting() {
        return starting;
    }

    void startupOrderId(int orderId) {
        startupOrderId.complete(orderId);
    }

    void startupAccounts(List<String> accounts) {
        startupAccounts.complete(accounts);
    }

    int startupOrderIdOrZero() {
        return startupOrderId.getNow(0);
    }

    List<String> startupAccountsOrEmpty() {
        return startupAccounts.getNow(List.of());
    }

    /** Fails a connection that is still starting, e.g. with error 326 or an early close. */
    void failStartup(TwsException error) {
        startupOrderId.completeExceptionally(error);
        startupAccounts.completeExceptionally(error);
    }

    /** Writes one protobuf message and flushes it; safe from any thread. */
    void send(OutMessage message, MessageLite body) throws IOException {
        writeLock.lock();
        try {
            if (closed || outputShut) {
                throw new IOException("connection closed");
            }
            writer.write(message.wireId(), body);
            writer.flush();
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Writes one message (or the frames of one bracket) if it still goes out on this connection:
     * under the write lock it is claimed, its body built and its frames written and flushed. Safe
     * from any thread.
     *
     * @return {@link Outgoing.Claim#WRITE} once the frame is written, or why it was not
     * @throws IOException if writing failed; the caller aborts the connection
     * @throws RuntimeException what building the body threw; nothing was written
     */
    Outgoing.Claim write(Outgoing outgoing) throws IOException {
        writeLock.lock();
        try {
            if (closed) {
                return Outgoing.Claim.HOLD;
            }
            Outgoing.Claim claim = outputShut ? Outgoing.Claim.DROP : outgoing.claim(this);
            if (claim != Outgoing.Claim.WRITE) {
                return claim;
            }
            outgoing.writeTo((message, body) -> writer.write(message.wireId(), body));
            writer.flush();
            return Outgoing.Claim.WRITE;
        } finally {
            writeLock.unlock();
        }
    }

    /** Marks the start of a graceful close: the reader's end is expected from now on. */
    void beginClosing() {
        closing = true;
    }

    /**
     * Ends the output after the last write in progress: a FIN, never a reset, so the gateway reads
     * every frame before it sees the end. The reader goes on reading.
     */
    void finishWriting() {
        writeLock.lock();
        try {
            if (closed || outputShut) {
                return;
            }
            outputShut = true;
            writer.flush();
            socket.shutdownOutput();
        } catch (IOException e) {
            log.debug("half-closing the connection to {} failed: {}", options.address(), e.getMessage());
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Waits until the reader has ended (the gateway closed its side, or the socket was closed),
     * at most {@code timeoutNanos}.
     *
     * @return whether the reader ended in time
     */
    boolean awaitReaderEnd(long timeoutNanos) {
        try {
            readerDone.get(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Closes the socket on purpose; the reader ends without reporting a loss. */
    void close() {
        closed = true;
        closeQuietly(socket);
    }

    /** Closes the socket after a failed write; the reader reports the loss. */
    void abort() {
        closeQuietly(socket);
    }

    /** Closes the socket because the connection is judged dead; the reader reports the loss with {@code cause}. */
    void abort(Throwable cause) {
        abortCause = cause;
        closeQuietly(socket);
    }

    boolean isClosed() {
        return closed;
    }

    /** Returns the {@link System#nanoTime()} at which bytes last arrived from the gateway. */
    long lastInboundNanos() {
        return inbound.lastReadNanos();
    }

    private void readLoop(Router router, Core core) {
        Throwable cause;
        try {
            cause = readFrames(router);
        } catch (Throwable e) {
            // An Error (out of memory, a stack overflow, a broken class) ends the connection like any
            // other failure: a reader that died silently would leave a connection that looks up and
            // delivers nothing.
            cause = e;
            log.error("the reader of the connection to {} died", options.address(), e);
        }
        Throwable aborted = abortCause;
        if (aborted != null) {
            cause = aborted;
        }
        try {
            if (!closed && !closing) {
                core.connectionLost(this, cause);
            }
        } finally {
            readerDone.complete(null);
        }
    }

    /** Reads and routes frames until the stream ends or breaks; returns why it ended. */
    private Throwable readFrames(Router router) {
        Throwable cause;
        try {
            while (true) {
                int rawId = reader.next();
                if (rawId == FrameReader.END_OF_STREAM) {
                    cause = new EOFException("the gateway closed the connection");
                    break;
                }
                try {
                    router.dispatch(this, reader, rawId);
                } catch (ProtocolException e) {
                    if (!e.isFrameSkippable()) {
                        throw e;
                    }
                    log.warn("skipped frame {}: {}", rawId, e.getMessage());
                    router.skipped(e);
                } catch (RuntimeException e) {
                    log.error("handling frame {} failed; the connection goes on", rawId, e);
                    router.skipped(new MalformedMessageException(rawId, e.toString(), e));
                }
            }
        } catch (ProtocolException e) {
            log.error("unrecoverable input from {}: {}", options.address(), e.getMessage());
            router.fatal(e);
            cause = e;
        } catch (IOException e) {
            cause = e;
        }
        return cause;
    }

    private static int remainingMillis(ClientOptions options, long deadlineNanos, String stage) {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
        if (remaining <= 0) {
            throw new ConnectTimeoutException("no time left for " + stage, options.connectTimeout());
        }
        return (int) Math.min(Integer.MAX_VALUE, remaining);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            log.debug("closing socket", e);
        }
    }
}
