package io.tws4j.client.core;

import io.tws4j.protocol.wire.InMessage;

/**
 * Sees every decoded message of the types it observes, after the router delivered it, whoever
 * requested it: on the reader thread, so it must be quick, never block and never run user code.
 * An ERR_MSG arrives as its decoded {@link io.tws4j.connection.Notice}.
 */
@FunctionalInterface
public interface MessageObserver {
    void observe(InMessage type, Object message);
}
