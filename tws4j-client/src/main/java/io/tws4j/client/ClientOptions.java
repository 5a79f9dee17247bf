package io.tws4j.client;

import io.tws4j.protocol.wire.ServerVersion;
import io.tws4j.protocol.wire.VersionRange;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * Everything needed to open and keep a connection to TWS or IB Gateway. Immutable; build with
 * {@link #builder()} and derive variants with {@link #toBuilder()}.
 *
 * {@snippet :
 * ClientOptions options = ClientOptions.builder()
 *         .address("127.0.0.1:4002")     // paper IB Gateway; use 127.0.0.1, not localhost
 *         .clientId(100)
 *         .readOnly(true)                 // order requests fail before any byte is written
 *         .build();
 * }
 */
public final class ClientOptions {
    private final String host;
    private final int port;
    private final int clientId;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final boolean tcpNoDelay;
    private final String connectOptions;
    private final String optionalCapabilities;
    private final boolean readOnly;
    private final ReconnectPolicy reconnect;
    private final VersionRange versions;
    private final int streamBufferCapacity;
    private final Executor deliveryExecutor;
    private final boolean resumeStreams;
    private final boolean reconcileOrders;
    private final Duration closeGracePeriod;
    private final Watchdog watchdog;
    private final PacingRules pacing;

    private ClientOptions(Builder builder) {
        this.host = builder.host;
        this.port = builder.port;
        this.clientId = builder.clientId;
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.tcpNoDelay = builder.tcpNoDelay;
        this.connectOptions = builder.connectOptions;
        this.optionalCapabilities = builder.optionalCapabilities;
        this.readOnly = builder.readOnly;
        this.reconnect = builder.reconnect;
        this.versions = builder.versions;
        this.streamBufferCapacity = builder.streamBufferCapacity;
        this.deliveryExecutor = builder.deliveryExecutor;
        this.resumeStreams = builder.resumeStreams;
        this.reconcileOrders = builder.reconcileOrders;
        this.closeGracePeriod = builder.closeGracePeriod;
        this.watchdog = builder.watchdog;
        this.pacing = builder.pacing;
    }

    /**
     * Returns a builder with the defaults: 127.0.0.1:4002, client id 0, 10 s to connect, 30 s per
     * request, 2 s for the gateway to close its side after {@code close()}, the default
     * {@link Watchdog} and TWS's {@link PacingRules}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding these options. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Returns the gateway's host. */
    public String host() {
        return host;
    }

    /** Returns the gateway's API port. */
    public int port() {
        return port;
    }

    /** Returns {@code host:port}. */
    public String address() {
        return host + ":" + port;
    }

    /** Returns the client id this connection identifies itself with. */
    public int clientId() {
        return clientId;
    }

    /** Returns how long connecting may take, handshake and start-up messages included. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Returns how long a one-shot request may wait for its complete answer. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** Returns whether TCP_NODELAY is set on the socket. */
    public boolean tcpNoDelay() {
        return tcpNoDelay;
    }

    /** Returns the connect options sent with the hello, e.g. {@code +PACEAPI}. */
    public String connectOptions() {
        return connectOptions;
    }

    /** Returns the optional capabilities sent with START_API. */
    public String optionalCapabilities() {
        return optionalCapabilities;
    }

    /** Returns whether order-sending calls are refused before anything is sent. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Returns how a lost connection is re-established. */
    public ReconnectPolicy reconnect() {
        return reconnect;
    }

    /** Returns the server versions advertised in the hello. */
    public VersionRange versions() {
        return versions;
    }

    /** Returns how many items a stream buffers for a slow consumer before it fails with an overflow. */
    public int streamBufferCapacity() {
        return streamBufferCapacity;
    }

    /** Returns the executor that completes futures; never the connection's reader thread. */
    public Executor deliveryExecutor() {
        return deliveryExecutor;
    }

    /**
     * Returns whether open streams resume after a reconnect (and after TWS's 1101) by sending
     * their requests again, rather than ending; on by default. A query's
     * {@code resumeOnReconnect(boolean)} decides for one subscription. See {@code docs/recovery.md}.
     */
    public boolean resumeStreams() {
        return resumeStreams;
    }

    /**
     * Returns whether the client reconciles its orders with the gateway after every reconnect
     * (on by default): see {@code docs/recovery.md}.
     */
    public boolean reconcileOrders() {
        return reconcileOrders;
    }

    /**
     * Returns how long {@code close()} waits, once every accepted message is written and the
     * socket half-closed, for the gateway to close its side; late replies are delivered meanwhile.
     */
    public Duration closeGracePeriod() {
        return closeGracePeriod;
    }

    /** Returns how a gateway that stops answering is detected. */
    public Watchdog watchdog() {
        return watchdog;
    }

    /** Returns the limits the client keeps to when it writes. */
    public PacingRules pacing() {
        return pacing;
    }

    /** Builds {@link ClientOptions}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 4002;
        private int clientId;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private boolean tcpNoDelay = true;
        private String connectOptions = "";
        private String optionalCapabilities = "";
        private boolean readOnly;
        private ReconnectPolicy reconnect = ReconnectPolicy.fibonacci();
        private VersionRange versions = ServerVersion.supportedRange();
        private int streamBufferCapacity = 65_536;
        private Executor deliveryExecutor = SharedExecutors.VIRTUAL_THREADS;
        private boolean resumeStreams = true;
        private boolean reconcileOrders = true;
        private Duration closeGracePeriod = Duration.ofSeconds(2);
        private Watchdog watchdog = Watchdog.defaults();
        private PacingRules pacing = PacingRules.tws();

        private Builder() {}

        private Builder(ClientOptions options) {
            host = options.host;
            port = options.port;
            clientId = options.clientId;
            connectTimeout = options.connectTimeout;
            requestTimeout = options.requestTimeout;
            tcpNoDelay = options.tcpNoDelay;
            connectOptions = options.connectOptions;
            optionalCapabilities = options.optionalCapabilities;
            readOnly = options.readOnly;
            reconnect = options.reconnect;
            versions = options.versions;
            streamBufferCapacity = options.streamBufferCapacity;
            deliveryExecutor = options.deliveryExecutor;
            resumeStreams = options.resumeStreams;
            reconcileOrders = options.reconcileOrders;
            closeGracePeriod = options.closeGracePeriod;
            watchdog = options.watchdog;
            pacing = options.pacing;
        }

        /** Sets the gateway's address as {@code host:port}, e.g. {@code 127.0.0.1:4002}. */
        public Builder address(String address) {
            int colon = address.lastIndexOf(':');
            if (colon <= 0 || colon == address.length() - 1) {
                throw new IllegalArgumentException("address must be host:port, not '" + address + "'");
            }
            try {
                return address(address.substring(0, colon), Integer.parseInt(address.substring(colon + 1)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("address must be host:port, not '" + address + "'", e);
            }
        }

        /** Sets the gateway's host and API port. */
        public Builder address(String host, int port) {
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.host = Objects.requireNonNull(host);
            this.port = port;
            return this;
        }

        /** Sets the client id; each connection to one gateway needs its own. */
        public Builder clientId(int clientId) {
            this.clientId = clientId;
            return this;
        }

        /** Sets how long connecting may take in all. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout);
            return this;
        }

        /** Sets how long a one-shot request may wait for its answer. */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout);
            return this;
        }

        /** Sets TCP_NODELAY (on by default). */
        public Builder tcpNoDelay(boolean on) {
            this.tcpNoDelay = on;
            return this;
        }

        /** Sets the connect options sent with the hello, e.g. {@code +PACEAPI}. */
        public Builder connectOptions(String options) {
            this.connectOptions = Objects.requireNonNull(options);
            return this;
        }

        /** Sets the optional capabilities sent with START_API. */
        public Builder optionalCapabilities(String capabilities) {
            this.optionalCapabilities = Objects.requireNonNull(capabilities);
            return this;
        }

        /** Refuses every order-sending call locally when true. */
        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        /** Sets how a lost connection is re-established. */
        public Builder reconnect(ReconnectPolicy policy) {
            this.reconnect = Objects.requireNonNull(policy);
            return this;
        }

        /**
         * Sets the server versions to advertise. The lower end may go below 213 to look like
         * IB's own clients, but a gateway that answers below 213 is refused all the same.
         */
        public Builder versions(VersionRange versions) {
            if (versions.max() < ServerVersion.MIN_SUPPORTED.number()) {
                throw new IllegalArgumentException("tws4j needs server version " + ServerVersion.MIN_SUPPORTED.number()
                        + " or newer; " + versions + " cannot reach it");
            }
            this.versions = versions;
            return this;
        }

        /** Sets how many items a stream may buffer for a slow consumer. */
        public Builder streamBufferCapacity(int capacity) {
            if (capacity < 16) {
                throw new IllegalArgumentException("stream buffer capacity must be at least 16");
            }
            this.streamBufferCapacity = capacity;
            return this;
        }

        /** Sets the executor that completes futures (virtual threads by default). */
        public Builder deliveryExecutor(Executor executor) {
            this.deliveryExecutor = Objects.requireNonNull(executor);
            return this;
        }

        /**
         * Sets whether open streams resume after a reconnect (on by default): each sends its
         * request again under a new request id and keeps delivering to the same subscriber,
         * marking the gap with {@link StreamItem.Interrupted} and {@link StreamItem.Resumed}. Off,
         * a stream ends with {@link ConnectionResetException} when the connection is lost. Streams
         * that send nothing (the order update stream, the notice stream) never end on a loss
         * either way.
         */
        public Builder resumeStreams(boolean resume) {
            this.resumeStreams = resume;
            return this;
        }

        /**
         * Sets whether the orders are reconciled with the gateway after every reconnect (on by
         * default): the open orders, completed orders and executions are asked for, and every
         * missed status and fill is delivered, each once. Off, an order whose acknowledgement a
         * lost connection cut off fails with {@link OrderNotAcknowledgedException}.
         */
        public Builder reconcileOrders(boolean reconcile) {
            this.reconcileOrders = reconcile;
            return this;
        }

        /**
         * Sets how long {@code close()} waits for the gateway to close its side after the last
         * message is written (2 s by default; zero closes as soon as everything is written).
         */
        public Builder closeGracePeriod(Duration grace) {
            if (grace.isNegative()) {
                throw new IllegalArgumentException("the close grace period is not negative: " + grace);
            }
            this.closeGracePeriod = grace;
            return this;
        }

        /** Sets how a gateway that stops answering is detected ({@link Watchdog#disabled()} to turn it off). */
        public Builder watchdog(Watchdog watchdog) {
            this.watchdog = Objects.requireNonNull(watchdog);
            return this;
        }

        /** Sets the limits the client keeps to when it writes ({@link PacingRules#unlimited()} to turn pacing off). */
        public Builder pacing(PacingRules rules) {
            this.pacing = Objects.requireNonNull(rules);
            return this;
        }

        /** Returns the options. */
        public ClientOptions build() {
            return new ClientOptions(this);
        }

        private static Duration positive(Duration duration) {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("duration must be positive: " + duration);
            }
            return duration;
        }
    }

    private static final class SharedExecutors {
        static final Executor VIRTUAL_THREADS = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("tws4j-delivery-", 0).factory());
    }
}
