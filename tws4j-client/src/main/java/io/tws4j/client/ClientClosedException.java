package io.tws4j.client;

/** The client was closed, before or while the request ran. */
public final class ClientClosedException extends TwsException {

    public ClientClosedException() {
        super("the client is closed");
    }
}
