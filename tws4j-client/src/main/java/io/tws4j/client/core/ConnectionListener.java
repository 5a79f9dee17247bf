package io.tws4j.client.core;

import io.tws4j.client.TwsException;
import java.time.Duration;
import java.time.Instant;

/**
 * Hears of the connection's life: every loss and every restored connection. Called from the
 * thread that noticed (the reader's, the reconnect loop's); must not block and never runs user
 * code.
 */
public interface ConnectionListener {

    /**
     * The connection was lost at {@code at}; requests sent on it have been told already.
     *
     * @param reconnecting whether a new connection will be tried
     */
    default void connectionLost(Instant at, TwsException cause, boolean reconnecting) {}

    /**
     * A new connection is up at {@code at}, {@code gap} after the loss: the per-connection settings
     * were sent again, and the requests waiting to be sent again are sent right after this call.
     */
    default void connectionRestored(Instant at, Duration gap) {}

    /** TWS reported 1100 at {@code at}: it lost its connection to IB's servers; the socket stays. */
    default void connectivityLost(Instant at) {}

    /**
     * TWS reported its connection to IB's servers restored at {@code at}: 1102 when it kept the
     * subscriptions ({@code dataMaintained}), 1101 when it dropped them.
     */
    default void connectivityRestored(Instant at, boolean dataMaintained) {}
}
