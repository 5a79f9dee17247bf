package io.tws4j.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Something going wrong at the gateway, on command: injected into connected clients with
 * {@link SimulatedGateway#inject}, or into the next connection's handshake with
 * {@link SimulatedGateway#injectOnNextConnection}.
 */
public sealed interface Fault {

    /** Closes the connection now, as a crashed or restarting gateway does. */
    record Disconnect() implements Fault {}

    /**
     * Stops reading and answering for a while with the socket left open, as a hung gateway
     * does. At the handshake, the hello goes unanswered: a silent server.
     */
    record Stall(Duration duration) implements Fault {
        public Stall {
            Objects.requireNonNull(duration);
        }
    }

    /** Sends bytes that break the wire format. */
    record MalformedFrame(Malformation kind) implements Fault {
        public MalformedFrame {
            Objects.requireNonNull(kind);
        }
    }

    /** Sends a notice on TWS's error channel, e.g. 1100 connectivity lost or 2103 farm broken. */
    record SendNotice(int id, int code, String message) implements Fault {
        public SendNotice {
            Objects.requireNonNull(message);
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

    static Fault disconnect() {
        return new Disconnect();
    }

    static Fault stall(Duration duration) {
        return new Stall(duration);
    }

    static Fault malformed(Malformation kind) {
        return new MalformedFrame(kind);
    }

    static Fault notice(int id, int code, String message) {
        return new SendNotice(id, code, message);
    }
}
