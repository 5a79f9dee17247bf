package io.tws4j.simulator.core;

import io.tws4j.connection.ErrorCodes;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.GatewayOptions;
import io.tws4j.simulator.RecordedRequest;
import io.tws4j.protocol.wire.OutMessage;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening socket: accepts clients, turns away untrusted addresses and connections beyond the
 * limit, and starts a session for each (a reader and a writer thread, both virtual). A watchdog
 * drops connections that have not finished the handshake in time and clients that stopped reading.
 */
public final class GatewayServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatewayServer.class);
    /** How often the watchdog looks at every connection. */
    private static final Duration WATCHDOG_PERIOD = Duration.ofMillis(100);
    /** The kernel's send buffer per client: ample for a million small frames a second on loopback. */
    private static final int SEND_BUFFER = 256 * 1024;

    private final GatewayEngine engine;
    private final InetAddress bindAddress;
    private final int port;
    private final GatewayScheduler.Task watchdog;
    private final FaultRunner faults;
    private final Object listening = new Object();
    private ServerSocket serverSocket;
    private Thread acceptor;
    private volatile boolean closed;

    private GatewayServer(GatewayEngine engine, ServerSocket serverSocket, InetAddress bindAddress) {
        this.engine = engine;
        this.bindAddress = bindAddress;
        this.port = serverSocket.getLocalPort();
        this.serverSocket = serverSocket;
        this.acceptor = acceptorFor(serverSocket);
        this.watchdog = engine.scheduler().repeat("tws4j-gateway-watchdog", WATCHDOG_PERIOD, this::watch);
        this.faults = new FaultRunner(this, engine);
    }

    /**
     * Binds and starts accepting.
     *
     * @param domains installs the request handlers of every domain on the engine
     */
    public static GatewayServer start(GatewayOptions options, Consumer<GatewayEngine> domains) throws IOException {
        GatewayEngine engine = new GatewayEngine(options);
        domains.accept(engine);
        InetAddress address = InetAddress.getByName(options.bindAddress());
        ServerSocket socket = bind(address, options.port());
        GatewayServer server = new GatewayServer(engine, socket, address);
        server.acceptor.start();
        log.info("simulated gateway listening on {}:{}", options.bindAddress(), socket.getLocalPort());
        return server;
    }

    /** Returns the port the gateway listens on (the same across a restart). */
    public int port() {
        return port;
    }

    /** Returns whether the gateway accepts connections now (not during a restart's downtime). */
    public boolean isListening() {
        synchronized (listening) {
            return serverSocket != null && !closed;
        }
    }

    public GatewayEngine engine() {
        return engine;
    }

    /** Applies a fault to the gateway (every connected client); the future completes when its effect is over. */
    public CompletableFuture<Void> inject(Fault fault) {
        return faults.toAll(fault);
    }

    /**
     * Applies a fault to the client with this id; empty if it is not connected, else a future
     * that completes when the fault's effect is over.
     *
     * @throws IllegalArgumentException for a gateway-wide fault (a restart)
     */
    public Optional<CompletableFuture<Void>> inject(int clientId, Fault fault) {
        return engine.client(clientId).map(session -> faults.toClient(session, fault));
    }

    /**
     * TWS's restart: stops listening (the port refuses connections), sends 1100 to every client
     * and closes every connection after what was queued, then listens again on the same port
     * after {@code downtime}. The engine, and everything IB's servers keep, survives.
     */
    CompletableFuture<Void> restart(Duration downtime) {
        log.info("simulated gateway restarting: {} without listening", downtime);
        stopListening();
        for (ClientSession session : engine.connections()) {
            if (session.isStarted()) {
                session.sendError(ErrorCodes.NO_REQUEST_ID, ErrorCodes.CONNECTIVITY_LOST, FaultRunner.CONNECTIVITY_LOST);
            }
            session.closeGracefully("the gateway restarts");
        }
        CompletableFuture<Void> listening = new CompletableFuture<>();
        engine.scheduler().once("tws4j-gateway-restart", downtime, () -> {
            try {
                listen();
                listening.complete(null);
            } catch (IOException e) {
                log.error("the simulated gateway could not listen again on port {}", port, e);
                listening.completeExceptionally(e);
            }
        });
        return listening;
    }

    /** Applies a fault to the next connection's handshake. */
    public void injectOnNextConnection(Fault fault) {
        engine.queueHandshakeFault(fault);
    }

    public Optional<RecordedRequest> takeRequest(OutMessage type, Duration timeout) throws InterruptedException {
        return engine.takeRequest(type, timeout);
    }

    public Set<Integer> connectedClientIds() {
        return engine.sessions().stream().map(ClientSession::clientId).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Stops listening: the port refuses connections (the listening socket is closed) until
     * {@link #listen()}. Connections already open are not touched.
     */
    public void stopListening() {
        ServerSocket socket;
        Thread thread;
        synchronized (listening) {
            socket = serverSocket;
            thread = acceptor;
            serverSocket = null;
            acceptor = null;
        }
        if (socket == null) {
            return;
        }
        closeQuietly(socket);
        join(thread);
        log.info("simulated gateway stopped listening on port {}", port);
    }

    /**
     * Listens again on the same port, retrying for a while if the port is not free yet.
     *
     * @throws IOException if the port stays taken
     */
    public void listen() throws IOException {
        synchronized (listening) {
            if (closed || serverSocket != null) {
                return;
            }
            IOException last = null;
            for (int attempt = 0; attempt < 50; attempt++) {
                try {
                    serverSocket = bind(bindAddress, port);
                    acceptor = acceptorFor(serverSocket);
                    acceptor.start();
                    log.info("simulated gateway listening again on port {}", port);
                    return;
                } catch (IOException e) {
                    last = e;
                    try {
                        listening.wait(100);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw new IOException("interrupted while binding port " + port, interrupted);
                    }
                }
            }
            throw last;
        }
    }

    @Override
    public void close() {
        closed = true;
        watchdog.cancel();
        stopListening();
        engine.connections().forEach(session -> session.disconnect("gateway closed"));
        engine.shutdown();
    }

    private Thread acceptorFor(ServerSocket socket) {
        Thread thread = new Thread(() -> acceptLoop(socket), "tws4j-gateway-" + socket.getLocalPort());
        thread.setDaemon(true);
        return thread;
    }

    private void acceptLoop(ServerSocket listener) {
        while (!listener.isClosed()) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    log.error("accepting a client failed", e);
                }
                return;
            }
            admit(socket);
        }
    }

    /**
     * Admits a connection or closes it at once. Connections count against the limit from the
     * moment they are accepted, so that clients still in the handshake (or never finishing it)
     * cannot crowd in past it. Inferred: TWS reports no error code for the 33rd client; a client
     * sees its connection closed before the handshake is answered.
     */
    private void admit(Socket socket) {
        InetAddress address = socket.getInetAddress();
        if (!engine.options().isTrusted(address)) {
            log.warn("refused a connection from {}: not a trusted address", address.getHostAddress());
            closeQuietly(socket);
            return;
        }
        ClientSession session;
        try {
            socket.setTcpNoDelay(true);
            // A bounded kernel buffer: what a client does not read waits in its session's queue, where it is counted.
            socket.setSendBufferSize(SEND_BUFFER);
            session = new ClientSession(engine, socket);
        } catch (IOException e) {
            log.warn("could not start a session for {}", address.getHostAddress(), e);
            closeQuietly(socket);
            return;
        }
        if (!engine.accept(session)) {
            log.warn("refused a connection from {}: {} connections are open already", address.getHostAddress(),
                    engine.options().maxClients());
            closeQuietly(socket);
            return;
        }
        session.start();
    }

    /** Drops connections past their handshake deadline, and clients whose queue stayed full too long. */
    private void watch() {
        long now = System.nanoTime();
        for (ClientSession session : engine.connections()) {
            if (session.isPastHandshakeDeadline(now)) {
                log.warn("closed a connection from {}: no hello and START_API within {}", session.remoteAddress(),
                        engine.options().handshakeTimeout());
                session.disconnect("handshake deadline passed");
            } else if (session.isSlow(now)) {
                session.dropSlow("its queue stayed full for " + engine.options().outboundLimits().maxFullTime().toMillis() + " ms");
            }
        }
    }

    private static ServerSocket bind(InetAddress address, int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port), 64);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return socket;
    }

    private static void join(Thread thread) {
        if (thread == null || thread == Thread.currentThread()) {
            return;
        }
        try {
            thread.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            log.debug("closing socket", e);
        }
    }
}
