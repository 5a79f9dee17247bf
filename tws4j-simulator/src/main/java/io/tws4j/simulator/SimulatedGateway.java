package io.tws4j.simulator;

import io.tws4j.config.Configuration;
import io.tws4j.connection.ServerLogLevel;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.protocol.wire.ServerVersion;
import io.tws4j.simulator.accounts.AccountBook;
import io.tws4j.simulator.accounts.AccountsHandler;
import io.tws4j.simulator.accounts.Marks;
import io.tws4j.simulator.config.ConfigHandler;
import io.tws4j.simulator.connection.ConnectionHandler;
import io.tws4j.simulator.contracts.ContractsHandler;
import io.tws4j.simulator.contracts.FundamentalsHandler;
import io.tws4j.simulator.contracts.InstrumentUniverse;
import io.tws4j.simulator.core.ClientSession;
import io.tws4j.simulator.core.GatewayEngine;
import io.tws4j.simulator.core.GatewayScheduler;
import io.tws4j.simulator.core.GatewayServer;
import io.tws4j.simulator.core.ReplayProgress;
import io.tws4j.simulator.core.ScriptedReply;
import io.tws4j.simulator.displaygroups.DisplayGroupsHandler;
import io.tws4j.simulator.historical.HistoricalHandler;
import io.tws4j.simulator.historical.HistoricalLimits;
import io.tws4j.news.NewsBulletin;
import io.tws4j.simulator.market.MarketModel;
import io.tws4j.simulator.marketdata.MarketDataHandler;
import io.tws4j.simulator.news.NewsHandler;
import io.tws4j.simulator.orders.OrdersHandler;
import io.tws4j.simulator.scanner.ScannerHandler;
import io.tws4j.simulator.wsh.WshHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/**
 * A simulated TWS / IB Gateway that speaks the real wire protocol, so that any TWS API client
 * (tws4j, IB's own) can connect to it: handshake and version choice, start-up messages, TWS's
 * error codes, and faults on command. Loopback only by default.
 *
 * {@snippet :
 * try (SimulatedGateway gateway = SimulatedGateway.builder().seed(7).build().start()) {
 *     TwsClient client = TwsClient.connect(gateway.address(), 100);
 *     // ...
 *     gateway.inject(Fault.disconnect());            // the client reconnects by itself
 * }
 * }
 */
public final class SimulatedGateway implements AutoCloseable {
    private final GatewayOptions options;
    private volatile GatewayServer server;
    private volatile Domains domains;
    private final List<ScenarioRun> scenarios = new CopyOnWriteArrayList<>();

    private SimulatedGateway(GatewayOptions options) {
        this.options = options;
    }

    /** Returns a builder with the defaults: 127.0.0.1, a free port, seed 1, account DU1234567. */
    public static Builder builder() {
        return new Builder();
    }

    /** Starts listening; returns this gateway. */
    public synchronized SimulatedGateway start() {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        try {
            server = GatewayServer.start(options, engine -> domains = installDomains(engine, this::listeningPort));
        } catch (IOException e) {
            throw new UncheckedIOException("could not listen on " + options.bindAddress() + ":" + options.port(), e);
        }
        return this;
    }

    /** Returns the options the gateway runs with. */
    public GatewayOptions options() {
        return options;
    }

    /** Returns the port the gateway listens on. */
    public int port() {
        return running().port();
    }

    /** Returns {@code host:port}, ready for a client to connect to. */
    public String address() {
        return options.bindAddress() + ":" + port();
    }

    /**
     * Applies a fault to the gateway: a restart to the gateway itself, anything else to every
     * connected client. Returns at once; the future completes when the fault's effect is over
     * (when the gateway listens again after a restart, when the restored notice went out after a
     * connectivity loss, at once for a notice).
     *
     * {@snippet :
     * gateway.inject(Fault.restart(Duration.ofSeconds(2))).get(10, TimeUnit.SECONDS);
     * }
     */
    public CompletableFuture<Void> inject(Fault fault) {
        return running().inject(fault);
    }

