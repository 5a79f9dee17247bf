package io.tws4j.client;

/**
 * A subscription ended because the connection to the gateway was lost. The client reconnects
 * by itself; subscribe again to resume the stream.
 */
public final class ConnectionResetException extends TwsException {

    public ConnectionResetException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isConnectionProblem() {
        return true;
    }
}
