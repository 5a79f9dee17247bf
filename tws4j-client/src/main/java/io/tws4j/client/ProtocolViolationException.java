package io.tws4j.client;

import io.tws4j.protocol.wire.ProtocolException;

/** The gateway sent bytes that break the TWS API wire format. */
public final class ProtocolViolationException extends TwsException {

    public ProtocolViolationException(String message, ProtocolException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