    /**
     * Applies a fault to the client with this client id; returns false if it is not connected.
     * {@link #injectInto} also tells when the effect is over.
     *
     * @throws IllegalArgumentException for a gateway-wide fault (a restart)
     */
    public boolean inject(int clientId, Fault fault) {
        return running().inject(clientId, fault).isPresent();
    }

    /**
     * Applies a fault to the client with this client id: empty if it is not connected, else a
     * future that completes when the fault's effect is over.
     *
     * @throws IllegalArgumentException for a gateway-wide fault (a restart)
     */
    public Optional<CompletableFuture<Void>> injectInto(int clientId, Fault fault) {
        return running().inject(clientId, fault);
    }

    /**
     * Plays a scenario from now: each step's fault at its time. Returns the run, to await or cancel.
     *
     * {@snippet :
     * ScenarioRun run = gateway.play(ScenarioFormat.readResource("scenarios/nightly-restart.yaml"));
     * run.await(Duration.ofMinutes(1));
     * }
     */
    public ScenarioRun play(Scenario scenario) {
        ScenarioRun run = new ScenarioRun(scenario, this, running().engine().scheduler(), options.clock().instant());
        scenarios.add(run);
        return run;
    }

    /** Returns the scenarios played since the gateway started, running or over. */
    public List<ScenarioRun> scenarios() {
        return List.copyOf(scenarios);
    }

    /** Applies a fault to the handshake of the next connection: a {@link Fault.Stall} leaves its hello unanswered. */
    public void injectOnNextConnection(Fault fault) {
        running().injectOnNextConnection(fault);
    }

    /**
     * Answers the next request of {@code answer.request()}'s kind, from any client, with the
     * answer's frames instead of the gateway's own handler.
     */
    public Replay enqueue(ScriptedAnswer answer) {
        ReplayProgress progress = new ReplayProgress();
        running().engine().enqueue(new ScriptedReply(answer.request(), answer.frames(), answer.framesPerSecond(), progress));
        return new Replay(progress);
    }

    /** Returns the client ids connected right now. */
    public Set<Integer> connectedClientIds() {
        return running().connectedClientIds();
    }

    /** Takes the oldest recorded request, waiting up to {@code timeout} for one. */
    public Optional<RecordedRequest> takeRequest(Duration timeout) {
        return take(null, timeout);
    }

    /** Takes the oldest recorded request of one kind, waiting up to {@code timeout}; others stay recorded. */
    public Optional<RecordedRequest> takeRequest(OutMessage type, Duration timeout) {
        return take(type, timeout);
    }

    /** Returns the engine, for domain code and tests inside the simulator. */
    public GatewayEngine engine() {
        return running().engine();
    }

    /** Disconnects every client and stops listening. */
    @Override
    public synchronized void close() {
        scenarios.forEach(ScenarioRun::cancel);
        if (server != null) {
            server.close();
        }
    }

