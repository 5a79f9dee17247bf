package io.tws4j.client.core;

import io.tws4j.connection.Notice;
import io.tws4j.protocol.wire.InMessage;

/**
 * Where the router delivers the messages and notices of one request. Both methods run on the
 * connection's reader thread: they must not block and never run user code.
 */
public abstract class Route {

    /** Takes one decoded message addressed to this route. */
    abstract void onMessage(InMessage type, Object message);

    /** Takes one notice addressed to this route. */
    abstract void onNotice(Notice notice);
}
