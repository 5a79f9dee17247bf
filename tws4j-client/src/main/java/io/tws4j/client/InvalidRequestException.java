package io.tws4j.client;

/** A request or order failed validation before anything was sent to the gateway. */
public final class InvalidRequestException extends TwsException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
