package io.tws4j.simulator;

import io.tws4j.protocol.wire.OutMessage;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Something going wrong at the gateway, on command: injected into every connected client with
 * {@link SimulatedGateway#inject(Fault)}, into one with {@link SimulatedGateway#inject(int, Fault)},
 * into the next connection's handshake with {@link SimulatedGateway#injectOnNextConnection}, or
 * played at set times by a {@link Scenario}. Each fault says what TWS does that it imitates, and
 * has a stable JSON form ({@link ScenarioFormat}), e.g. {@code {"type":"restart","downtime":"PT5S"}}.
 *
 * {@snippet :
 * gateway.inject(Fault.restart(Duration.ofSeconds(5))).join();    // listening again
 * gateway.inject(3, Fault.closeAfterFrames(1));                    // client 3's next request is its last
 * }
 */
public sealed interface Fault {

    /** Closes the connection now, as a crashed gateway does; what was not written yet is lost. */
    record Disconnect() implements Fault {}

    /**
     * Stops reading and answering for a while with the socket left open, as a hung gateway
     * does (data already streaming keeps flowing). At the handshake, the hello goes unanswered:
     * a silent server. A stall replaces the one running: a zero duration ends it now, and the
     * request it held is handled.
     */
    record Stall(Duration duration) implements Fault {
        public Stall {
            requireNotNegative(duration, "duration");
        }
    }

    /** Sends bytes that break the wire format. */
    record MalformedFrame(Malformation kind) implements Fault {
        public MalformedFrame {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** Sends a notice on TWS's error channel, e.g. 2100 or a code of the client's choosing. */
    record SendNotice(int id, int code, String message) implements Fault {
        public SendNotice {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * TWS's nightly restart (or IB Gateway's auto-restart): every client gets 1100
     * "Connectivity between IB and Trader Workstation has been lost.", then every socket is closed
     * after what was queued; the port refuses connections (nothing listens) for {@code downtime},
     * then the gateway listens again on the same port. What IB's servers keep survives: orders
     * (GTC ones included), executions, accounts and order ids. Gateway-wide only.
     */
    record Restart(Duration downtime) implements Fault {
        public Restart {
            requireNotNegative(downtime, "downtime");
        }
    }

    /**
     * TWS loses its connection to IB's servers while the API socket stays open: 1100 to each
     * client, live data stops; after {@code duration} either 1102 "Connectivity between IB and
     * Trader Workstation has been restored - data maintained." and data flows again, or 1101
     * "... - data lost.", and the gateway drops every subscription of those clients (market data,
     * depth, tick-by-tick, real-time bars, historical bars kept up to date, account updates,
     * positions, account summaries, PnL, news, scanners), so that only what a client requests
     * again delivers again. Orders keep working and reporting.
     */
    record ConnectivityLost(Duration duration, boolean dataMaintained) implements Fault {
        public ConnectivityLost {
            requirePositive(duration, "duration");
        }
    }

    /**
     * One of TWS's data farm connections breaks and comes back: e.g. 2103 "Market data farm
     * connection is broken:usfarm", then after {@code duration} 2104 "Market data farm connection
     * is OK:usfarm" (HMDS farms 2105/2106, sec-def farms 2157/2158). Notices only: the socket and
     * the data stay as they are. The kind follows from the farm's name when not given ({@code
     * ...hmds} is historical, {@code secdef...} security definitions, anything else market data).
     */
    record FarmFlap(String farm, FarmKind kind, Duration duration) implements Fault {
        public FarmFlap {
            Objects.requireNonNull(farm, "farm");
            if (farm.isBlank()) {
                throw new IllegalArgumentException("a farm has a name, such as usfarm");
            }
            kind = kind == null ? FarmKind.of(farm) : kind;
            requirePositive(duration, "duration");
        }
    }

    /**
     * A hung gateway: it keeps reading and handling requests but sends nothing for {@code
     * duration}; then what waited is written ({@code thenClose} false), or the connection is
     * closed and what waited is lost ({@code thenClose} true). Never counts against the client as
     * a slow reader. ({@link Stall} stops reading too.)
     */
    record StopWriting(Duration duration, boolean thenClose) implements Fault {
        public StopWriting {
            requirePositive(duration, "duration");
        }
    }

    /**
     * Reads {@code frames} more frames from the client, handles the first {@code frames - 1},
     * and closes the connection without handling the last: it is lost, as an order TWS never
     * received. Answers to the handled ones are written before the close.
     */
    record DropAfterFrames(int frames) implements Fault {
        public DropAfterFrames {
            requireFrames(frames);
        }
    }

    /**
     * Handles {@code frames} more frames from the client, then closes at once: what the last
     * one caused is not sent, as an order TWS received and acted on whose acknowledgement never
     * reached the client. Answers to the earlier ones are written before the close.
     */
    record CloseAfterFrames(int frames) implements Fault {
        public CloseAfterFrames {
            requireFrames(frames);
        }
    }

    /**
     * Closes the connection after writing everything already queued (a FIN after the last
     * byte), as TWS closing a client that still has unread data: the client can read all of it.
     */
    record CloseGracefully() implements Fault {}

    /**
     * Another session of the same login takes the market data: 10197 "No market data during
     * competing live session" on each of the client's market data requests (top of book, depth,
     * tick-by-tick, real-time bars), whose data stops; the requests are forgotten.
     */
    record CompetingSession() implements Fault {}

    /**
     * The next {@code count} requests of one kind are refused with a pacing violation instead of
     * being answered: 162 "Historical Market Data Service error message:Historical data request
     * pacing violation" for historical requests, 420 "Invalid Real-time Query:Historical data
     * request pacing violation" for real-time bars, 420 "Invalid Real-time Query:Pacing violation"
     * for anything else.
     */
    record PacingViolation(OutMessage request, int count) implements Fault {
        public PacingViolation {
            Objects.requireNonNull(request, "request");
            if (count < 1) {
                throw new IllegalArgumentException("count must be positive, not " + count);
            }
        }
    }

    /** The ways {@link MalformedFrame} can break the wire format. */
    enum Malformation {
        /** A length above 0xFFFFFF: the stream cannot be resynchronised. */
        OVERSIZED_LENGTH,
        /** A frame cut short, then the connection closes. */
        TRUNCATED,
        /** A complete frame whose body is not valid protobuf. */
        NOT_PROTOBUF,
        /** A complete frame with an id no message has. */
        UNKNOWN_MESSAGE_ID,
        /** A text frame for a message that travels only as protobuf. */
        TEXT_FOR_PROTOBUF
    }

    /** TWS's kinds of data farm, with the codes that say one broke and is back, and how TWS names it. */
    enum FarmKind {
        /** Live market data: 2103 broken, 2104 OK. */
        MARKET_DATA(2103, 2104, "Market data farm"),
        /** Historical market data (HMDS): 2105 broken, 2106 OK. */
        HISTORICAL(2105, 2106, "HMDS data farm"),
        /** Security definitions: 2157 broken, 2158 OK. */
        SECURITY_DEFINITION(2157, 2158, "Sec-def data farm");

        private final int brokenCode;
        private final int okCode;
        private final String label;

        FarmKind(int brokenCode, int okCode, String label) {
            this.brokenCode = brokenCode;
            this.okCode = okCode;
            this.label = label;
        }

        /** Returns the code of the notice that the farm's connection broke. */
        public int brokenCode() {
            return brokenCode;
        }

        /** Returns the code of the notice that the farm's connection is OK. */
        public int okCode() {
            return okCode;
        }

        /** Returns TWS's notice that {@code farm} broke, e.g. "Market data farm connection is broken:usfarm". */
        public String brokenText(String farm) {
            return label + " connection is broken:" + farm;
        }

        /** Returns TWS's notice that {@code farm} is OK, e.g. "Market data farm connection is OK:usfarm". */
        public String okText(String farm) {
            return label + " connection is OK:" + farm;
        }

        /** Returns the kind a farm's name suggests: {@code ...hmds} historical, {@code secdef...} sec-def, else market data. */
        public static FarmKind of(String farm) {
            String name = farm.toLowerCase(Locale.ROOT);
            if (name.contains("hmds")) {
                return HISTORICAL;
            }
            if (name.contains("secdef")) {
                return SECURITY_DEFINITION;
            }
            return MARKET_DATA;
        }
    }

    /** Closes the connection now. */
    static Fault disconnect() {
        return new Disconnect();
    }

    /** Stops reading and answering for {@code duration}. */
    static Fault stall(Duration duration) {
        return new Stall(duration);
    }

    /** Sends bytes that break the wire format in the given way. */
    static Fault malformed(Malformation kind) {
        return new MalformedFrame(kind);
    }

    /** Sends a notice: {@code id} is a request id, an order id, or -1. */
    static Fault notice(int id, int code, String message) {
        return new SendNotice(id, code, message);
    }

    /** TWS's nightly restart: 1100, every socket closed, nothing listening for {@code downtime}, then the same port again. */
    static Fault restart(Duration downtime) {
        return new Restart(downtime);
    }

    /** TWS loses IB's servers for {@code duration}: 1100, then 1102 (data maintained) or 1101 (data lost, subscriptions dropped). */
    static Fault connectivityLost(Duration duration, boolean dataMaintained) {
        return new ConnectivityLost(duration, dataMaintained);
    }

    /** A data farm breaks for {@code duration}: e.g. 2103 then 2104 for {@code usfarm}; the kind follows from the name. */
    static Fault farmFlap(String farm, Duration duration) {
        return new FarmFlap(farm, null, duration);
    }

    /** A hung gateway: reads and handles, sends nothing for {@code duration}, then writes what waited. */
    static Fault stopWriting(Duration duration) {
        return new StopWriting(duration, false);
    }

    /** A hung gateway that dies: sends nothing for {@code duration}, then closes; what waited is lost. */
    static Fault stopWritingThenClose(Duration duration) {
        return new StopWriting(duration, true);
    }

    /** The {@code frames}-th next frame from the client is never handled: the connection closes instead. */
    static Fault dropAfterFrames(int frames) {
        return new DropAfterFrames(frames);
    }

    /** The connection closes right after the {@code frames}-th next frame is handled, before its answers go out. */
    static Fault closeAfterFrames(int frames) {
        return new CloseAfterFrames(frames);
    }

    /** Closes after writing everything queued. */
    static Fault closeGracefully() {
        return new CloseGracefully();
    }

    /** 10197 on each market data request, whose data stops. */
    static Fault competingSession() {
        return new CompetingSession();
    }

    /** The next request of this kind is refused with a pacing violation. */
    static Fault pacingViolation(OutMessage request) {
        return new PacingViolation(request, 1);
    }

    /** The next {@code count} requests of this kind are refused with a pacing violation. */
    static Fault pacingViolation(OutMessage request, int count) {
        return new PacingViolation(request, count);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + duration);
        }
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, not " + duration);
        }
    }

    private static void requireFrames(int frames) {
        if (frames < 1) {
            throw new IllegalArgumentException("frames must be at least 1, not " + frames);
        }
    }
}
