package io.tws4j.client;

/** An order-sending call on a client connected read-only; nothing was sent. */
public final class ReadOnlyViolationException extends TwsException {

    public ReadOnlyViolationException(String operation) {
        super(operation + " refused: the client is read-only");
    }
}
