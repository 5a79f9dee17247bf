package io.tws4j.simulator.core;

import io.tws4j.simulator.Fault;
import io.tws4j.simulator.GatewayOptions;
import io.tws4j.simulator.RecordedRequest;
import io.tws4j.protocol.wire.OutMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listening socket: accepts clients, turns away untrusted addresses and clients beyond the
 * limit, and runs each session on a virtual thread of its own.
 */
public final class GatewayServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatewayServer.class);

    private final GatewayEngine engine;
    private final ServerSocket serverSocket;
    private final Thread acceptor;
    private volatile boolean closed;

    private GatewayServer(GatewayEngine engine, ServerSocket serverSocket) {
        this.engine = engine;
        this.serverSocket = serverSocket;
        this.acceptor = new Thread(this::acceptLoop, "tws4j-gateway-" + serverSocket.getLocalPort());
        this.acceptor.setDaemon(true);
    }

    /**
     * Binds and starts accepting.
     *
     * @param domains installs the request handlers of every domain on the engine
     */
    public static GatewayServer start(GatewayOptions options, Consumer<GatewayEngine> domains) throws IOException {
        GatewayEngine engine = new GatewayEngine(options);
        domains.accept(engine);
        ServerSocket socket = new ServerSocket();
        try {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(options.bindAddress()), options.port()), 64);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        GatewayServer server = new GatewayServer(engine, socket);
        server.acceptor.start();
        log.info("simulated gateway listening on {}:{}", options.bindAddress(), socket.getLocalPort());
        return server;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    public GatewayEngine engine() {
        return engine;
    }

    /** Applies a fault to every connected client. */
    public void inject(Fault fault) {
        engine.sessions().forEach(session -> session.inject(fault));
    }

    /** Applies a fault to the client with this id, if connected. */
    public boolean inject(int clientId, Fault fault) {
        Optional<ClientSession> session = engine.client(clientId);
        session.ifPresent(s -> s.inject(fault));
        return session.isPresent();
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

    @Override
    public void close() {
        closed = true;
        try {
            serverSocket.close();
        } catch (IOException e) {
            log.debug("closing server socket", e);
        }
        engine.sessions().forEach(session -> session.disconnect("gateway closed"));
        engine.shutdown();
        try {
            acceptor.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!closed) {
                    log.error("accepting a client failed", e);
                }
                return;
            }
            admit(socket);
        }
    }

    private void admit(Socket socket) {
        InetAddress address = socket.getInetAddress();
        if (!engine.options().isTrusted(address)) {
            log.warn("refused a connection from {}: not a trusted address", address.getHostAddress());
            closeQuietly(socket);
            return;
        }
        // Inferred: TWS reports no error code for the 33rd client; closing before the handshake is what a client sees.
        if (engine.sessions().size() >= engine.options().maxClients()) {
            log.warn("refused a connection from {}: {} clients are connected already", address.getHostAddress(),
                    engine.options().maxClients());
            closeQuietly(socket);
            return;
        }
        try {
            socket.setTcpNoDelay(true);
            ClientSession session = new ClientSession(engine, socket);
            Thread.ofVirtual().name("tws4j-gateway-client").start(session::run);
        } catch (IOException e) {
            log.warn("could not start a session for {}", address.getHostAddress(), e);
            closeQuietly(socket);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            log.debug("closing socket", e);
        }
    }
}
