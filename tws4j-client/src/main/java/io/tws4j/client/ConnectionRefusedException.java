package io.tws4j.client;

/**
 * Nothing accepted the connection (TWS's client error 502): the gateway is not running, the
 * API is not enabled, or the port is wrong.
 */
public final class ConnectionRefusedException extends TwsException {

    public ConnectionRefusedException(String address, Throwable cause) {
        super("could not connect to " + address + " (is TWS or IB Gateway running with the API enabled on that port?)", cause);
    }

    @Override
    public boolean isConnectionProblem() {
        return true;
    }
}