    private Optional<RecordedRequest> take(OutMessage type, Duration timeout) {
        try {
            return running().takeRequest(type, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The port for the configuration to report; the configured one in the instant before the server is known. */
    private int listeningPort() {
        GatewayServer current = server;
        return current != null ? current.port() : options.port();
    }

    private GatewayServer running() {
        GatewayServer current = server;
        if (current == null) {
            throw new IllegalStateException("the gateway is not started");
        }
        return current;
    }

    /** Publishes an IB news bulletin to every client subscribed to bulletins. */
    public NewsBulletin publishBulletin(NewsBulletin.Type type, String message, String exchange) {
        running();
        return domains.news().publish(type, message, exchange);
    }

    /**
     * Returns a snapshot of the gateway: its time and speed, its clients (with their
     * subscriptions, open orders and queues), what streams, the scenarios played.
     */
    public GatewayStatus status() {
        GatewayServer server = running();
        GatewayEngine engine = server.engine();
        List<ClientStatus> clients = engine.sessions().stream()
                .filter(ClientSession::isStarted)
                .sorted(Comparator.comparingInt(ClientSession::clientId))
                .map(session -> new ClientStatus(session.clientId(), session.serverVersion(), session.connectOptions(),
                        session.remoteAddress().getHostString() + ":" + session.remoteAddress().getPort(),
                        session.connectedSince(), engine.countSubscriptions(session),
                        domains.orders().openOrders(session.clientId()), session.queuedFrames(), session.queuedBytes(),
                        session.framesWritten(), session.isWritingHeld(), session.isDataPaused()))
                .toList();
        int pending = (int) engine.connections().stream().filter(session -> !session.isStarted()).count();
        GatewayScheduler scheduler = engine.scheduler();
        return new GatewayStatus(address(), server.isListening(), options.maxServerVersion(), engine.now(),
                engine.clock().speed(), options.clock().instant(), clients, pending, domains.marketData().status(),
                scenarios.stream().map(ScenarioRun::progress).toList(),
                new GatewayStatus.EngineThreads(engine.writerThreads(), scheduler.repeatingTasks(), scheduler.runningTasks()));
    }

    /** Returns the gateway's time now. */
    public Instant now() {
        return running().engine().now();
    }

    /**
     * Sets the gateway's time: it runs on from {@code time} at the same speed, as if the market had
     * moved there. Live data goes on from the new time without replaying what lies between; orders
     * expire and sessions open and close by it.
     *
     * {@snippet :
     * gateway.setTime(Instant.parse("2025-01-06T20:59:30Z"));     // half a minute before the close
     * }
     */
    public void setTime(Instant time) {
        running().engine().clock().setTime(time);
    }

    /** Sets how many seconds of gateway time pass per second of the options' clock, from now on, without a jump. */
    public void setSpeed(double speed) {
        running().engine().clock().setSpeed(speed);
    }

    /** Returns the instruments the gateway knows, as listed when it started. */
    public InstrumentUniverse instruments() {
        running();
        return domains.instruments();
    }

    /** Returns the simulated market of every instrument, for tests that check data against the model. */
    public MarketModel market() {
        running();
        return domains.market();
    }

    /**
     * Returns what streams right now: market data lines in use, depth books, tick-by-tick and
     * real-time bar streams, and the live feeds behind them. Cancelled and disconnected streams
     * leave every count.
     *
     * {@snippet :
     * await().until(() -> gateway.marketDataStatus().isIdle());
     * }
     */
    public MarketDataStatus marketDataStatus() {
        running();
        return domains.marketData().status();
    }

    /**
     * Returns the simulated login's accounts: cash, positions and values as the fills left them.
     *
     * {@snippet :
     * double netLiquidation = gateway.accounts().valuation("DU1234567").netLiquidation();
     * }
     */
    public AccountBook accounts() {
        running();
        return domains.accounts();
    }

    /**
     * Returns the order handler, e.g. to place an order as if a user entered it in TWS.
     *
     * {@snippet :
     * gateway.orders().placeManual(Contract.stock("AAPL").build(), order);   // bound to client 0 when it asks
     * }
     */
    public OrdersHandler orders() {
        running();
        return domains.orders();
    }

    /**
     * Returns the TWS configuration as it stands, updates through the API included.
     *
     * {@snippet :
     * assertThat(gateway.configuration().api().settings().masterClientId()).hasValue(0);
     * }
     */
    public Configuration configuration() {
        running();
        return domains.config().configuration();
    }

    /** Returns the server log level a client last set, if any did. */
    public Optional<ServerLogLevel> serverLogLevel() {
        running();
        return domains.connection().logLevel();
    }

    private static Domains installDomains(GatewayEngine engine, IntSupplier port) {
        ConnectionHandler connection = ConnectionHandler.install(engine);
        DisplayGroupsHandler.install(engine);
        InstrumentUniverse instruments = InstrumentUniverse.standard(ContractsHandler.today(engine));
        MarketModel market = instruments.marketModel(engine.options().seed(), engine.clock(), engine.scheduler());
        ContractsHandler.install(engine, instruments, market);
        FundamentalsHandler.install(engine);
        NewsHandler news = NewsHandler.install(engine, instruments, market);
        ScannerHandler.install(engine, instruments, market);
        WshHandler.install(engine, instruments);
        HistoricalHandler.install(engine, instruments, market, engine.options().historicalLimits());
        MarketDataHandler marketData = MarketDataHandler.install(engine, instruments, market, news.ticks());
        ConfigHandler config = ConfigHandler.install(engine, port);
        AccountBook accounts = new AccountBook(engine.options().accounts(), new Marks(market, instruments), engine.clock());
        AccountsHandler.install(engine, accounts);
        OrdersHandler orders = OrdersHandler.install(engine, instruments, market, accounts, config::configuration);
        return new Domains(connection, news, config, instruments, market, marketData, accounts, orders);
    }

    /** The domain handlers and models a test or host can drive directly. */
    private record Domains(ConnectionHandler connection, NewsHandler news, ConfigHandler config,
                           InstrumentUniverse instruments, MarketModel market, MarketDataHandler marketData,
                           AccountBook accounts, OrdersHandler orders) {}

    /** Builds a {@link SimulatedGateway}. */
    public static final class Builder {
        private String bindAddress = "127.0.0.1";
        private int port;
        private long seed = 1;
        private List<String> accounts = List.of("DU1234567");
        private int maxServerVersion = ServerVersion.MAX_SUPPORTED.number();
        private ZoneId timeZone = ZoneId.of("America/New_York");
        private Set<String> trustedAddresses = Set.of();
        private int maxClients = 32;
        private InstantSource clock = InstantSource.system();
        private int firstOrderId = 1;
        private int recordedRequests = 10_000;
        private double speed = 1;
        private Instant startTime;
        private boolean readOnlyApi;
        private String whiteBrandingId = "";
        private HistoricalLimits historicalLimits = HistoricalLimits.tws();
        private MarketDataEntitlements marketData = MarketDataEntitlements.standard();
        private OutboundLimits outboundLimits = OutboundLimits.defaults();
        private Duration handshakeTimeout = Duration.ofSeconds(10);
        private MessageRateLimit messageRateLimit;
        private FirehoseOptions firehose = FirehoseOptions.unlimited();

        private Builder() {}

        /** Sets the address to listen on (127.0.0.1 by default; any other exposes the gateway). */
        public Builder bindAddress(String address) {
            this.bindAddress = address;
            return this;
        }

        /** Sets the port; 0, the default, picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** Sets the seed of every random choice the gateway makes. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** Sets the accounts the simulated login manages. */
        public Builder accounts(List<String> accounts) {
            if (accounts.isEmpty()) {
                throw new IllegalArgumentException("a login manages at least one account");
            }
            this.accounts = List.copyOf(accounts);
            return this;
        }

        /** Sets the highest server version the gateway answers with, 213 to 226. */
        public Builder maxServerVersion(int version) {
            if (version < ServerVersion.MIN_SUPPORTED.number() || version > ServerVersion.MAX_SUPPORTED.number()) {
                throw new IllegalArgumentException("the simulated gateway speaks server versions "
                        + ServerVersion.supportedRange() + ", not " + version);
            }
            this.maxServerVersion = version;
            return this;
        }

        /** Sets the zone of the gateway's clock. */
        public Builder timeZone(ZoneId zone) {
            this.timeZone = zone;
            return this;
        }

        /** Sets the non-loopback client addresses allowed to connect. */
        public Builder trustedAddresses(Set<String> addresses) {
            this.trustedAddresses = Set.copyOf(addresses);
            return this;
        }

        /**
         * Sets how many connections may be open at once (32 by default, as in TWS). A connection
         * counts from the moment it is accepted, still in its handshake or not; the next one is
         * closed at once, before its handshake is answered.
         */
        public Builder maxClients(int maxClients) {
            if (maxClients < 1) {
                throw new IllegalArgumentException("maxClients must be positive");
            }
            this.maxClients = maxClients;
            return this;
        }

        /** Sets the clock whose passing time drives the gateway's (the system clock by default). */
        public Builder clock(InstantSource clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Sets how fast the gateway's time runs: {@code speed} seconds of market time per second of
         * the clock (1, the default, is real time). Live data, sessions and history follow it.
         *
         * {@snippet :
         * SimulatedGateway.builder().speed(60).build();     // a market hour every real minute
         * }
         *
         * @throws IllegalArgumentException if the speed is not positive
         */
        public Builder speed(double speed) {
            if (!(speed > 0) || Double.isInfinite(speed)) {
                throw new IllegalArgumentException("speed must be a positive number, not " + speed);
            }
            this.speed = speed;
            return this;
        }

        /**
         * Starts the gateway's time at {@code start} rather than at the clock's time, e.g. at a
         * market open; from there it runs at the configured speed.
         */
        public Builder startTime(Instant start) {
            this.startTime = start;
            return this;
        }

        /** Sets the first order id a new client id gets. */
        public Builder firstOrderId(int orderId) {
            this.firstOrderId = orderId;
            return this;
        }

        /** Sets how many received requests are kept for {@link #takeRequest}; 0 keeps none. */
        public Builder recordedRequests(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("count must not be negative");
            }
            this.recordedRequests = count;
            return this;
        }

        /**
         * Sets whether TWS's Read-Only API setting starts checked (off by default). TWS ships with it
         * checked; the simulated gateway starts with it off so that clients may change its
         * configuration, which TWS refuses while the API is read-only.
         */
        public Builder readOnlyApi(boolean readOnly) {
            this.readOnlyApi = readOnly;
            return this;
        }

        /** Sets the white-branding id user info reports (empty by default, as for a login of IBKR's own). */
        public Builder whiteBrandingId(String id) {
            this.whiteBrandingId = Objects.requireNonNull(id);
            return this;
        }

        /**
         * Sets how historical requests are paced and how long the data farm takes to answer (TWS's
         * pacing rules, answering at once, by default).
         *
         * {@snippet :
         * SimulatedGateway.builder().historicalLimits(HistoricalLimits.tws().withAnswerDelay(Duration.ofSeconds(30))).build();
         * }
         */
        public Builder historicalLimits(HistoricalLimits limits) {
            this.historicalLimits = Objects.requireNonNull(limits);
            return this;
        }

        /**
         * Sets what the simulated login may stream and TWS's limits on it (by default 100 market data
         * lines, three depth books, three tick-by-tick streams, real-time data everywhere).
         */
        public Builder marketData(MarketDataEntitlements entitlements) {
            this.marketData = Objects.requireNonNull(entitlements);
            return this;
        }

        /**
         * Sets how far a client may fall behind reading before the gateway drops it, as TWS drops
         * a slow API client ({@link OutboundLimits#defaults()} by default).
         *
         * {@snippet :
         * SimulatedGateway.builder().outboundLimits(new OutboundLimits(10_000, 1 << 20, Duration.ofSeconds(1))).build();
         * }
         */
        public Builder outboundLimits(OutboundLimits limits) {
            this.outboundLimits = Objects.requireNonNull(limits);
            return this;
        }

        /**
         * Sets how long a new connection has, in all, to send its hello and START_API (10 s by
         * default); a connection that takes longer, however steadily it trickles bytes, is closed.
         */
        public Builder handshakeTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("the handshake timeout must be positive, not " + timeout);
            }
            this.handshakeTimeout = timeout;
            return this;
        }

        /**
         * Limits the messages a client may send a second, as TWS does (off by default, so that
         * tests may send as fast as they like). {@link MessageRateLimit#tws()} is TWS's 50 a
         * second with error 100 over it.
         */
        public Builder messageRateLimit(MessageRateLimit limit) {
            this.messageRateLimit = Objects.requireNonNull(limit);
            return this;
        }

        /**
         * Sets how the firehose streams: market data for the symbol {@value FirehoseOptions#SYMBOL}
         * is numbered tick frames as fast as the client takes them, with no end, by default.
         */
        public Builder firehose(FirehoseOptions options) {
            this.firehose = Objects.requireNonNull(options);
            return this;
        }

        /** Returns the gateway, not yet started. */
        public SimulatedGateway build() {
            return new SimulatedGateway(new GatewayOptions(bindAddress, port, seed, accounts, maxServerVersion, timeZone,
                    trustedAddresses, maxClients, clock, firstOrderId, recordedRequests, speed,
                    Optional.ofNullable(startTime), readOnlyApi, whiteBrandingId, historicalLimits, marketData,
                    outboundLimits, handshakeTimeout, Optional.ofNullable(messageRateLimit), firehose));
        }
    }
}
