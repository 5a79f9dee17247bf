package io.tws4j.client;

import java.util.OptionalInt;

/**
 * The gateway accepted the socket but turned the client away: the client's address is not a
 * trusted IP, the gateway serves too many clients, or the client id is in use (error 326).
 */
public final class ConnectionRejectedException extends TwsException {
    private final int code;

    public ConnectionRejectedException(String message) {
        super(message);
        this.code = 0;
    }

    public ConnectionRejectedException(int code, String message) {
        super("the gateway rejected the connection: " + code + " " + message);
        this.code = code;
    }

    /** Returns the TWS error code the gateway gave, if it gave one (326: client id in use). */
    public OptionalInt code() {
        return code == 0 ? OptionalInt.empty() : OptionalInt.of(code);
    }

    @Override
    public boolean isConnectionProblem() {
        return true;
    }
}
