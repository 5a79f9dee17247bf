package io.tws4j.client;

import java.time.Duration;

/** The gateway did not complete the connection (socket, handshake, start-up messages) in time. */
public final class ConnectTimeoutException extends TwsException {
    private final Duration timeout;

    public ConnectTimeoutException(String stage, Duration timeout) {
        super("no connection within " + timeout.toMillis() + " ms: " + stage);
        this.timeout = timeout;
    }

    /** Returns the connect timeout that expired. */
    public Duration timeout() {
        return timeout;
    }

    @Override
    public boolean isConnectionProblem() {
        return true;
    }
}
