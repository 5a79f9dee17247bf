package io.tws4j.client;

import io.tws4j.connection.ErrorCodes;
import io.tws4j.connection.Notice;
import io.tws4j.protocol.wire.OutMessage;
import io.tws4j.simulator.Fault;
import io.tws4j.simulator.RecordedRequest;
import io.tws4j.simulator.SimulatedGateway;
import java.time.Duration;

/**
 * The ways an order or its answer gets lost, driven deterministically with the simulator's faults.
 * The gateway's session is held first (a long {@link Fault#stall}): it reads the next request and
 * holds it unhandled. Then either the gateway closes the connection (the order never arrived), or
 * the client drops its side (a malformed frame breaks its reader) while the held session keeps
 * the client id, so that the client cannot reconnect before the gateway has handled the order and
 * found the socket gone (the order arrived, its answer did not).
 *
 * <p>When the simulator has {@code Fault.dropAfterFrames(n)} and {@code Fault.closeAfterFrames(n)},
 * {@link #neverArrives} and {@link #answerLost} can inject those instead, unchanged for the tests.
 */
final class OrderFaults {
    private static final Duration HOLD = Duration.ofMinutes(1);

    private final SimulatedGateway gateway;
    private final int clientId;

    private OrderFaults(SimulatedGateway gateway, int clientId) {
        this.gateway = gateway;
        this.clientId = clientId;
    }

    /**
     * Holds the client's session: the next request it reads stays unhandled. The requests of
     * {@code kind} recorded so far are forgotten, so that {@link #awaitRead} finds the held one.
     */
    static OrderFaults hold(SimulatedGateway gateway, int clientId, OutMessage kind) {
        while (gateway.takeRequest(kind, Duration.ZERO).isPresent()) {
            // forget what was read before the hold
        }
        OrderFaults faults = new OrderFaults(gateway, clientId);
        gateway.inject(clientId, Fault.stall(HOLD));
        return faults;
    }

    /** Waits until the held session has read a request of this kind; returns it. */
    RecordedRequest awaitRead(OutMessage type) {
        return gateway.takeRequest(type, TestOptions.WAIT).orElseThrow(() -> new AssertionError("the gateway read no " + type));
    }

    /** The gateway closes the connection without handling what it holds: the order never arrived. */
    void neverArrives() {
        gateway.inject(clientId, Fault.disconnect());
    }

    /**
     * The client loses the connection while the gateway still holds the order; once the client
     * is disconnected, the gateway handles it and its answers go to the closed socket.
     */
    void answerLost(TwsClient client) {
        dropClientSide(client);
        release();
    }

    /**
     * The client drops its side of the connection; the held session keeps the client id until it
     * is released or finds the socket closed (writing a fill, say).
     */
    void dropClientSide(TwsClient client) {
        try (Subscription<Notice> notices = client.notices()) {
            gateway.inject(clientId, Fault.malformed(Fault.Malformation.OVERSIZED_LENGTH));
            NoticeRoutingIT.nextWithCode(notices, ErrorCodes.CLIENT_CONNECTION_LOST);
        }
    }

    /**
     * Parks the held session on a harmless request of the client's (the time), so that it reads
     * nothing more: it keeps the client id even after the client drops its side, until released
     * or until it writes to the closed socket (a fill report, say).
     */
    void park(TwsClient client) {
        client.async().currentTimeMillis();
        awaitRead(OutMessage.REQ_CURRENT_TIME_IN_MILLIS);
    }

    /** Lets the held session go on: it handles what it read (a closed socket ends it). */
    void release() {
        gateway.inject(clientId, Fault.stall(Duration.ZERO));
    }
}
