package io.tws4j.client;

/** The connection to the gateway was lost and could not be restored. */
public final class ConnectionLostException extends TwsException {

    public ConnectionLostException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean isConnectionProblem() {
        return true;
    }
}
