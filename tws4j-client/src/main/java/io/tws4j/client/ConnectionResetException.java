package io.tws4j.client;

/**
 * A subscription ended because the connection to the gateway was lost and it does not resume:
 * resuming is off for it ({@code resumeOnReconnect(false)}, {@link ClientOptions#resumeStreams()}),
 * or it is no subscription (a market data snapshot in flight). The client reconnects by itself;
 * subscribe again to renew the stream.
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
